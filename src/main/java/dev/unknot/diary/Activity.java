package dev.unknot.diary;

import dev.unknot.intake.Coded;
import dev.unknot.intake.InvalidInputException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** What a person did for their back on a diary day. */
public enum Activity implements Coded {
    SESSION("session"),
    MASSAGE("massage"),
    STRETCH("stretch"),
    HEAT("heat"),
    COLD("cold"),
    WALK("walk"),
    EXERCISE("exercise"),
    REST("rest"),
    OTHER("other");

    private final String code;

    Activity(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** The activities named by {@code codes}; an unknown code is an error naming {@code field}. */
    public static Set<Activity> fromCodes(List<String> codes, String field) {
        Set<Activity> activities = EnumSet.noneOf(Activity.class);
        for (String code : codes) {
            activities.add(
                    Coded.fromCode(Activity.class, code.trim())
                            .orElseThrow(
                                    () ->
                                            new InvalidInputException(
                                                    field,
                                                    "'"
                                                            + code
                                                            + "' is not one of "
                                                            + String.join(
                                                                    ", ",
                                                                    Coded.codes(Activity.class)))));
        }
        return activities;
    }
}
