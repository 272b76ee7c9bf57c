package dev.unknot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The package structure as a test: no cycles between {@code dev.unknot} packages, exactly the
 * dependencies the table below allows, and a core that uses no framework and no adapter. A new
 * package or edge is a one-line change to {@link #ALLOWED}; the failure message prints the table as
 * it is now, ready to paste.
 */
class PackageDependenciesTest {

    /**
     * Each package and every {@code dev.unknot} package it uses (sub-packages are packages of their
     * own).
     */
    private static final String ALLOWED =
            """
            account -> intake person store
            app -> account assessment cds cli clinic config exercise fhir followup intake intake.text knowledge measure pathway plan progression record session store web workstation
            assessment -> intake knowledge plan triage
            breaks -> exercise intake knowledge
            calendar -> breaks exercise knowledge
            care -> diary intake knowledge
            cds -> assessment care diary fhir followup intake knowledge measure pathway person record store triage
            cli -> account assessment breaks calendar care cds clinic config diary exercise fhir followup intake intake.text knowledge measure pathway person plan record report session store triage web workstation
            clinic -> account breaks care diary intake knowledge measure session store
            config -> store
            diary -> intake knowledge
            exercise -> intake knowledge plan session
            fhir -> assessment breaks diary exercise intake knowledge measure person plan record session triage workstation
            followup -> assessment diary intake knowledge measure person session store
            intake ->
            intake.text -> intake knowledge
            json -> intake
            knowledge -> intake
            measure -> intake knowledge
            pathway -> assessment breaks care clinic diary exercise followup intake knowledge person plan progression session store workstation
            person -> intake
            plan -> intake knowledge triage
            progression -> knowledge
            record -> assessment breaks diary exercise intake json knowledge measure person session store workstation
            report -> assessment exercise intake knowledge pathway plan
            search -> knowledge
            session -> intake knowledge plan
            store -> assessment breaks care diary exercise intake knowledge measure person session workstation
            triage -> intake knowledge
            web -> account assessment breaks care cds clinic diary exercise fhir followup intake intake.text json knowledge measure pathway plan progression record report search session triage workstation
            workstation -> intake knowledge measure
            """;

    /** The pure core: plain Java over records, used by the adapters and using none of them. */
    private static final List<String> CORE =
            List.of(
                    "knowledge",
                    "intake",
                    "breaks",
                    "care",
                    "intake.text",
                    "triage",
                    "plan",
                    "exercise",
                    "progression",
                    "session",
                    "diary",
                    "measure",
                    "workstation");

    private static final List<String> FRAMEWORKS =
            List.of(
                    "io.javalin",
                    "picocli",
                    "java.sql",
                    "javax.sql",
                    "org.jline",
                    "com.zaxxer",
                    "org.flywaydb",
                    "gg.jte",
                    "org.apache.pdfbox",
                    "ca.uhn",
                    "org.hl7",
                    "com.nimbusds");
    private static final List<String> ADAPTERS =
            List.of("cli", "web", "store", "app", "report", "cds", "fhir");

    private static final PackageGraph GRAPH =
            PackageGraph.read(Path.of("src/main/java"), Path.of("src/main/jte"));

    @Test
    void packagesDependOnEachOtherWithoutCycles() {
        assertThat(GRAPH.cycles()).as("package cycles").isEmpty();
    }

    @Test
    void everyDependencyIsInTheTableAndEveryEntryOfTheTableIsUsed() {
        Map<String, Set<String>> allowed = parse(ALLOWED);
        List<String> problems = new ArrayList<>();
        for (String from : GRAPH.packages()) {
            if (!allowed.containsKey(from)) {
                problems.add(
                        "package not in the table: "
                                + from
                                + " -> "
                                + String.join(" ", GRAPH.uses(from)));
                continue;
            }
            for (String to : GRAPH.uses(from)) {
                if (!allowed.get(from).contains(to)) {
                    problems.add(
                            "new dependency: "
                                    + from
                                    + " -> "
                                    + to
                                    + " (in "
                                    + String.join(", ", GRAPH.usedBy(from, to))
                                    + ")");
                }
            }
            for (String to : allowed.get(from)) {
                if (!GRAPH.uses(from).contains(to)) {
                    problems.add("dependency in the table no longer used: " + from + " -> " + to);
                }
            }
        }
        for (String from : allowed.keySet()) {
            if (!GRAPH.packages().contains(from)) {
                problems.add("package in the table has no sources: " + from);
            }
        }
        assertThat(problems)
                .as(
                        "the dependencies differ from the table in %s; if the change is meant, the table is now:%n%s",
                        PackageDependenciesTest.class.getSimpleName(), GRAPH.table())
                .isEmpty();
    }

    @Test
    void coreUsesNoFrameworkAndNoAdapter() {
        List<String> problems = new ArrayList<>();
        for (String core : CORE) {
            assertThat(GRAPH.packages()).as("core packages").contains(core);
            for (String adapter : ADAPTERS) {
                if (GRAPH.uses(core).contains(adapter)) {
                    problems.add(
                            core
                                    + " uses the adapter "
                                    + adapter
                                    + " (in "
                                    + String.join(", ", GRAPH.usedBy(core, adapter))
                                    + ")");
                }
            }
            for (Path file : GRAPH.files(core)) {
                String code = PackageGraph.Java.code(read(file));
                for (String framework : FRAMEWORKS) {
                    Matcher use =
                            Pattern.compile("\\b" + Pattern.quote(framework) + "\\.[\\w.*]+")
                                    .matcher(code);
                    if (use.find()) {
                        problems.add(
                                core + " uses " + use.group() + " (in " + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(problems).as("the core must stay free of frameworks and adapters").isEmpty();
    }

    @Test
    void aCycleIsFoundAndNamed() {
        String cyclic =
                """
                package dev.unknot.%s;
                import dev.unknot.%s.Thing;
                // dev.unknot.ignored.InAComment
                final class X { String s = "dev.unknot.ignored.InAString"; }
                """;
        Path root =
                write(
                        Map.of(
                                "alpha",
                                cyclic.formatted("alpha", "beta"),
                                "beta",
                                cyclic.formatted("beta", "gamma"),
                                "gamma",
                                cyclic.formatted("gamma", "alpha")));

        PackageGraph graph = PackageGraph.read(root, root.resolve("no-templates"));

        assertThat(graph.packages()).containsExactly("alpha", "beta", "gamma");
        assertThat(graph.cycles()).containsExactly("alpha -> beta -> gamma -> alpha");
    }

    private static Map<String, Set<String>> parse(String table) {
        Map<String, Set<String>> allowed = new TreeMap<>();
        for (String line : table.strip().split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] sides = line.split("->", -1);
            assertThat(sides).as("table line '%s' is 'package -> uses'", line).hasSize(2);
            String from = sides[0].strip();
            assertThat(allowed).as("table lists %s once", from).doesNotContainKey(from);
            allowed.put(from, new TreeSet<>(Arrays.asList(sides[1].strip().split("\\s+"))));
            allowed.get(from).remove("");
        }
        return allowed;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path write(Map<String, String> sources) {
        try {
            Path root = Files.createTempDirectory("packages");
            for (Map.Entry<String, String> source : sources.entrySet()) {
                Path file = root.resolve("dev/unknot/" + source.getKey() + "/X.java");
                Files.createDirectories(file.getParent());
                Files.writeString(file, source.getValue(), StandardCharsets.UTF_8);
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
