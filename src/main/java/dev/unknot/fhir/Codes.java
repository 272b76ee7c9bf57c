package dev.unknot.fhir;

/**
 * The systems, codes and addresses of unknot's FHIR form: a standards mapping (LOINC, SNOMED CT,
 * HL7 terminology) and our own code systems under {@link #BASE}, not clinical advice.
 */
final class Codes {
    static final String BASE = "https://unknot.dev/fhir";
    static final String PROFILE_SYSTEM = BASE + "/sid/profile";
    static final String QUESTIONNAIRE = BASE + "/Questionnaire/";
    static final String CODE_SYSTEM = BASE + "/CodeSystem/";
    static final String EXTENSION = BASE + "/StructureDefinition/";

    static final String LOINC = "http://loinc.org";
    static final String SNOMED = "http://snomed.info/sct";
    static final String ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm";
    static final String UCUM = "http://unitsofmeasure.org";
    static final String OBSERVATION_CATEGORY =
            "http://terminology.hl7.org/CodeSystem/observation-category";
    static final String CONDITION_CLINICAL =
            "http://terminology.hl7.org/CodeSystem/condition-clinical";
    static final String CONDITION_VERIFICATION =
            "http://terminology.hl7.org/CodeSystem/condition-ver-status";
    static final String CONDITION_CATEGORY =
            "http://terminology.hl7.org/CodeSystem/condition-category";
    static final String FLAG_CATEGORY = "http://terminology.hl7.org/CodeSystem/flag-category";
    static final String ORDINAL_VALUE = "http://hl7.org/fhir/StructureDefinition/ordinalValue";

    static final String NPRS = "72514-3";
    static final String ODI_PANEL = "97908-8";
    static final String ODI_SCORE = "97909-6";
    static final String STARTBACK_PANEL = "91349-1";
    static final String[] STARTBACK_ITEMS = {
        "91340-0", "91341-8", "91342-6", "91343-4", "91344-2", "91345-9", "91346-7", "91347-5",
        "91348-3"
    };
    static final String STARTBACK_DISTRESS = "91350-9";
    static final String STARTBACK_TOTAL = "91351-7";
    static final String STARTBACK_RISK = "91352-5";
    static final String LOW_BACK_PAIN = "279039007";
    static final String PHYSICAL_THERAPY = "91251008";

    // our own code systems
    static final String DISPOSITION = CODE_SYSTEM + "disposition";
    static final String ACTIVITY = CODE_SYSTEM + "activity";
    static final String STEP_RESULT = CODE_SYSTEM + "step-result";
    static final String EXERCISE = CODE_SYSTEM + "exercise";
    static final String PLAN_STEP = CODE_SYSTEM + "plan-step";
    static final String QUESTION = CODE_SYSTEM + "intake-question";
    static final String FOLLOW_UP_RULE = CODE_SYSTEM + "follow-up-rule";
    static final String SCORE = CODE_SYSTEM + "score";
    static final String ITEM_SIDE = CODE_SYSTEM + "plan-item-side";
    static final String AUTHOR_KIND = CODE_SYSTEM + "plan-author-kind";
    static final String BREAK_OUTCOME = CODE_SYSTEM + "break-outcome";
    static final String BREAK_EXERCISE = CODE_SYSTEM + "break-exercise";

    // our own extensions
    static final String EXT_DISPOSITION = EXTENSION + "disposition";
    static final String EXT_ACTIVITY = EXTENSION + "diary-activity";
    static final String EXT_SESSION = EXTENSION + "diary-session";
    static final String EXT_CHANGED_AT = EXTENSION + "changed-at";
    static final String EXT_PAIN_BEFORE = EXTENSION + "session-pain-before";
    static final String EXT_PAIN_AFTER = EXTENSION + "session-pain-after";
    static final String EXT_STEP = EXTENSION + "session-step";
    static final String EXT_TAKEN_ON = EXTENSION + "measure-taken-on";
    static final String EXT_SCORE = EXTENSION + "measure-score";
    static final String EXT_BAND = EXTENSION + "measure-band";
    static final String EXT_ADVICE = EXTENSION + "escalation-advice";
    static final String EXT_SOURCE = EXTENSION + "escalation-source";
    static final String EXT_PLAN_VERSION = EXTENSION + "plan-version";
    static final String EXT_AUTHOR_KIND = EXTENSION + "plan-author-kind";
    static final String EXT_GENERATED = EXTENSION + "generated-plan";
    static final String EXT_DOSE = EXTENSION + "plan-dose";
    static final String EXT_SIDE = EXTENSION + "plan-item-side";
    static final String EXT_ITEM_NOTES = EXTENSION + "plan-item-notes";
    static final String EXT_BREAK_EXERCISE = EXTENSION + "break-exercise";
    static final String EXT_WORKSTATION_SCORE = EXTENSION + "workstation-score";

    private Codes() {}

    static String questionnaire(String id) {
        return QUESTIONNAIRE + id;
    }

    /** The code system of a questionnaire's answers: {@code .../CodeSystem/odi}. */
    static String answers(String questionnaireId) {
        return CODE_SYSTEM + questionnaireId;
    }
}
