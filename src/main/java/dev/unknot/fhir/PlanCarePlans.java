package dev.unknot.fhir;

import dev.unknot.exercise.Author;
import dev.unknot.exercise.ExercisePlan;
import dev.unknot.exercise.ItemSide;
import dev.unknot.exercise.PlanItem;
import dev.unknot.intake.Coded;
import dev.unknot.intake.InvalidInputException;
import dev.unknot.knowledge.ExerciseLibrary;
import dev.unknot.knowledge.LibraryExercise;
import dev.unknot.knowledge.Prescription;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityDetailComponent;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumeration;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Timing;
import org.hl7.fhir.r4.model.Type;

/**
 * Each version of the individual exercise plan as a {@code CarePlan} (intent {@code plan}): the
 * latest {@code active}, older ones {@code revoked}, each {@code replaces} the one before; {@code
 * created} when it was written, the author's name as the author reference's display and the kind
 * ({@code unknot} or {@code clinician}) as the extension {@code plan-author-kind}, the version
 * number as {@code plan-version}, the reason as {@code description} and the note as {@code note}.
 * Each item is one {@code activity.detail}: the exercise as {@code code} ({@code
 * .../CodeSystem/exercise}), how often as {@code scheduledTiming} (times a day as {@code frequency}
 * per 1 day, the days as {@code dayOfWeek}), the dose in words as {@code description} and exactly
 * as the complex extension {@code plan-dose} (sets, reps, holdSeconds, restSeconds, minutes,
 * perSide), the side as {@code plan-item-side} and the notes as {@code plan-item-notes}.
 */
final class PlanCarePlans {
    private final ExerciseLibrary library;

    PlanCarePlans(ExerciseLibrary library) {
        this.library = library;
    }

    static String id(String profile, ExercisePlan plan) {
        return Support.uuid("plan", profile, plan.version(), plan.at());
    }

    static boolean isVersion(CarePlan plan) {
        return plan.getExtensionByUrl(Codes.EXT_PLAN_VERSION) != null
                && plan.getExtensionByUrl(Codes.EXT_GENERATED) == null;
    }

    static boolean isGenerated(CarePlan plan) {
        return plan.getExtensionByUrl(Codes.EXT_GENERATED) != null;
    }

    List<CarePlan> write(String profile, List<ExercisePlan> plans, Reference patient) {
        List<CarePlan> written = new ArrayList<>();
        for (int index = 0; index < plans.size(); index++) {
            ExercisePlan plan = plans.get(index);
            CarePlan carePlan = new CarePlan();
            carePlan.setId(id(profile, plan));
            carePlan.setStatus(
                    index == plans.size() - 1
                            ? CarePlan.CarePlanStatus.ACTIVE
                            : CarePlan.CarePlanStatus.REVOKED);
            carePlan.setIntent(CarePlan.CarePlanIntent.PLAN);
            carePlan.setTitle("Exercise plan, version " + plan.version());
            carePlan.addExtension(Codes.EXT_PLAN_VERSION, new IntegerType(plan.version()));
            carePlan.addExtension(
                    Codes.EXT_AUTHOR_KIND,
                    new CodeType(plan.author().isUnknot() ? "unknot" : "clinician"));
            carePlan.setSubject(patient.copy());
            carePlan.setCreatedElement(Support.dateTime(plan.at()));
            carePlan.setAuthor(new Reference().setDisplay(plan.author().name()));
            if (!plan.reason().isEmpty()) {
                carePlan.setDescription(plan.reason());
            }
            if (!plan.note().isEmpty()) {
                carePlan.addNote(new Annotation().setText(plan.note()));
            }
            if (index > 0) {
                carePlan.addReplaces(Support.reference(written.get(index - 1)));
            }
            for (PlanItem item : plan.items()) {
                carePlan.addActivity().setDetail(detail(item));
            }
            written.add(carePlan);
        }
        return written;
    }

    private CarePlanActivityDetailComponent detail(PlanItem item) {
        Prescription dose = item.dose();
        CarePlanActivityDetailComponent detail = new CarePlanActivityDetailComponent();
        detail.setStatus(CarePlan.CarePlanActivityStatus.SCHEDULED);
        detail.setCode(
                new CodeableConcept(
                        new Coding(
                                Codes.EXERCISE,
                                item.exerciseId(),
                                library.exercise(item.exerciseId())
                                        .map(LibraryExercise::name)
                                        .orElse(null))));
        Timing timing = new Timing();
        Timing.TimingRepeatComponent repeat = timing.getRepeat();
        repeat.setFrequency(dose.timesPerDay());
        repeat.setPeriod(1);
        repeat.setPeriodUnit(Timing.UnitsOfTime.D);
        for (DayOfWeek day : dose.daysInOrder()) {
            repeat.addDayOfWeek(
                    Timing.DayOfWeek.fromCode(day.name().substring(0, 3).toLowerCase(Locale.ROOT)));
        }
        detail.setScheduled(timing);
        detail.setDescription(dose.amount() + "; " + dose.often() + "; " + item.side().words());
        Extension extension = detail.addExtension().setUrl(Codes.EXT_DOSE);
        extension.addExtension("sets", new IntegerType(dose.sets()));
        extension.addExtension("reps", new IntegerType(dose.reps()));
        extension.addExtension("holdSeconds", new IntegerType(dose.holdSeconds()));
        extension.addExtension("restSeconds", new IntegerType(dose.restSeconds()));
        extension.addExtension("minutes", new IntegerType(dose.minutes()));
        extension.addExtension("perSide", new BooleanType(dose.perSide()));
        detail.addExtension(Codes.EXT_SIDE, new CodeType(item.side().code()));
        if (!item.notes().isEmpty()) {
            detail.addExtension(Codes.EXT_ITEM_NOTES, new StringType(item.notes()));
        }
        return detail;
    }

