package dev.unknot.fhir;

import dev.unknot.assessment.Assessment;
import dev.unknot.assessment.Assessor;
import dev.unknot.assessment.SavedAssessment;
import dev.unknot.knowledge.Disposition;
import dev.unknot.knowledge.KnowledgeBase;
import dev.unknot.plan.CarePlan;
import dev.unknot.plan.PlanStep;
import dev.unknot.triage.Reason;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;

/**
 * What the Bundle says that the record does not hold item by item, derived from it on every export
 * and never read back: the low back pain {@code Condition}, a {@code Flag} for a red flag, the
 * {@code ServiceRequest} referral, the generated self-care plan and the printed plan.
 */
final class DerivedResources {
    private final KnowledgeBase knowledge;
    private final Assessor assessor;

    DerivedResources(KnowledgeBase knowledge, Assessor assessor) {
        this.knowledge = knowledge;
        this.assessor = assessor;
    }

    /**
     * Low back pain, SNOMED CT 279039007 (and ICD-10-CM M54.50): {@code active}, {@code
     * unconfirmed} because it is what the person says, not a diagnosis. No code is invented for the
     * knot itself (myofascial pain has no fitting SNOMED CT concept we would stand behind).
     */
    Condition condition(String profile, Reference patient, Optional<Instant> since) {
        Condition condition = new Condition();
        condition.setId(Support.uuid("condition", profile));
        condition.setClinicalStatus(
                new CodeableConcept(new Coding(Codes.CONDITION_CLINICAL, "active", "Active")));
        condition.setVerificationStatus(
                new CodeableConcept(
                        new Coding(Codes.CONDITION_VERIFICATION, "unconfirmed", "Unconfirmed")));
        condition.addCategory(
                new CodeableConcept(
                        new Coding(
                                Codes.CONDITION_CATEGORY,
                                "problem-list-item",
                                "Problem List Item")));
        CodeableConcept code = new CodeableConcept();
        code.addCoding(new Coding(Codes.SNOMED, Codes.LOW_BACK_PAIN, "Low back pain"));
        code.addCoding(new Coding(Codes.ICD10CM, "M54.50", "Low back pain, unspecified"));
        code.setText("Low back pain (self-reported)");
        condition.setCode(code);
        condition.setSubject(patient.copy());
        since.ifPresent(at -> condition.setRecordedDateElement(Support.dateTime(at)));
        return condition;
    }

    /** The Flag, the referral and the generated plan the latest saved answers call for. */
    List<Resource> fromLatest(
            String profile,
            SavedAssessment latest,
            Reference patient,
            Reference condition,
            boolean hasPlanVersions) {
        List<Resource> resources = new ArrayList<>();
        Assessment assessment = assessor.assess(latest.intake());
        Disposition disposition = latest.disposition();
        if (disposition == Disposition.EMERGENCY || disposition == Disposition.URGENT) {
            resources.add(flag(profile, latest, assessment, patient));
        }
        if (disposition == Disposition.SEE_CLINICIAN || disposition == Disposition.URGENT) {
            resources.add(referral(profile, latest, patient, condition));
        }
        if (!hasPlanVersions && assessment.plan().isPresent()) {
            resources.add(generated(profile, latest, assessment.plan().get(), patient));
        }
        return resources;
    }

    private Flag flag(
            String profile, SavedAssessment latest, Assessment assessment, Reference patient) {
        Flag flag = new Flag();
        flag.setId(Support.uuid("flag", profile, latest.at()));
        flag.setStatus(Flag.FlagStatus.ACTIVE);
        flag.addCategory(
                new CodeableConcept(new Coding(Codes.FLAG_CATEGORY, "clinical", "Clinical")));
        List<String> reasons =
                assessment.triage().reasons().stream()
                        .filter(reason -> reason.rule().disposition() == latest.disposition())
                        .map(Reason::rule)
                        .map(rule -> rule.name())
                        .distinct()
                        .toList();
        String headline = knowledge.text(latest.disposition()).headline();
        flag.setCode(
                new CodeableConcept()
                        .setText(
                                "Red flag: "
                                        + (reasons.isEmpty()
                                                ? headline
                                                : String.join("; ", reasons))));
        flag.setSubject(patient.copy());
        flag.setPeriod(new Period().setStartElement(Support.dateTime(latest.at())));
        return flag;
    }

