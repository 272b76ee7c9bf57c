package dev.unknot.person;

import dev.unknot.intake.InvalidInputException;
import java.time.Instant;
import java.util.regex.Pattern;

/** A profile whose diary, sessions and measures are kept; several people can share one database. */
public record Person(long id, String name, Instant createdAt) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,99}");

    /** Checks a profile name: letters, digits, dot, dash, underscore or @, up to 100 characters. */
    public static String checkName(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new InvalidInputException(
                    "profile",
                    "must be 1-100 letters, digits, '.', '_', '-' or '@', starting with a letter or digit, was '"
                            + name
                            + "'");
        }
        return name;
    }
}
