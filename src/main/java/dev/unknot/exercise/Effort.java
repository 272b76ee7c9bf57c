package dev.unknot.exercise;

import dev.unknot.intake.Coded;

/** How much of an exercise's dose the person did in a session, as they say it afterwards. */
public enum Effort implements Coded {
    DONE("done", "did the whole dose"),
    PARTLY("partly", "did part of the dose"),
    STOPPED_FOR_PAIN("stopped-for-pain", "stopped because of pain");

    private final String code;
    private final String words;

    Effort(String code, String words) {
        this.code = code;
        this.words = words;
    }

    @Override
    public String code() {
        return code;
    }

    public String words() {
        return words;
    }
}
