package dev.unknot.app;

import dev.unknot.diary.Activity;
import dev.unknot.intake.Cause;
import dev.unknot.intake.Coded;
import dev.unknot.intake.Feel;
import dev.unknot.intake.LegNumbness;
import dev.unknot.intake.LegWeakness;
import dev.unknot.intake.Question;
import dev.unknot.intake.Region;
import dev.unknot.intake.Side;
import dev.unknot.intake.Spread;
import dev.unknot.intake.Tool;
import dev.unknot.knowledge.CareKnowledge;
import dev.unknot.knowledge.Disposition;
import dev.unknot.knowledge.KnowledgeBase;
import dev.unknot.knowledge.PlanLimit;
import dev.unknot.knowledge.Source;
import dev.unknot.plan.Phase;
import dev.unknot.plan.Section;
import dev.unknot.session.StepResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The program's internal codes, as a person must never read them: {@code flags.} paths, the
 * camelCase field names of the {@link Question}s ({@code onsetDays}), enum constant names ({@code
 * SELF_CARE}, {@code ICE_PACK}) and kebab-case codes ({@code ice-pack}, {@code one-leg}), bare
 * {@code true} / {@code false}, the knowledge base's ids ({@code quadratus-lumborum}) and its seed
 * articles' file names. The list is built from the enums and the knowledge base themselves, so a
 * new constant or entry is banned the day it is added.
 *
 * <p>A code that is also one ordinary word ({@code left}, {@code stress}, {@code EMERGENCY} in a
 * banner) cannot be told from plain English and is not banned; nor are the few hyphenated codes
 * that are ordinary English ({@link #ORDINARY_WORDS}).
 *
 * <p>{@link #foundIn} scans terminal text; {@link #foundInPage} scans what a page shows (its text
 * and its {@code alt}, {@code title}, {@code aria-label} and {@code placeholder} attributes), not
 * its markup, where codes belong in {@code data-} attributes, classes and form values.
 */
public final class InternalCodes {

    /** Every enum whose codes or constant names could leak into what a person reads. */
    private static final List<Class<? extends Enum<?>>> ENUMS =
            List.of(
                    Question.class,
                    Region.class,
                    Side.class,
                    Feel.class,
                    Spread.class,
                    Cause.class,
                    Tool.class,
                    LegWeakness.class,
                    LegNumbness.class,
                    Disposition.class,
                    PlanLimit.class,
                    Phase.class,
                    Section.class,
                    dev.unknot.session.Side.class,
                    StepResult.class,
                    Activity.class);

    /** Hyphenated codes and ids that are ordinary English words a sentence may use. */
    private static final Set<String> ORDINARY_WORDS = Set.of("self-care", "cool-down", "warm-up");

    private static final Pattern FLAG_PATH = Pattern.compile("\\bflags\\.[A-Za-z]*");

    /** A run of letters, digits, underscores and inner hyphens: one candidate code. */
    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9_]+(?:-[A-Za-z0-9_]+)*");

    private static final Pattern SCRIPT_OR_STYLE =
            Pattern.compile("(?is)<(script|style)\\b.*?</\\1\\s*>");
    private static final Pattern SHOWN_ATTRIBUTE =
            Pattern.compile(
                    "(?i)\\s(?:alt|title|aria-label|placeholder)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");

    private static final Set<String> CASE_SENSITIVE = caseSensitive();
    private static final Set<String> ANY_CASE = anyCase(TestApps.KNOWLEDGE);

    /** The seed articles' file names, which say nothing to a person ({@code 000_59b1….txt}). */
    private static final Set<String> FILES =
            TestApps.KNOWLEDGE.sources().stream()
                    .map(Source::file)
                    .filter(file -> !file.isBlank())
                    .collect(Collectors.toUnmodifiableSet());

    private InternalCodes() {}

    /** Every internal code found in {@code text}, each once, in the order first found. */
    public static List<String> foundIn(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher path = FLAG_PATH.matcher(text);
        while (path.find()) {
            found.add(path.group());
        }
        FILES.stream().filter(text::contains).sorted().forEach(found::add);
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            String candidate = word.group();
            if (CASE_SENSITIVE.contains(candidate)
                    || ANY_CASE.contains(candidate.toLowerCase(Locale.ROOT))) {
                found.add(candidate);
            }
        }
        return List.copyOf(found);
    }

    /**
     * Every internal code in what the HTML {@code page} shows: its text and its shown attributes,
     * without scripts, styles and the rest of the markup.
     */
    public static List<String> foundInPage(String page) {
        String withoutCode = SCRIPT_OR_STYLE.matcher(page).replaceAll(" ");
        StringBuilder shown = new StringBuilder();
        Matcher attribute = SHOWN_ATTRIBUTE.matcher(withoutCode);
        while (attribute.find()) {
            shown.append(attribute.group(1) != null ? attribute.group(1) : attribute.group(2))
                    .append('\n');
        }
        shown.append(TAG.matcher(withoutCode).replaceAll(" "));
        return foundIn(shown.toString());
    }

    /** The banned codes, sorted: for a failure message or a look. */
    public static Set<String> all() {
        Set<String> all = new TreeSet<>(CASE_SENSITIVE);
        all.addAll(ANY_CASE);
        all.addAll(FILES);
        all.add("flags.");
        return all;
    }

    /** Constant names of more than one word, and camelCase field names, exactly as written. */
    private static Set<String> caseSensitive() {
        Set<String> codes = new TreeSet<>();
        for (Class<? extends Enum<?>> type : ENUMS) {
            for (Enum<?> constant : type.getEnumConstants()) {
                if (constant.name().contains("_")) {
                    codes.add(constant.name());
                }
            }
        }
        for (Question question : Question.values()) {
            if (!question.field().equals(question.field().toLowerCase(Locale.ROOT))) {
                codes.add(question.field());
            }
        }
        return Set.copyOf(codes);
    }

    /**
     * Hyphenated codes (not ordinary words) in any case, the bare booleans, and from the knowledge
     * base the hyphenated ids its wording does not use ({@code quadratus-lumborum}, not {@code
     * knee-to-chest}).
     */
    private static Set<String> anyCase(KnowledgeBase knowledge) {
        List<String> codes = new ArrayList<>(List.of("true", "false"));
        codes.addAll(knowledgeIds(knowledge));
        for (Class<? extends Enum<?>> type : ENUMS) {
            Stream.of(type.getEnumConstants())
                    .flatMap(constant -> code(constant).stream())
                    .filter(code -> code.contains("-") && !ORDINARY_WORDS.contains(code))
                    .forEach(codes::add);
        }
        return Set.copyOf(codes);
    }

    /** The knowledge base's hyphenated ids that are not also the words it shows for them. */
    private static List<String> knowledgeIds(KnowledgeBase knowledge) {
        CareKnowledge care = knowledge.care();
        Map<String, String> wordingById = new HashMap<>();
        knowledge.muscles().forEach(muscle -> wordingById.put(muscle.id(), muscle.name()));
        care.techniques().forEach(technique -> wordingById.put(technique.id(), technique.name()));
        care.stretches().forEach(stretch -> wordingById.put(stretch.id(), stretch.name()));
        Stream.of(care.coldAcute(), care.heatBefore(), care.coldAfter())
                .forEach(thermal -> wordingById.put(thermal.id(), thermal.name()));
        Stream.of(
                        Stream.of(
                                care.pressure(),
                                care.stretchCaution(),
                                care.alternating(),
                                care.noSelfMassage(),
                                care.noPressureOnLump(),
                                care.acuteNoMassage(),
                                care.severePainNoMassage(),
                                care.gentleDose()),
                        care.aftercare().stream(),
                        care.aftercareGentle().stream())
                .flatMap(advice -> advice)
                .forEach(advice -> wordingById.put(advice.id(), advice.text()));
        care.stopSigns().forEach(sign -> wordingById.put(sign.id(), sign.text()));
        care.habits().forEach(habit -> wordingById.put(habit.id(), habit.text()));
        return wordingById.entrySet().stream()
                .filter(id -> id.getKey().contains("-"))
                .filter(
                        id ->
                                !id.getValue()
                                        .toLowerCase(Locale.ROOT)
                                        .contains(id.getKey().toLowerCase(Locale.ROOT)))
                .map(id -> id.getKey().toLowerCase(Locale.ROOT))
                .filter(id -> !ORDINARY_WORDS.contains(id))
                .toList();
    }

    /** The constant's {@code code()}, where its enum has one (not all say {@link Coded}). */
    private static Optional<String> code(Enum<?> constant) {
        try {
            return Optional.of(
                    String.valueOf(
                            constant.getDeclaringClass().getMethod("code").invoke(constant)));
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
