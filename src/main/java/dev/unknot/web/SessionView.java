package dev.unknot.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.unknot.assessment.Assessment;
import dev.unknot.knowledge.Picture;
import dev.unknot.knowledge.StopSign;
import dev.unknot.pathway.StopSignCheck;
import dev.unknot.plan.CarePlan;
import dev.unknot.session.SessionStep;
import dev.unknot.session.SessionTiming;
import dev.unknot.session.TimedUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The guided-session page: the stop signs first, then the plan's steps with their countdowns (from
 * {@link SessionTiming}, the same timing the terminal session uses), then pain after and save.
 */
public record SessionView(
        String answers,
        List<Sign> stopSigns,
        List<Step> steps,
        String scheduleJson,
        int speed,
        boolean signedIn,
        long planId,
        int planVersion,
        List<Exercise> exercises) {

    /** An exercise of an individual plan, to say afterwards how much of its dose was done. */
    public record Exercise(String id, String name) {}

    /**
     * Whether the session follows an individual plan (then pain during and each dose are asked).
     */
    public boolean followsPlan() {
        return planId > 0;
    }

    /**
     * A stop sign to answer yes or no, and where a yes leads: the result with that answer added.
     */
    public record Sign(String id, String text, String resultIfYes) {}

    /**
     * A step as the page lists it (and the no-script form records it), with its picture where it
     * has one.
     */
    public record Step(
            int index,
            String id,
            String name,
            List<String> instructions,
            String dose,
            int seconds,
            Optional<Picture> picture) {

        /** Where the page loads the picture from. */
        public String pictureSource() {
            return picture.map(shown -> PICTURES + shown.file()).orElse("");
        }
    }

    /** Where the pictures of the stretches and techniques are served. */
    static final String PICTURES = "/static/" + StaticAssets.EXERCISES;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public SessionView {
        stopSigns = List.copyOf(stopSigns);
        steps = List.copyOf(steps);
        exercises = List.copyOf(exercises);
    }

    static SessionView of(
            Assessment assessment,
            CarePlan plan,
            StopSignCheck check,
            SessionTiming timing,
            int speed,
            boolean signedIn) {
        return of(assessment.intake(), timing.steps(plan), check, speed, signedIn, 0, 0, List.of());
    }

    /**
     * The session of an individual plan version, its stop signs leading to {@code answers} with a
     * yes.
     */
    static SessionView ofPlan(
            dev.unknot.intake.Intake answers,
            dev.unknot.pathway.ExercisePlans.Run run,
            StopSignCheck check,
            int speed,
            java.util.function.Function<String, String> names) {
        return of(
                answers,
                run.steps(),
                check,
                speed,
                true,
                run.plan().id(),
                run.plan().version(),
                run.plan().items().stream()
                        .map(
                                item ->
                                        new Exercise(
                                                item.exerciseId(), names.apply(item.exerciseId())))
                        .toList());
    }

    private static SessionView of(
            dev.unknot.intake.Intake intake,
            List<SessionStep> timed,
            StopSignCheck check,
            int speed,
            boolean signedIn,
            long planId,
            int planVersion,
            List<Exercise> exercises) {
        String answers = WizardState.encode(intake);
        List<Sign> signs = new ArrayList<>();
        for (StopSign sign : check.signs()) {
            signs.add(
                    new Sign(
                            sign.id(),
                            sign.text(),
                            "/result?a="
                                    + WizardState.encode(check.withYes(intake, List.of(sign)))));
        }

        List<Step> steps = new ArrayList<>();
        ArrayNode schedule = MAPPER.createArrayNode();
        for (int i = 0; i < timed.size(); i++) {
            SessionStep step = timed.get(i);
            int seconds = step.units().stream().mapToInt(TimedUnit::seconds).sum();
            steps.add(
                    new Step(
                            i,
                            step.step().id(),
                            step.step().name(),
                            step.step().instructions(),
                            step.doseWords(),
                            seconds,
                            step.step().picture()));
            ObjectNode json = schedule.addObject();
            json.put("id", step.step().id());
            json.put("name", step.step().name());
            json.put("dose", step.doseWords());
            step.step()
                    .picture()
                    .ifPresent(
                            picture -> {
                                ObjectNode shown = json.putObject("picture");
                                shown.put("src", PICTURES + picture.file());
                                shown.put("alt", picture.alt());
                            });
            ArrayNode instructions = json.putArray("instructions");
            step.step().instructions().forEach(instructions::add);
            ArrayNode units = json.putArray("units");
            for (TimedUnit unit : step.units()) {
                ObjectNode u = units.addObject();
                u.put("side", unit.side().name().toLowerCase(Locale.ROOT));
                u.put("seconds", unit.seconds());
                u.put("repetitions", unit.repetitions());
                u.put("rest", unit.rest());
            }
        }
        return new SessionView(
                answers,
                signs,
                steps,
                schedule.toString(),
                speed,
                signedIn,
                planId,
                planVersion,
                exercises);
    }
}
