package dev.unknot.web;

import dev.unknot.account.Account;
import dev.unknot.intake.InvalidInputException;
import dev.unknot.pathway.WorkstationChecks;
import dev.unknot.workstation.Checklist;
import dev.unknot.workstation.Comparison;
import dev.unknot.workstation.Item;
import dev.unknot.workstation.Result;
import dev.unknot.workstation.StoredCheck;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The workstation check as pages for a signed-in person: one form with every item, and the result
 * of the latest check (score, changes with sources, what changed since the one before). Scored and
 * stored by the same {@link WorkstationChecks} the terminal uses; no script needed.
 */
final class WorkstationPages {
    private final WorkstationChecks checks;
    private final Templates templates;
    private final ZoneId zone;

    WorkstationPages(WorkstationChecks checks, Templates templates) {
        this.checks = checks;
        this.templates = templates;
        this.zone = checks.clock().getZone();
    }

    void form(Context ctx) {
        Account account = Visitor.of(ctx).required();
        render(ctx, account, Map.of(), Optional.empty());
    }

    void take(Context ctx) {
        Account account = Visitor.of(ctx).required();
        Map<String, String> typed = new LinkedHashMap<>();
        for (Item item : checks.checklist().items()) {
            String value = ctx.formParam(item.id());
            if (value != null) {
                typed.put(item.id(), value);
            }
        }
        try {
            checks.take(account.profile(), typed, "answers");
        } catch (InvalidInputException e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            render(ctx, account, typed, Optional.of(problem(e)));
            return;
        }
        ctx.redirect("/workstation/result", HttpStatus.SEE_OTHER);
    }

    void result(Context ctx) {
        Account account = Visitor.of(ctx).required();
        Optional<WorkstationChecks.Taken> latest = checks.latest(account.profile());
        if (latest.isEmpty()) {
            ctx.redirect("/workstation", HttpStatus.SEE_OTHER);
            return;
        }
        templates.page(
                ctx,
                "workstation-result",
                view(latest.get(), checks.history(account.profile()), checks.checklist(), zone));
    }

    private void render(
            Context ctx, Account account, Map<String, String> typed, Optional<String> problem) {
        List<StoredCheck> history = checks.history(account.profile());
        Optional<String> last =
                history.isEmpty()
                        ? Optional.empty()
                        : Optional.of(Dates.day(history.get(history.size() - 1).takenAt(), zone));
        templates.page(
                ctx,
                "workstation",
                new WorkstationFormView(checks.checklist().groups(), typed, problem, last));
    }

    /** "Question 12 (glare on the screen) needs an answer" rather than a field path. */
    private String problem(InvalidInputException e) {
        String id = e.path().replaceFirst("^answers\\.", "");
        return checks.checklist()
                .item(id)
                .map(
                        item ->
                                "Please answer every question: \""
                                        + item.question()
                                        + "\" "
                                        + (e.reason().startsWith("needs")
                                                ? "has no answer yet ('Not sure' is an answer)."
                                                : "has an answer it cannot take."))
                .orElse(e.getMessage());
    }

    static WorkstationResultView view(
            WorkstationChecks.Taken taken,
            List<StoredCheck> history,
            Checklist checklist,
            ZoneId zone) {
        Result result = taken.result();
        Optional<WorkstationResultView.Since> since =
                taken.comparison().map(comparison -> since(comparison, zone));
        return new WorkstationResultView(
                Dates.day(taken.check().takenAt(), zone),
                result.score(),
                result.band().name(),
                result.pointsText(),
                result.fixes(),
                result.checks(),
                since,
                history.stream()
                        .map(
                                check ->
                                        new WorkstationResultView.Row(
                                                Dates.moment(check.takenAt(), zone),
                                                check.score(),
                                                checklist.band(check.score()).name()))
                        .toList());
    }

    private static WorkstationResultView.Since since(Comparison comparison, ZoneId zone) {
        String previous = Dates.day(comparison.previousAt(), zone);
        return new WorkstationResultView.Since(
                previous,
                comparison.previousScore(),
                java.util.Arrays.stream(Comparison.Movement.values())
                        .flatMap(movement -> comparison.lines(movement).stream())
                        .map(line -> line.words(previous))
                        .toList());
    }
}