    /**
     * A referral to physical therapy (SNOMED CT 91251008), a {@code proposal}: priority {@code
     * stat} for EMERGENCY, {@code urgent} for URGENT, {@code routine} for SEE_CLINICIAN. (An
     * emergency writes none: its advice is emergency care, not physical therapy; the Flag says so.)
     */
    static ServiceRequest.ServiceRequestPriority priority(Disposition disposition) {
        return switch (disposition) {
            case EMERGENCY -> ServiceRequest.ServiceRequestPriority.STAT;
            case URGENT -> ServiceRequest.ServiceRequestPriority.URGENT;
            default -> ServiceRequest.ServiceRequestPriority.ROUTINE;
        };
    }

    private ServiceRequest referral(
            String profile, SavedAssessment latest, Reference patient, Reference condition) {
        ServiceRequest request = new ServiceRequest();
        request.setId(Support.uuid("referral", profile, latest.at()));
        request.setStatus(ServiceRequest.ServiceRequestStatus.ACTIVE);
        request.setIntent(ServiceRequest.ServiceRequestIntent.PROPOSAL);
        request.setPriority(priority(latest.disposition()));
        request.setCode(
                new CodeableConcept(
                        new Coding(
                                Codes.SNOMED,
                                Codes.PHYSICAL_THERAPY,
                                "Physical therapy procedure")));
        request.setSubject(patient.copy());
        request.setAuthoredOnElement(Support.dateTime(latest.at()));
        request.addReasonReference(condition.copy());
        request.addNote().setText(knowledge.text(latest.disposition()).headline());
        return request;
    }

    private org.hl7.fhir.r4.model.CarePlan generated(
            String profile, SavedAssessment latest, CarePlan plan, Reference patient) {
        org.hl7.fhir.r4.model.CarePlan carePlan = new org.hl7.fhir.r4.model.CarePlan();
        carePlan.setId(Support.uuid("generated-plan", profile, latest.at()));
        carePlan.addExtension(Codes.EXT_GENERATED, new BooleanType(true));
        carePlan.setStatus(org.hl7.fhir.r4.model.CarePlan.CarePlanStatus.ACTIVE);
        carePlan.setIntent(org.hl7.fhir.r4.model.CarePlan.CarePlanIntent.PROPOSAL);
        carePlan.setTitle("Self-care plan generated by unknot from the latest answers");
        carePlan.setSubject(patient.copy());
        carePlan.setCreatedElement(Support.dateTime(latest.at()));
        carePlan.setAuthor(new Reference().setDisplay("unknot"));
        for (PlanStep step : plan.steps()) {
            org.hl7.fhir.r4.model.CarePlan.CarePlanActivityDetailComponent detail =
                    carePlan.addActivity().getDetail();
            detail.setStatus(org.hl7.fhir.r4.model.CarePlan.CarePlanActivityStatus.NOTSTARTED);
            detail.setCode(
                    new CodeableConcept(new Coding(Codes.PLAN_STEP, step.id(), step.name())));
            detail.setDescription(
                    step.name()
                            + ": "
                            + (step.dose().min() == step.dose().max()
                                    ? String.valueOf(step.dose().min())
                                    : step.dose().min() + "-" + step.dose().max())
                            + " "
                            + step.dose().kind().unit()
                            + (step.dose().perSide() ? " each side" : ""));
        }
        return carePlan;
    }

    /** The printed plan, a PDF. */
    DocumentReference handout(String profile, byte[] pdf, Reference patient, Instant at) {
        DocumentReference document = new DocumentReference();
        document.setId(Support.uuid("handout", profile));
        document.setStatus(Enumerations.DocumentReferenceStatus.CURRENT);
        document.setType(new CodeableConcept().setText("Exercise plan handout"));
        document.setSubject(patient.copy());
        document.setDateElement(Support.instant(at));
        document.setDescription("The printed plan, as the person prints it");
        document.addContent()
                .setAttachment(
                        new Attachment()
                                .setContentType("application/pdf")
                                .setTitle("unknot-plan.pdf")
                                .setData(pdf));
        return document;
    }
}
