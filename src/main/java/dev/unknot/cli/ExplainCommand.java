package dev.unknot.cli;

import dev.unknot.knowledge.KnowledgeBase;
import dev.unknot.knowledge.PlanLimit;
import dev.unknot.knowledge.Rule;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code unknot explain R7}: one rule, its wording for the person and its citations. */
@Command(
        name = "explain",
        description = "Show one triage rule, what it tells the person and its sources.")
final class ExplainCommand implements Callable<Integer> {
    private final KnowledgeBase knowledge;

    @Spec CommandSpec spec;

    @Parameters(paramLabel = "RULE", description = "A rule id, e.g. R7.")
    String ruleId;

    ExplainCommand(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    @Override
    public Integer call() {
        Rule rule =
                knowledge
                        .rule(ruleId)
                        .orElseThrow(
                                () ->
                                        new UsageProblem(
                                                "RULE: unknown rule '"
                                                        + ruleId
                                                        + "'; rules are "
                                                        + knowledge.rules().get(0).id()
                                                        + " to "
                                                        + knowledge
                                                                .rules()
                                                                .get(knowledge.rules().size() - 1)
                                                                .id()
                                                        + " (see unknot rules)"));
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s  %s%n", rule.id(), rule.name());
        out.printf("When:        %s%n", new ConditionWords(knowledge).describe(rule.when()));
        out.printf(
                "Disposition: %s (%s)%n",
                knowledge.text(rule.disposition()).label(), rule.concern());
        out.printf("Tells you:   %s%n", knowledge.text(rule.disposition()).headline());
        out.printf("Advice:      %s%n", rule.advice());
        if (rule.planLimit() != PlanLimit.NONE) {
            out.printf("Plan limit:  %s%n", limit(rule.planLimit()));
        }
        out.println("Sources:");
        for (String id : rule.sources()) {
            knowledge
                    .source(id)
                    .ifPresent(
                            source ->
                                    out.printf(
                                            "  [%s] %s%s%n",
                                            source.id(),
                                            source.title(),
                                            source.url().isEmpty()
                                                    ? ""
                                                    : " (" + source.url() + ")"));
        }
        out.flush();
        return 0;
    }

    /** What the limit takes out of the plan, in the words of {@code care.yaml}. */
    private String limit(PlanLimit limit) {
        return limit == PlanLimit.NO_SELF_MASSAGE
                ? knowledge.care().noSelfMassage().text()
                : knowledge.care().noPressureOnLump().text();
    }
}
