package dev.unknot.fhir;

import dev.unknot.assessment.Assessor;
import dev.unknot.assessment.SavedAssessment;
import dev.unknot.breaks.BreakEvent;
import dev.unknot.diary.DiaryEntry;
import dev.unknot.diary.RaisedEscalation;
import dev.unknot.knowledge.BreakExercise;
import dev.unknot.knowledge.BreakKnowledge;
import dev.unknot.knowledge.KnowledgeBase;
import dev.unknot.measure.MeasureLog;
import dev.unknot.measure.Measures;
import dev.unknot.record.PersonRecord;
import dev.unknot.session.SessionLog;
import dev.unknot.workstation.Checklist;
import dev.unknot.workstation.StoredCheck;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * A person's whole record as a FHIR R4 {@code collection} Bundle (see {@code docs/fhir.md}). Every
 * resource's id is derived from what makes its item the same item, so the same record always gives
 * the same Bundle, and every reference resolves inside it ({@code urn:uuid:}).
 */
public final class FhirRecordWriter {
    private final Questionnaires questionnaires;
    private final IntakeResponses intakes;
    private final MeasureResources measures;
    private final WorkstationResources workstation;
    private final DiaryObservations diary = new DiaryObservations();
    private final SessionProcedures sessions = new SessionProcedures();
    private final EscalationIssues escalations = new EscalationIssues();
    private final BreakProcedures breaks;
    private final PlanCarePlans plans;
    private final DerivedResources derived;

    public FhirRecordWriter(KnowledgeBase knowledge, Measures measures, Assessor assessor) {
        Checklist checklist = Checklist.load(knowledge);
        this.questionnaires = new Questionnaires(knowledge, measures, checklist);
        this.workstation = new WorkstationResources(checklist);
        this.intakes = new IntakeResponses(assessor);
        this.measures = new MeasureResources(measures);
        this.breaks =
                new BreakProcedures(
                        BreakKnowledge.load(knowledge).exercises().stream()
                                .collect(Collectors.toMap(BreakExercise::id, BreakExercise::name)));
        this.plans = new PlanCarePlans(knowledge.exerciseLibrary());
        this.derived = new DerivedResources(knowledge, assessor);
    }

    /** The Bundle of a record, without the printed plan. */
    public Bundle write(PersonRecord record) {
        return write(record, Optional.empty());
    }

    /** The Bundle of a record, with the printed plan (a PDF) as a DocumentReference if given. */
    public Bundle write(PersonRecord record, Optional<byte[]> handoutPdf) {
        String profile = record.profile();
        List<Resource> resources = new ArrayList<>();
        Patient patient = new Patient();
        patient.setId(Support.uuid("patient", profile));
        patient.addIdentifier(new Identifier().setSystem(Codes.PROFILE_SYSTEM).setValue(profile));
        resources.add(patient);
        Reference subject = Support.reference(patient);
        resources.addAll(questionnaires.forBundle(!record.workstationChecks().isEmpty()));
        Optional<Instant> since =
                record.assessments().stream()
                        .map(SavedAssessment::at)
                        .min(Comparator.naturalOrder());
        Condition condition = derived.condition(profile, subject, since);
        resources.add(condition);
        for (SavedAssessment saved : record.assessments()) {
            resources.add(intakes.write(profile, saved, subject));
        }
        for (MeasureLog measure : record.measures()) {
            resources.addAll(measures.write(profile, measure, subject));
        }
        for (StoredCheck check : record.workstationChecks()) {
            resources.addAll(workstation.write(profile, check, subject));
        }
        Map<Long, Reference> sessionReferences = new HashMap<>();
        List<Resource> procedures = new ArrayList<>();
        for (SessionLog session : record.sessions()) {
            Resource procedure = sessions.write(profile, session, subject);
            sessionReferences.putIfAbsent(session.id(), Support.reference(procedure));
            procedures.add(procedure);
        }
        for (DiaryEntry entry : record.diary()) {
            resources.add(
                    diary.write(
                            profile,
                            entry,
                            subject,
                            entry.sessionId().map(sessionReferences::get).map(Reference::copy)));
        }
        resources.addAll(procedures);
        for (BreakEvent event : record.breaks()) {
            resources.add(breaks.write(profile, event, subject));
        }
        for (RaisedEscalation raised : record.escalations()) {
            resources.add(escalations.write(profile, raised, subject));
        }
        resources.addAll(plans.write(profile, record.plans(), subject));
        record.assessments().stream()
                .max(Comparator.comparing(SavedAssessment::at))
                .ifPresent(
                        latest ->
                                resources.addAll(
                                        derived.fromLatest(
                                                profile,
                                                latest,
                                                subject,
                                                Support.reference(condition),
                                                !record.plans().isEmpty())));
        handoutPdf.ifPresent(
                pdf -> resources.add(derived.handout(profile, pdf, subject, record.exportedAt())));
        Bundle bundle = new Bundle();
        bundle.setId(Support.uuid("bundle", profile));
        bundle.setType(Bundle.BundleType.COLLECTION);
        bundle.setTimestampElement(Support.instant(record.exportedAt()));
        for (Resource resource : resources) {
            String fullUrl =
                    resource instanceof org.hl7.fhir.r4.model.Questionnaire questionnaire
                            ? questionnaire.getUrl()
                            : Support.url(resource.getIdElement().getIdPart());
            bundle.addEntry().setFullUrl(fullUrl).setResource(resource);
        }
        return bundle;
    }

    /** The Bundle as FHIR JSON, through the one shared context. */
    public String json(Bundle bundle) {
        return Fhir.json(bundle);
    }

    /** The questionnaires unknot publishes. */
    public Questionnaires questionnaires() {
        return questionnaires;
    }
}
