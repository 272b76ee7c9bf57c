package dev.unknot.account;

import dev.unknot.intake.InvalidInputException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A user name and password as typed at sign-up, checked; user names are kept in lower case. A
 * password must be 10-200 characters, not only spaces, not contain the user name, and not be on the
 * bundled list of common passwords ({@link CommonPasswords}).
 */
public record Credentials(String username, String password) {
    public static final int MIN_PASSWORD = 10;
    public static final int MAX_PASSWORD = 200;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,39}");

    public Credentials {
        username = normalise(username);
        if (!USERNAME.matcher(username).matches()) {
            throw new InvalidInputException(
                    "username",
                    "must be 3-40 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        if (password.isBlank()) {
            throw new InvalidInputException(
                    "password",
                    "must not be only spaces; use "
                            + MIN_PASSWORD
                            + " to "
                            + MAX_PASSWORD
                            + " characters, a few unrelated words work well");
        }
        if (password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
            throw new InvalidInputException(
                    "password",
                    "must be " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters long");
        }
        if (password.toLowerCase(Locale.ROOT).contains(username)) {
            throw new InvalidInputException("password", "must not contain the user name");
        }
        if (CommonPasswords.contains(password)) {
            // a list is the first thing a guesser tries: a password on it is no secret
            throw new InvalidInputException(
                    "password",
                    "is one of the most common passwords, which guessers try first; choose"
                            + " something less common, such as a few unrelated words");
        }
    }

    static String normalise(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "Credentials[username=" + username + ", password=***]";
    }
}
