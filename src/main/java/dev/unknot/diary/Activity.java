package dev.unknot.diary;

import dev.unknot.intake.Coded;

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
}
