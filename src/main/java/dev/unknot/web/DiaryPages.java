package dev.unknot.web;

import dev.unknot.account.Account;
import dev.unknot.clinic.CareTeam;
import dev.unknot.diary.Activity;
import dev.unknot.diary.DiaryEntry;
import dev.unknot.diary.NewEntry;
import dev.unknot.followup.FollowUpService;
import dev.unknot.followup.Logged;
import dev.unknot.followup.Trend;
import dev.unknot.intake.Answer;
import dev.unknot.intake.InvalidInputException;
import dev.unknot.intake.Pain;
import dev.unknot.intake.Question;
import dev.unknot.intake.Values;
import dev.unknot.knowledge.KnowledgeBase;
import dev.unknot.pathway.Breaks;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The diary page: log today's pain (and, when something changed, the safety questions), see the
 * follow-up verdict, any escalation, the chart and every entry. A yes to a safety question shows
 * the new triage at once. The chart and the table show the day's movement breaks beside the pain.
 * Each entry can be edited or deleted (after a question), and the follow-up runs again. Signed-in
 * only; a person sees only their own diary.
 */
final class DiaryPages {
    static final int DAYS = 28;

    private final FollowUpService followUp;
    private final Breaks breaks;
    private final CareTeam careTeam;
    private final KnowledgeBase knowledge;
    private final WizardFlow flow;
    private final Templates templates;

    DiaryPages(
            FollowUpService followUp,
            Breaks breaks,
            CareTeam careTeam,
            KnowledgeBase knowledge,
            WizardFlow flow,
            Templates templates) {
        this.followUp = followUp;
        this.breaks = breaks;
        this.careTeam = careTeam;
        this.knowledge = knowledge;
        this.flow = flow;
        this.templates = templates;
    }

    void show(Context ctx) {
        Account account = Visitor.of(ctx).required();
        Optional<ResultView> retriage = Optional.empty();
        Optional<String> notice = Optional.empty();
        String logged = ctx.queryParam("logged");
        if (logged != null) {
            long id = ProblemException.recordId(logged);
            retriage =
                    followUp.retriage(account.profile(), id)
                            .map(assessment -> ResultView.of(assessment, knowledge, flow));
            notice = Optional.of("Saved.");
        }
        if (ctx.queryParam("changed") != null) {
            notice = Optional.of("Entry changed.");
        }
        if (ctx.queryParam("deleted") != null) {
            notice = Optional.of("Entry deleted.");
        }
        if (ctx.queryParam("unsure") != null) {
            notice =
                    Optional.of(
                            "Saved. You were not sure about a safety question: it stays open, it is never taken "
                                    + "as \"no\". If something new worries you, answer the questions again or ask a clinician.");
        }
        render(ctx, account, retriage, notice, Optional.empty());
    }

    void log(Context ctx) {
        Account account = Visitor.of(ctx).required();
        Logged done;
        try {
            done =
                    followUp.log(
                            account.profile(),
                            new NewEntry(
                                    date(ctx.formParam("date")),
                                    Pain.parse(
                                            "pain",
                                            Optional.ofNullable(ctx.formParam("pain")).orElse("")),
                                    Activity.fromCodes(ctx.formParams("activities"), "activities"),
                                    Optional.ofNullable(ctx.formParam("note")).orElse(""),
                                    safetyAnswers(ctx)));
        } catch (InvalidInputException e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            render(
                    ctx,
                    account,
                    redFlagOnTheForm(ctx, account),
                    Optional.empty(),
                    Optional.of(e.getMessage()));
            return;
        }
        boolean unsure =
                Arrays.stream(Question.values())
                        .filter(Question::isSafety)
                        .anyMatch(
                                question ->
                                        ctx.formParams(question.path())
                                                .contains(FormAnswer.NOT_SURE));
        ctx.redirect(
                "/diary?logged=" + done.entry().id() + (unsure ? "&unsure" : "") + "#result",
                HttpStatus.SEE_OTHER);
    }

    /** The edit form of one of the person's entries, prefilled; 404 for anyone else's. */
    void editForm(Context ctx) {
        Account account = Visitor.of(ctx).required();
        templates.page(ctx, "diary-edit", DiaryEntryView.of(mine(ctx, account), followUp.today()));
    }

