package dev.unknot.knowledge;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads {@code general-advice.yaml}, checking every point and place of help cites sources. */
final class GeneralAdviceReader {
    private final Citations citations;

    GeneralAdviceReader(Citations citations) {
        this.citations = citations;
    }

    GeneralAdvice read(Node root) {
        Set<String> ids = new HashSet<>();
        List<AdviceTopic> topics = root.list("topics", node -> topic(node, ids));
        List<HelpOption> help = root.list("help", node -> help(node, ids));
        if (topics.isEmpty() || help.isEmpty()) {
            throw root.problem("needs at least one topic and one place to get help");
        }
        return new GeneralAdvice(topics, help);
    }

    private AdviceTopic topic(Node node, Set<String> ids) {
        Node entry = node.named("topic " + unique(node, ids));
        List<Advice> points =
                entry.list(
                        "points",
                        item -> {
                            Node point = item.named("point " + unique(item, ids));
                            return citations.check(
                                    point,
                                    new Advice(
                                            point.text("id"),
                                            point.text("text"),
                                            point.texts("sources")));
                        });
        if (points.isEmpty()) {
            throw entry.problem("has no points");
        }
        return new AdviceTopic(entry.text("id"), entry.text("heading"), points);
    }

    private HelpOption help(Node node, Set<String> ids) {
        Node entry = node.named("help " + unique(node, ids));
        return citations.check(
                entry,
                new HelpOption(
                        entry.text("id"),
                        entry.text("who"),
                        entry.text("when"),
                        entry.texts("sources")));
    }

    private static String unique(Node node, Set<String> ids) {
        String id = node.text("id");
        if (!ids.add(id)) {
            throw node.problem("duplicate id '" + id + "'");
        }
        return id;
    }
}
