package dev.unknot.app;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.unknot.intake.text.FreeText;
import dev.unknot.knowledge.BreakKnowledge;
import dev.unknot.knowledge.FollowUpRules;
import dev.unknot.knowledge.HelpRegions;
import dev.unknot.knowledge.KnowledgeBase;
import dev.unknot.knowledge.KnowledgeException;
import dev.unknot.knowledge.KnowledgeTree;
import dev.unknot.knowledge.WizardPages;
import dev.unknot.measure.Measures;
import dev.unknot.workstation.Checklist;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Build step (run by Maven after the classes are compiled): checks every knowledge file the way the
 * application does, then writes each YAML file as compact JSON under {@code knowledge/prepared/},
 * the form read at start-up. A broken file fails the build with the file, entry and problem named.
 */
public final class PrepareKnowledge {
    private PrepareKnowledge() {}

    public static void main(String[] args) throws IOException {
        Path knowledge = Path.of(args[0]);
        Path prepared = knowledge.resolve("prepared");
        deleteAll(prepared);
        try {
            // With nothing prepared, the loaders read (and check) the YAML itself.
            KnowledgeBase loaded = KnowledgeBase.load();
            FollowUpRules.load(loaded);
            BreakKnowledge.load(loaded);
            WizardPages.load(loaded);
            HelpRegions.load(loaded);
            Measures.load();
            Checklist.load(loaded);
            new FreeText();
        } catch (KnowledgeException e) {
            System.err.println("unknot: " + e.shown());
            throw e;
        }
        Files.createDirectories(prepared);
        ObjectMapper mapper = new ObjectMapper();
        JsonFactory json = new JsonFactory();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(knowledge, "*.yaml")) {
            for (Path file : files) {
                try (InputStream in = Files.newInputStream(file);
                        JsonGenerator out =
                                json.createGenerator(
                                        prepared.resolve(
                                                        KnowledgeTree.jsonName(
                                                                file.getFileName().toString()))
                                                .toFile(),
                                        com.fasterxml.jackson.core.JsonEncoding.UTF8)) {
                    mapper.writeTree(out, KnowledgeTree.read(in));
                }
            }
        }
    }

    private static void deleteAll(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path file : files) {
                Files.delete(file);
            }
        }
        Files.delete(dir);
    }
}