    /**
     * Saves the edited entry, checked as a new entry is (its safety answers are kept), then shows
     * the diary with the follow-up run again; a mistake shows the form again with the error.
     */
    void edit(Context ctx) {
        Account account = Visitor.of(ctx).required();
        DiaryEntry old = mine(ctx, account);
        String pain = Optional.ofNullable(ctx.formParam("pain")).orElse("");
        String note = Optional.ofNullable(ctx.formParam("note")).orElse("");
        String date = Optional.ofNullable(ctx.formParam("date")).orElse("");
        try {
            followUp.edit(
                            account.profile(),
                            old.id(),
                            new NewEntry(
                                    date.isBlank() ? old.date() : Values.date("date", date),
                                    Pain.parse("pain", pain),
                                    Activity.fromCodes(ctx.formParams("activities"), "activities"),
                                    note,
                                    old.safety()))
                    .orElseThrow(() -> ProblemException.notFound("diary entry"));
        } catch (InvalidInputException e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            templates.page(
                    ctx,
                    "diary-edit",
                    DiaryEntryView.of(old, followUp.today())
                            .withForm(
                                    date,
                                    pain,
                                    note,
                                    ctx.formParams("activities"),
                                    e.getMessage()));
            return;
        }
        ctx.redirect("/diary?logged=" + old.id() + "&changed#progress", HttpStatus.SEE_OTHER);
    }

    /** Asks before deleting one of the person's entries; 404 for anyone else's. */
    void deleteForm(Context ctx) {
        Account account = Visitor.of(ctx).required();
        templates.page(
                ctx, "diary-delete", DiaryEntryView.of(mine(ctx, account), followUp.today()));
    }

    /** Deletes the entry, then shows the diary with the follow-up run again. */
    void delete(Context ctx) {
        Account account = Visitor.of(ctx).required();
        long id = ProblemException.recordId(ctx.pathParam("id"));
        followUp.delete(account.profile(), id)
                .orElseThrow(() -> ProblemException.notFound("diary entry"));
        ctx.redirect("/diary?deleted#progress", HttpStatus.SEE_OTHER);
    }

    private DiaryEntry mine(Context ctx, Account account) {
        long id = ProblemException.recordId(ctx.pathParam("id"));
        return followUp.entry(account.profile(), id)
                .orElseThrow(() -> ProblemException.notFound("diary entry"));
    }

    /**
     * When a form that cannot be saved (pain left out, say) still answers a safety question yes,
     * the triage that yes leads to is shown with the error, so the answer is never lost on a typo.
     */
    private Optional<ResultView> redFlagOnTheForm(Context ctx, Account account) {
        Map<Question, Object> safety;
        try {
            safety = safetyAnswers(ctx);
        } catch (InvalidInputException unreadable) {
            return Optional.empty();
        }
        boolean yes =
                safety.entrySet().stream()
                        .anyMatch(answer -> answer.getKey().type().saysYes(answer.getValue()));
        return yes
                ? Optional.of(
                        ResultView.of(
                                followUp.triageWith(account.profile(), safety), knowledge, flow))
                : Optional.empty();
    }

    private LocalDate date(String text) {
        return text == null || text.isBlank() ? followUp.today() : Values.date("date", text);
    }

    /**
     * The safety questions answered with the entry; "not sure" and "not answering now" leave a
     * question out.
     */
    private static Map<Question, Object> safetyAnswers(Context ctx) {
        Map<Question, Object> safety = new EnumMap<>(Question.class);
        for (Question question : Question.values()) {
            List<String> values = ctx.formParams(question.path());
            if (!question.isSafety() || values.stream().allMatch(String::isBlank)) {
                continue;
            }
            Answer<Object> answer =
                    FormAnswer.parse(question, values)
                            .orElseThrow(
                                    () ->
                                            new InvalidInputException(
                                                    question.path(),
                                                    "must be "
                                                            + question.type().allowed()
                                                            + " or not sure"));
            answer.value().ifPresent(value -> safety.put(question, value));
        }
        return safety;
    }

    private void render(
            Context ctx,
            Account account,
            Optional<ResultView> retriage,
            Optional<String> notice,
            Optional<String> error) {
        Trend trend = followUp.trend(account.profile(), DAYS);
        DiaryView view =
                DiaryView.of(
                        trend,
                        breaks.movedPerDay(account.profile(), trend.from(), trend.to()),
                        followUp.today(),
                        knowledge,
                        retriage,
                        notice,
                        error,
                        ConsentViews.seen(
                                careTeam.reviewsFor(account.personId()),
                                java.time.ZoneId.systemDefault()));
        templates.page(ctx, "diary", view);
    }
}
