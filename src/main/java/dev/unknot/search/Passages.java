package dev.unknot.search;

import dev.unknot.knowledge.Advice;
import dev.unknot.knowledge.AdviceTopic;
import dev.unknot.knowledge.CareKnowledge;
import dev.unknot.knowledge.HelpOption;
import dev.unknot.knowledge.KnowledgeBase;
import dev.unknot.knowledge.Muscle;
import dev.unknot.knowledge.RegionMuscles;
import dev.unknot.knowledge.Rule;
import dev.unknot.knowledge.Source;
import dev.unknot.knowledge.StopSign;
import dev.unknot.knowledge.Stretch;
import dev.unknot.knowledge.Technique;
import dev.unknot.knowledge.Thermal;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts the knowledge base into passages, each with its own words, its citations and where it is
 * shown.
 */
final class Passages {
    private Passages() {}

    static List<Passage> of(KnowledgeBase knowledge) {
        List<Passage> passages = new ArrayList<>();
        for (Source source : knowledge.sources()) {
            passages.add(
                    new Passage(
                            "source-" + source.id(),
                            "source",
                            source.title(),
                            "This article covers: " + String.join("; ", source.supports()) + ".",
                            List.of(source.id())));
        }
        for (Rule rule : knowledge.rules()) {
            passages.add(
                    new Passage(
                            "rule-" + rule.id(),
                            "triage rule",
                            rule.id() + " " + rule.name(),
                            rule.concern()
                                    + " "
                                    + rule.advice()
                                    + " ("
                                    + rule.disposition().name().toLowerCase().replace('_', ' ')
                                    + ")",
                            rule.sources()));
        }
        for (Muscle muscle : knowledge.muscles()) {
            passages.add(
                    new Passage(
                            "muscle-" + muscle.id(),
                            "muscle",
                            muscle.name(),
                            muscle.where() + ".",
                            muscle.sources()));
        }
        for (RegionMuscles region : knowledge.regions().values()) {
            passages.add(
                    new Passage(
                            "region-" + region.region().code(),
                            "where the knot is",
                            "A knot " + words(region.region().code()),
                            region.why(),
                            region.sources()));
        }
        CareKnowledge care = knowledge.care();
        for (Technique technique : care.techniques()) {
            passages.add(
                    new Passage(
                            "technique-" + technique.id(),
                            "self-massage",
                            technique.name(),
                            technique.use()
                                    + " "
                                    + String.join(" ", technique.steps())
                                    + " Dose: "
                                    + technique.dose().describe()
                                    + ". "
                                    + technique.caution(),
                            technique.sources()));
        }
        advice(passages, "pressure", care.pressure());
        for (Stretch stretch : care.stretches()) {
            passages.add(
                    new Passage(
                            "stretch-" + stretch.id(),
                            "stretch",
                            stretch.name(),
                            String.join(" ", stretch.steps())
                                    + " Dose: "
                                    + stretch.dose().describe()
                                    + ".",
                            stretch.sources()));
        }
        advice(passages, "stretching", care.stretchCaution());
        for (Thermal thermal : List.of(care.coldAcute(), care.heatBefore(), care.coldAfter())) {
            passages.add(
                    new Passage(
                            "thermal-" + thermal.id(),
                            "heat and cold",
                            thermal.name(),
                            String.join(" ", thermal.steps())
                                    + " "
                                    + thermal.substitute()
                                    + " Dose: "
                                    + thermal.dose().describe()
                                    + ".",
                            thermal.sources()));
        }
        for (Advice advice :
                List.of(
                        care.alternating(),
                        care.noSelfMassage(),
                        care.noPressureOnLump(),
                        care.acuteNoMassage(),
                        care.severePainNoMassage(),
                        care.gentleDose())) {
            advice(passages, "care limit", advice);
        }
        care.aftercare().forEach(advice -> advice(passages, "after-care", advice));
        care.aftercareGentle().stream()
                .filter(
                        advice ->
                                !care.aftercare().stream()
                                        .anyMatch(same -> same.id().equals(advice.id())))
                .forEach(advice -> advice(passages, "after-care", advice));
        for (StopSign sign : care.stopSigns()) {
            passages.add(
                    new Passage(
                            "stop-" + sign.id(),
                            "stop sign",
                            "Stop sign: " + sign.text(),
                            "Stop self-care and get checked if this happens: " + sign.text() + ".",
                            sign.sources()));
        }
        care.habits()
                .forEach(
                        habit ->
                                passages.add(
                                        new Passage(
                                                "habit-" + habit.id(),
                                                "prevention habit",
                                                "Habit: " + words(habit.id()),
                                                habit.text(),
                                                habit.sources())));
        for (AdviceTopic topic : knowledge.generalAdvice().topics()) {
            topic.points().forEach(point -> advice(passages, "what else helps", point));
        }
        for (HelpOption option : knowledge.generalAdvice().help()) {
            passages.add(
                    new Passage(
                            "help-" + option.id(),
                            "where to get help",
                            option.who(),
                            option.who() + ": " + option.when(),
                            option.sources()));
        }
        return passages;
    }

    private static void advice(List<Passage> passages, String kind, Advice advice) {
        String title = words(advice.id());
        passages.add(
                new Passage(
                        "advice-" + advice.id(),
                        kind,
                        Character.toUpperCase(title.charAt(0)) + title.substring(1),
                        advice.text(),
                        advice.sources()));
    }

    /** An id in words: {@code no-self-massage} is "no self massage". */
    private static String words(String id) {
        return id.replace('-', ' ');
    }
}