    ExercisePlan read(CarePlan carePlan, String where) {
        int version =
                Support.as(
                                Support.extension(carePlan, Codes.EXT_PLAN_VERSION).orElse(null),
                                IntegerType.class,
                                where + ".extension(plan-version)")
                        .getValue();
        if (version < 1) {
            throw new InvalidInputException(
                    where + ".extension(plan-version)", "must be 1 or more, was " + version);
        }
        String name = carePlan.getAuthor().getDisplay();
        if (name == null || name.isBlank()) {
            throw new InvalidInputException(where + ".author.display", "is required");
        }
        String kind =
                Support.extension(carePlan, Codes.EXT_AUTHOR_KIND)
                        .map(Type::primitiveValue)
                        .orElse("clinician");
        Author author =
                kind.equals("unknot") && name.equals(Author.UNKNOT.name())
                        ? Author.UNKNOT
                        : Author.clinicianNamed(name);
        Instant at = Support.instant(carePlan.getCreatedElement(), where + ".created");
        String reason = carePlan.hasDescription() ? carePlan.getDescription() : "";
        String note =
                String.join("\n", carePlan.getNote().stream().map(Annotation::getText).toList());
        List<PlanItem> items = new ArrayList<>();
        for (int index = 0; index < carePlan.getActivity().size(); index++) {
            items.add(
                    item(
                            carePlan.getActivity().get(index).getDetail(),
                            where + ".activity[" + index + "].detail"));
        }
        if (items.isEmpty()) {
            throw new InvalidInputException(
                    where + ".activity", "a plan needs at least one exercise");
        }
        return new ExercisePlan(0, 0, version, author, at, reason, note, items);
    }

    private PlanItem item(CarePlanActivityDetailComponent detail, String where) {
        String exerciseId =
                detail.getCode().getCoding().stream()
                        .filter(coding -> Codes.EXERCISE.equals(coding.getSystem()))
                        .map(Coding::getCode)
                        .findFirst()
                        .orElseThrow(
                                () ->
                                        new InvalidInputException(
                                                where + ".code",
                                                "names no exercise of " + Codes.EXERCISE));
        if (library.exercise(exerciseId).isEmpty()) {
            throw new InvalidInputException(
                    where + ".code", "'" + exerciseId + "' is not an exercise of the library");
        }
        Extension dose = detail.getExtensionByUrl(Codes.EXT_DOSE);
        if (dose == null) {
            throw new InvalidInputException(where + ".extension(plan-dose)", "is required");
        }
        String doseField = where + ".extension(plan-dose)";
        Timing timing = Support.as(detail.getScheduled(), Timing.class, where + ".scheduledTiming");
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (Enumeration<Timing.DayOfWeek> day : timing.getRepeat().getDayOfWeek()) {
            for (DayOfWeek candidate : DayOfWeek.values()) {
                if (candidate.name().substring(0, 3).equalsIgnoreCase(day.getCode())) {
                    days.add(candidate);
                }
            }
        }
        Prescription prescription;
        try {
            prescription =
                    new Prescription(
                            number(dose, "sets", doseField),
                            number(dose, "reps", doseField),
                            number(dose, "holdSeconds", doseField),
                            number(dose, "restSeconds", doseField),
                            number(dose, "minutes", doseField),
                            Support.as(
                                            Optional.ofNullable(dose.getExtensionByUrl("perSide"))
                                                    .map(Extension::getValue)
                                                    .orElse(null),
                                            BooleanType.class,
                                            doseField + ".perSide")
                                    .getValue(),
                            timing.getRepeat().getFrequency(),
                            days);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(where, e.getMessage());
        }
        String sideCode =
                Support.extension(detail, Codes.EXT_SIDE).map(Type::primitiveValue).orElse("both");
        ItemSide side =
                Coded.fromCode(ItemSide.class, sideCode)
                        .orElseThrow(
                                () ->
                                        new InvalidInputException(
                                                where + ".extension(plan-item-side)",
                                                "must be one of "
                                                        + String.join(
                                                                ", ",
                                                                Coded.codes(ItemSide.class))));
        String notes =
                Support.extension(detail, Codes.EXT_ITEM_NOTES)
                        .map(Type::primitiveValue)
                        .orElse("");
        return new PlanItem(exerciseId, prescription, side, notes);
    }

    private static int number(Extension dose, String url, String field) {
        return Support.as(
                        Optional.ofNullable(dose.getExtensionByUrl(url))
                                .map(Extension::getValue)
                                .orElse(null),
                        IntegerType.class,
                        field + "." + url)
                .getValue();
    }
}
