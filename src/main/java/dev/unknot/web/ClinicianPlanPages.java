package dev.unknot.web;

import dev.unknot.account.Account;
import dev.unknot.care.CarePerson;
import dev.unknot.care.Clinician;
import dev.unknot.care.RecordView;
import dev.unknot.clinic.CareTeam;
import dev.unknot.exercise.Author;
import dev.unknot.exercise.ExercisePlan;
import dev.unknot.exercise.ItemDraft;
import dev.unknot.exercise.ItemSide;
import dev.unknot.exercise.PlanChange;
import dev.unknot.exercise.PlanProblem;
import dev.unknot.intake.Coded;
import dev.unknot.knowledge.KnowledgeBase;
import dev.unknot.knowledge.LibraryExercise;
import dev.unknot.pathway.ExercisePlans;
import dev.unknot.plan.MassageStop;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clinician's plan editor and the answers to progression suggestions ({@code
 * /clinician/people/{id}/plan}). Every request opens the person through {@link CareTeam#open},
 * which checks the link and audits the look; a person it does not give is a 404.
 */
final class ClinicianPlanPages {
    private static final Pattern ITEM = Pattern.compile("items\\[(\\d+)]\\.(\\w+)");

    private final ExercisePlans plans;
    private final CareTeam careTeam;
    private final KnowledgeBase knowledge;
    private final Templates templates;
    private final Clock clock;

    ClinicianPlanPages(
            ExercisePlans plans,
            CareTeam careTeam,
            KnowledgeBase knowledge,
            Templates templates,
            Clock clock) {
        this.plans = plans;
        this.careTeam = careTeam;
        this.knowledge = knowledge;
        this.templates = templates;
        this.clock = clock;
    }

    /** The clinician asking and the person, if the care team lets them see the person; else 404. */
    record Opened(Account clinician, CarePerson person, Author author) {}

    Opened open(Context ctx) {
        Account account = ClinicianRoutes.clinician(ctx);
        long personId = ClinicianRoutes.id(ctx);
        CarePerson person =
                careTeam.open(account, personId, RecordView.RECORD)
                        .orElseThrow(NotFoundResponse::new);
        String name =
                careTeam.clinician(account).map(Clinician::displayName).orElse(account.username());
        return new Opened(account, person, Author.clinician(account.personId(), name));
    }

    void editor(Context ctx) {
        Opened opened = open(ctx);
        long personId = opened.person().personId();
        Optional<Long> suggestion = Optional.empty();
        List<ItemDraft> drafts;
        String reason = "";
        if ("unknot".equals(ctx.queryParam("from"))) {
            drafts = plans.generatedItems(personId);
            reason = "Started from the plan unknot made for the latest answers";
        } else if (ctx.queryParam("change") != null) {
            long id = ProblemException.recordId(ctx.queryParam("change"));
            drafts = plans.changeDraft(personId, id).orElseThrow(NotFoundResponse::new);
            suggestion = Optional.of(id);
            reason =
                    plans.suggestions(personId).stream()
                            .filter(s -> s.id() == id)
                            .map(s -> s.reason())
                            .findFirst()
                            .orElse("");
        } else {
            drafts =
                    plans.current(personId)
                            .map(plan -> plan.items().stream().map(ItemDraft::of).toList())
                            .orElse(List.of());
        }
        String note = plans.current(personId).map(ExercisePlan::note).orElse("");
        templates.page(
                ctx, "clinician-plan", view(opened, drafts, reason, note, suggestion, List.of()));
    }

    void save(Context ctx) {
        Opened opened = open(ctx);
        long personId = opened.person().personId();
        List<ItemDraft> drafts = drafts(ctx);
        String reason = text(ctx, "reason");
        String note = text(ctx, "note");
        Optional<Long> suggestion =
                Optional.ofNullable(ctx.formParam("suggestion"))
                        .filter(value -> !value.isBlank())
                        .map(ProblemException::recordId);
        PlanChange change =
                suggestion.isPresent()
                        ? plans.changed(
                                personId, suggestion.get(), opened.author(), reason, note, drafts)
                        : plans.newVersion(personId, opened.author(), reason, note, drafts);
        if (change instanceof PlanChange.Refused refused) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            templates.page(
                    ctx,
                    "clinician-plan",
                    view(opened, drafts, reason, note, suggestion, words(refused, drafts)));
            return;
        }
        ctx.redirect("/clinician/people/" + personId + "/plan?saved=1", HttpStatus.SEE_OTHER);
    }

    void accept(Context ctx) {
        Opened opened = open(ctx);
        long personId = opened.person().personId();
        long id = ProblemException.recordId(text(ctx, "suggestion"));
        PlanChange change = plans.accept(personId, id, opened.author());
        if (change instanceof PlanChange.Refused refused) {
            throw new ProblemException(
                    Problem.of(
                            "suggestion-not-accepted",
                            "Suggestion not accepted",
                            409,
                            refused.problems().get(0).words(),
                            "suggestion"));
        }
        ctx.redirect("/clinician/people/" + personId + "/plan?saved=1", HttpStatus.SEE_OTHER);
    }

    void dismiss(Context ctx) {
        Opened opened = open(ctx);
        long personId = opened.person().personId();
        long id = ProblemException.recordId(text(ctx, "suggestion"));
        if (!plans.dismiss(personId, id)) {
            throw new NotFoundResponse();
        }
        ctx.redirect("/clinician/people/" + personId + "/plan", HttpStatus.SEE_OTHER);
    }

    private PlanEditorView view(
            Opened opened,
            List<ItemDraft> drafts,
            String reason,
            String note,
            Optional<Long> suggestion,
            List<String> errors) {
        long personId = opened.person().personId();
        List<LibraryExercise> library = knowledge.exerciseLibrary().exercises();
        return new PlanEditorView(
                personId,
                opened.person().name(),
                PlanView.of(
                        plans.history(personId),
                        plans.suggestions(personId),
                        plans::exercise,
                        clock.getZone(),
                        Optional.empty()),
                PlanEditorView.rows(library, drafts),
                reason,
                note,
                suggestion,
                plans.massageStops(personId).stream().map(ClinicianPlanPages::stop).toList(),
                errors);
    }

    private static String stop(MassageStop stop) {
        return stop.ruleId().map(id -> id + " " + stop.name()).orElse(stop.name())
                + ": "
                + stop.advice();
    }

    /** The ticked exercises of the form, in library order. */
    private List<ItemDraft> drafts(Context ctx) {
        List<ItemDraft> drafts = new ArrayList<>();
        for (LibraryExercise exercise : knowledge.exerciseLibrary().exercises()) {
            String at = "ex-" + exercise.id() + "-";
            if (ctx.formParam(at + "include") == null) {
                continue;
            }
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            for (PlanEditorView.Day day : PlanEditorView.week()) {
                if (ctx.formParams(at + "days").contains(day.code())) {
                    days.add(day.day());
                }
            }
            drafts.add(
                    new ItemDraft(
                            exercise.id(),
                            number(ctx, at + "sets"),
                            number(ctx, at + "reps"),
                            number(ctx, at + "hold"),
                            number(ctx, at + "rest"),
                            number(ctx, at + "minutes"),
                            number(ctx, at + "times"),
                            days,
                            Coded.fromCode(ItemSide.class, text(ctx, at + "side"))
                                    .orElse(ItemSide.BOTH),
                            text(ctx, at + "notes")));
        }
        return drafts;
    }

    /** A whole number from the form; blank is 0, anything else not a number is -1 (refused). */
    static int number(Context ctx, String field) {
        String text = text(ctx, field).strip();
        if (text.isEmpty()) {
            return 0;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String text(Context ctx, String field) {
        return Optional.ofNullable(ctx.formParam(field)).orElse("");
    }

    /** Each problem in words, with the exercise it is about named instead of its index. */
    private List<String> words(PlanChange.Refused refused, List<ItemDraft> drafts) {
        List<String> words = new ArrayList<>();
        for (PlanProblem problem : refused.problems()) {
            Matcher item = ITEM.matcher(problem.field());
            if (item.lookingAt()) {
                String id = drafts.get(Integer.parseInt(item.group(1))).exerciseId();
                String name = plans.exercise(id).map(LibraryExercise::name).orElse(id);
                words.add(name + ": " + problem.words());
            } else {
                words.add(problem.words());
            }
        }
        return words;
    }
}
