package dev.unknot.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;

/** Reads and checks {@code followup.yaml}. */
final class FollowUpLoader {
    private static final String FILE = "followup.yaml";

    private FollowUpLoader() {}

    static FollowUpRules load(KnowledgeBase knowledge) {
        Set<String> ids = new HashSet<>();
        knowledge.sources().forEach(source -> ids.add(source.id()));
        Citations citations = new Citations(ids);
        Node root = read();
        Node persistent = root.get("persistent").named("persistent");
        Node worsening = root.get("worsening").named("worsening");
        Node redFlag = root.get("redFlag").named("redFlag");
        return new FollowUpRules(
                citations.check(
                        persistent,
                        new FollowUpRules.Persistent(
                                persistent.text("id"),
                                persistent.text("name"),
                                persistent.positiveInteger("afterDays"),
                                persistent.positiveInteger("minDropPoints"),
                                persistent.positiveInteger("minDropPercent"),
                                KnowledgeLoader.enumOf(
                                        persistent,
                                        Disposition.class,
                                        persistent.text("disposition")),
                                persistent.text("advice"),
                                persistent.texts("sources"))),
                citations.check(
                        worsening,
                        new FollowUpRules.Worsening(
                                worsening.text("id"),
                                worsening.text("name"),
                                worsening.positiveInteger("windowDays"),
                                worsening.positiveInteger("risePoints"),
                                KnowledgeLoader.enumOf(
                                        worsening,
                                        Disposition.class,
                                        worsening.text("disposition")),
                                worsening.text("advice"),
                                worsening.texts("sources"))),
                citations.check(
                        redFlag,
                        new FollowUpRules.RedFlag(
                                redFlag.text("id"),
                                redFlag.text("name"),
                                redFlag.text("advice"),
                                redFlag.texts("sources"))));
    }

    private static Node read() {
        try (InputStream in = KnowledgeTree.open(FILE)) {
            if (in == null) {
                throw new KnowledgeException(FILE, "", "file not found");
            }
            JsonNode json = KnowledgeTree.read(in);
            return new Node(FILE, "", json);
        } catch (IOException e) {
            throw new KnowledgeException(FILE, "", "cannot be read: " + e.getMessage(), e);
        }
    }
}
