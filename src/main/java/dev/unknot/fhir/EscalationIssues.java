package dev.unknot.fhir;

import dev.unknot.diary.Escalation;
import dev.unknot.diary.RaisedEscalation;
import dev.unknot.intake.InvalidInputException;
import dev.unknot.knowledge.Disposition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DetectedIssue;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;

/**
 * Advice a follow-up rule (or a measure's result) raised, as a {@code DetectedIssue}: the rule as
 * {@code code} ({@code .../CodeSystem/follow-up-rule}, the rule's name as display), {@code
 * identifiedDateTime} when it was raised, {@code detail} the detail; the disposition ({@code
 * disposition} extension), the advice ({@code escalation-advice}) and each source ({@code
 * escalation-source}, in order) as extensions. {@code severity}: high for EMERGENCY and URGENT,
 * moderate for SEE_CLINICIAN, low otherwise.
 */
final class EscalationIssues {
    static boolean isOurs(DetectedIssue issue) {
        return issue.getCode().getCoding().stream()
                .anyMatch(coding -> Codes.FOLLOW_UP_RULE.equals(coding.getSystem()));
    }

    static String id(String profile, RaisedEscalation raised) {
        return Support.uuid("escalation", profile, raised.at(), raised.escalation().rule());
    }

    DetectedIssue write(String profile, RaisedEscalation raised, Reference patient) {
        Escalation escalation = raised.escalation();
        DetectedIssue issue = new DetectedIssue();
        issue.setId(id(profile, raised));
        issue.setStatus(DetectedIssue.DetectedIssueStatus.FINAL);
        CodeableConcept code =
                new CodeableConcept(
                        new Coding(Codes.FOLLOW_UP_RULE, escalation.rule(), escalation.name()));
        code.setText(escalation.name());
        issue.setCode(code);
        issue.setSeverity(
                switch (escalation.disposition()) {
                    case EMERGENCY, URGENT -> DetectedIssue.DetectedIssueSeverity.HIGH;
                    case SEE_CLINICIAN -> DetectedIssue.DetectedIssueSeverity.MODERATE;
                    default -> DetectedIssue.DetectedIssueSeverity.LOW;
                });
        issue.setPatient(patient.copy());
        issue.setIdentified(Support.dateTime(raised.at()));
        issue.setDetail(escalation.detail());
        issue.addExtension(
                Codes.EXT_DISPOSITION, IntakeResponses.disposition(escalation.disposition()));
        if (!escalation.advice().isEmpty()) {
            issue.addExtension(Codes.EXT_ADVICE, new StringType(escalation.advice()));
        }
        for (String source : escalation.sources()) {
            issue.addExtension(Codes.EXT_SOURCE, new StringType(source));
        }
        return issue;
    }

    RaisedEscalation read(DetectedIssue issue, String where) {
        Coding rule =
                issue.getCode().getCoding().stream()
                        .filter(coding -> Codes.FOLLOW_UP_RULE.equals(coding.getSystem()))
                        .findFirst()
                        .orElseThrow();
        if (!rule.hasCode()) {
            throw new InvalidInputException(where + ".code.coding.code", "is required");
        }
        Instant at =
                Support.instant(
                        Support.as(
                                issue.getIdentified(),
                                org.hl7.fhir.r4.model.DateTimeType.class,
                                where + ".identified"),
                        where + ".identified");
        String field = where + ".extension(disposition)";
        Disposition disposition =
                IntakeResponses.disposition(
                        Support.as(
                                Support.extension(issue, Codes.EXT_DISPOSITION).orElse(null),
                                Coding.class,
                                field),
                        field);
        String advice =
                Support.extension(issue, Codes.EXT_ADVICE)
                        .map(value -> value.primitiveValue())
                        .orElse("");
        List<String> sources = new ArrayList<>();
        for (Extension source : issue.getExtensionsByUrl(Codes.EXT_SOURCE)) {
            sources.add(
                    Support.as(
                                    source.getValue(),
                                    StringType.class,
                                    where + ".extension(escalation-source)")
                            .getValue());
        }
        String name = Optional.ofNullable(rule.getDisplay()).orElse(issue.getCode().getText());
        return new RaisedEscalation(
                at,
                new Escalation(
                        rule.getCode(),
                        name == null ? rule.getCode() : name,
                        disposition,
                        advice,
                        issue.hasDetail() ? issue.getDetail() : "",
                        sources));
    }
}
