package dev.unknot.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unknot.intake.Question;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The web wizard's pages ({@code wizard-pages.yaml}), checked: every question on exactly one page,
 * no page mixing safety questions with others, the safety pages first. Immutable and thread-safe.
 */
public record WizardPages(List<WizardPage> pages) {
    static final String FILE = "wizard-pages.yaml";

    public WizardPages {
        pages = List.copyOf(pages);
    }

    /**
     * The pages that ask {@code todo}: each page with only those questions, empty pages left out.
     */
    public List<WizardPage> group(Collection<Question> todo) {
        return pages.stream()
                .map(page -> page.only(todo))
                .filter(page -> !page.questions().isEmpty())
                .toList();
    }

    /**
     * Reads and checks the pages; within a page the questions take the order of {@code knowledge}.
     */
    public static WizardPages load(KnowledgeBase knowledge) {
        Node root = read();
        Map<Question, String> pageOf = new EnumMap<>(Question.class);
        List<WizardPage> pages = new ArrayList<>();
        boolean knotSeen = false;
        for (Node entry : root.list("pages", node -> node)) {
            String id = entry.text("id");
            Node page = entry.named("page " + id);
            List<Question> listed = new ArrayList<>();
            for (String path : page.texts("questions")) {
                Question question =
                        Question.byPath(path)
                                .orElseThrow(() -> page.problem("unknown question '" + path + "'"));
                String other = pageOf.put(question, id);
                if (other != null) {
                    throw page.problem(path + " is already on page " + other);
                }
                listed.add(question);
            }
            boolean safety = listed.get(0).isSafety();
            if (listed.stream().anyMatch(question -> question.isSafety() != safety)) {
                throw page.problem("mixes safety questions with others");
            }
            if (safety && knotSeen) {
                throw page.problem("safety questions must come before the others");
            }
            knotSeen |= !safety;
            List<Question> ordered =
                    knowledge.questions().stream()
                            .map(WizardQuestion::question)
                            .filter(listed::contains)
                            .toList();
            pages.add(new WizardPage(id, page.text("title"), page.text("intro"), ordered));
        }
        for (Question question : Question.values()) {
            if (!pageOf.containsKey(question)) {
                throw root.problem("question " + question.path() + " is on no page");
            }
        }
        return new WizardPages(pages);
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
