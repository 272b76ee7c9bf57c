package dev.unknot.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which {@code dev.unknot} packages the main sources use, read from the sources themselves: imports
 * and fully qualified names outside comments and string literals. Package names are relative to
 * {@code dev.unknot}; a sub-package such as {@code intake.text} is a package of its own. The jte
 * templates count as {@code web}.
 */
final class PackageGraph {
    static final String ROOT = "dev.unknot";
    private static final Pattern PACKAGE =
            Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    private static final Pattern REFERENCE =
            Pattern.compile(
                    "\\bdev\\.unknot\\.((?:[a-z][a-z0-9_]*\\.)*[a-z][a-z0-9_]*)\\.(?:[A-Z*])");

    /** Package -> the packages it uses -> the files that use them, all sorted. */
    private final Map<String, Map<String, Set<String>>> edges = new TreeMap<>();

    /** Package -> every source file in it. */
    private final Map<String, List<Path>> files = new TreeMap<>();

    private PackageGraph() {}

    /**
     * Reads every {@code .java} file under {@code javaRoot} and every {@code .jte} template under
     * {@code templateRoot}.
     */
    static PackageGraph read(Path javaRoot, Path templateRoot) {
        PackageGraph graph = new PackageGraph();
        for (Path file : sources(javaRoot, ".java")) {
            String text = Java.code(read(file));
            Matcher declared = PACKAGE.matcher(text);
            if (!declared.find() || !declared.group(1).startsWith(ROOT + ".")) {
                throw new IllegalStateException(file + " declares no package under " + ROOT);
            }
            graph.add(declared.group(1).substring(ROOT.length() + 1), file, text);
        }
        for (Path template : sources(templateRoot, ".jte")) {
            graph.add("web", template, read(template));
        }
        return graph;
    }

    private void add(String from, Path file, String text) {
        files.computeIfAbsent(from, name -> new ArrayList<>()).add(file);
        Map<String, Set<String>> uses = edges.computeIfAbsent(from, name -> new TreeMap<>());
        Matcher reference = REFERENCE.matcher(text);
        while (reference.find()) {
            String to = reference.group(1);
            if (!to.equals(from)) {
                uses.computeIfAbsent(to, name -> new TreeSet<>())
                        .add(file.getFileName().toString());
            }
        }
    }

    Set<String> packages() {
        return edges.keySet();
    }

    /** The packages {@code from} uses. */
    Set<String> uses(String from) {
        return edges.getOrDefault(from, Map.of()).keySet();
    }

    /** The files of {@code from} that use {@code to}. */
    Set<String> usedBy(String from, String to) {
        return edges.getOrDefault(from, Map.of()).getOrDefault(to, Set.of());
    }

    List<Path> files(String in) {
        return files.getOrDefault(in, List.of());
    }

    /**
     * Every cycle found by a depth-first walk, each written {@code a -> b -> a}; empty when the
     * graph is acyclic.
     */
    List<String> cycles() {
        Set<String> cycles = new LinkedHashSet<>();
        Set<String> done = new TreeSet<>();
        for (String start : packages()) {
            walk(start, new ArrayList<>(), done, cycles);
        }
        return new ArrayList<>(cycles);
    }

    private void walk(String at, List<String> path, Set<String> done, Set<String> cycles) {
        int seen = path.indexOf(at);
        if (seen >= 0) {
            List<String> cycle = new ArrayList<>(path.subList(seen, path.size()));
            cycles.add(String.join(" -> ", rotated(cycle)) + " -> " + rotated(cycle).get(0));
            return;
        }
        if (done.contains(at)) {
            return;
        }
        path.add(at);
        for (String next : uses(at)) {
            walk(next, path, done, cycles);
        }
        path.remove(path.size() - 1);
        done.add(at);
    }

    /**
     * The cycle started at its alphabetically first package, so the same cycle is always written
     * the same way.
     */
    private static List<String> rotated(List<String> cycle) {
        int first = cycle.indexOf(new TreeSet<>(cycle).first());
        List<String> rotated = new ArrayList<>(cycle.subList(first, cycle.size()));
        rotated.addAll(cycle.subList(0, first));
        return rotated;
    }

    /**
     * The graph in the form the dependency table is written in, one {@code package -> uses} line
     * each.
     */
    String table() {
        StringBuilder table = new StringBuilder();
        for (String from : packages()) {
            table.append(from).append(" ->");
            uses(from).forEach(to -> table.append(' ').append(to));
            table.append('\n');
        }
        return table.toString();
    }

    private static List<Path> sources(Path root, String suffix) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(path -> path.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Java source with comments and string, text-block and character literals blanked out. */
    static final class Java {
        private Java() {}

        static String code(String source) {
            StringBuilder code = new StringBuilder(source.length());
            int i = 0;
            while (i < source.length()) {
                char c = source.charAt(i);
                if (source.startsWith("//", i)) {
                    i = skipTo(source, i, "\n");
                } else if (source.startsWith("/*", i)) {
                    i = skipTo(source, i + 2, "*/");
                    code.append(' ');
                } else if (source.startsWith("\"\"\"", i)) {
                    i = skipLiteral(source, i + 3, "\"\"\"");
                    code.append("\"\"");
                } else if (c == '"' || c == '\'') {
                    i = skipLiteral(source, i + 1, String.valueOf(c));
                    code.append("\"\"");
                } else {
                    code.append(c);
                    i++;
                }
            }
            return code.toString();
        }

        /**
         * The index of {@code end} from {@code from} on (a line comment keeps its newline), or the
         * end of the text.
         */
        private static int skipTo(String source, int from, String end) {
            int at = source.indexOf(end, from);
            if (at < 0) {
                return source.length();
            }
            return end.equals("\n") ? at : at + end.length();
        }

        /**
         * The index just after the literal's closing {@code quote}, honouring backslash escapes.
         */
        private static int skipLiteral(String source, int from, String quote) {
            int i = from;
            while (i < source.length() && !source.startsWith(quote, i)) {
                i += source.charAt(i) == '\\' ? 2 : 1;
            }
            return Math.min(i + quote.length(), source.length());
        }
    }
}
