package dev.unknot.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every region unknot knows whom to call in ({@code regions.yaml}), each citing its sources.
 * Immutable and thread-safe.
 */
public record HelpRegions(List<HelpRegion> regions) {
    static final String FILE = "regions.yaml";

    /** The region unknot serves when none is chosen. */
    public static final String DEFAULT = "uk";

    public HelpRegions {
        regions = List.copyOf(regions);
    }

    /** A region by id, case-insensitive ({@code UK} finds {@code uk}). */
    public Optional<HelpRegion> find(String id) {
        return regions.stream()
                .filter(region -> region.id().equalsIgnoreCase(id.trim()))
                .findFirst();
    }

    /** The ids, in file order: {@code uk, eu, us}. */
    public List<String> ids() {
        return regions.stream().map(HelpRegion::id).toList();
    }

    /** Reads and checks the regions against the sources of {@code knowledge}. */
    public static HelpRegions load(KnowledgeBase knowledge) {
        Set<String> ids = new HashSet<>();
        knowledge.sources().forEach(source -> ids.add(source.id()));
        Citations citations = new Citations(ids);
        List<HelpRegion> regions = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Node node : read().list("regions", entry -> entry)) {
            String id = node.text("id");
            Node entry = node.named("region " + id);
            if (!seen.add(id)) {
                throw entry.problem("duplicate id");
            }
            HelpLine emergency = line(entry.get("emergency").named("region " + id + " emergency"));
            if (!emergency.hasCall()) {
                throw entry.problem("the emergency line needs a number to call");
            }
            regions.add(
                    citations.check(
                            entry,
                            new HelpRegion(
                                    id,
                                    entry.text("name"),
                                    emergency,
                                    line(entry.get("urgent").named("region " + id + " urgent")),
                                    entry.texts("sources"))));
        }
        if (!seen.contains(DEFAULT)) {
            throw new KnowledgeException(FILE, "", "no region " + DEFAULT + " (the default)");
        }
        return new HelpRegions(regions);
    }

    private static HelpLine line(Node node) {
        String call = node.textOr("call", "");
        if (!call.matches("[0-9+]*")) {
            throw node.problem("'call' must be a phone number, was '" + call + "'");
        }
        if (call.isEmpty() != !node.has("button")) {
            throw node.problem("'call' and 'button' go together");
        }
        if (node.has("link") != node.has("linkText")) {
            throw node.problem("'link' and 'linkText' go together");
        }
        return new HelpLine(
                node.text("say"),
                call,
                node.textOr("button", ""),
                node.textOr("link", ""),
                node.textOr("linkText", ""));
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
