package dev.unknot.care;

import dev.unknot.intake.Coded;

/**
 * What part of a person's record a clinician looked at, as the audit log keeps it and the person
 * reads it.
 */
public enum RecordView implements Coded {
    /** The person's line on the clinician's list of people (dashboard). */
    SUMMARY("summary", "your summary on their list of people"),
    /** The person's whole record page: diary, sessions, questionnaires and advice. */
    RECORD("record", "your record: diary, sessions, questionnaires and advice"),
    /** Advice raised for the person, in the review queue or when it is marked seen. */
    REVIEW("review", "advice raised for you, to review it");

    private final String code;
    private final String words;

    RecordView(String code, String words) {
        this.code = code;
        this.words = words;
    }

    @Override
    public String code() {
        return code;
    }

    /** What was looked at, in words the person reads. */
    public String words() {
        return words;
    }
}
