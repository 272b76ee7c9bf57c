package dev.unknot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unknot.intake.Question;
import dev.unknot.intake.Region;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The bundled knowledge loads and validates; a broken file fails naming the file, the entry and the
 * problem.
 */
class KnowledgeBaseTest {

    static final KnowledgeBase KNOWLEDGE = KnowledgeBase.load();

    // --- the real knowledge ---

    @Test
    void realKnowledgeLoadsEveryFile() {
        assertThat(KNOWLEDGE.rules()).hasSize(26);
        assertThat(KNOWLEDGE.sources())
                .extracting(Source::id)
                .contains(
                        "000",
                        "001",
                        "002",
                        "003",
                        "004",
                        "nice-ng59",
                        "nhs-back-pain",
                        "nhs-ces",
                        "girft-ces",
                        "nhs-sprains",
                        "verhagen-2016");
        assertThat(KNOWLEDGE.dispositions()).containsOnlyKeys(Disposition.values());
        assertThat(KNOWLEDGE.regions()).containsOnlyKeys(Region.values());
        assertThat(KNOWLEDGE.disclaimer()).containsIgnoringCase("not a diagnosis");
        assertThat(KNOWLEDGE.questions())
                .extracting(WizardQuestion::question)
                .containsExactlyInAnyOrder(Question.values());
        assertThat(KNOWLEDGE.care().techniques())
                .extracting(Technique::id)
                .containsExactly("foam-roller", "hand-compression", "tennis-ball", "lacrosse-ball");
        assertThat(KNOWLEDGE.care().settings().acuteBeforeDay()).isEqualTo(3);
        assertThat(KNOWLEDGE.care().settings().noPressureMassageFromPain()).isEqualTo(8);
        assertThat(KNOWLEDGE.care().settings().gentleDoseFromPain()).isEqualTo(7);
    }

    @Test
    void loadingTwiceGivesEqualKnowledge() {
        assertThat(KnowledgeBase.load()).isEqualTo(KNOWLEDGE);
    }

    @Test
    void everyEntryCitesAtLeastOneKnownSource() {
        CareKnowledge care = KNOWLEDGE.care();
        List<Cited> entries = new ArrayList<>(KNOWLEDGE.rules());
        entries.addAll(KNOWLEDGE.muscles());
        entries.addAll(KNOWLEDGE.regions().values());
        entries.add(care.settings());
        entries.addAll(care.techniques());
        entries.addAll(care.stretches());
        entries.addAll(
                List.of(
                        care.pressure(),
                        care.stretchCaution(),
                        care.coldAcute(),
                        care.heatBefore(),
                        care.coldAfter(),
                        care.alternating(),
                        care.noSelfMassage(),
                        care.noPressureOnLump(),
                        care.gentleDose()));
        entries.addAll(care.aftercare());
        entries.addAll(care.stopSigns());
        entries.addAll(care.habits());
        entries.addAll(KNOWLEDGE.generalAdvice().entries());

        assertThat(entries)
                .allSatisfy(
                        entry ->
                                assertThat(entry.sources())
                                        .as(String.valueOf(entry))
                                        .isNotEmpty()
                                        .allSatisfy(
                                                id ->
                                                        assertThat(KNOWLEDGE.source(id))
                                                                .as(id)
                                                                .isPresent()));
    }

    @Test
    void everyStretchTechniqueAndHeatOrColdStepHasABundledPictureWithWordsForIt() {
        List<Picture> pictures = new ArrayList<>();
        KNOWLEDGE.care().stretches().forEach(stretch -> pictures.add(stretch.picture()));
        KNOWLEDGE.care().techniques().forEach(technique -> pictures.add(technique.picture()));

        assertThat(pictures).hasSize(8).doesNotHaveDuplicates();
        CareKnowledge care = KNOWLEDGE.care();
        pictures.addAll(
                List.of(
                        care.coldAcute().picture(),
                        care.heatBefore().picture(),
                        care.coldAfter().picture()));
        assertThat(pictures)
                .allSatisfy(
                        picture -> {
                            assertThat(
                                            KnowledgeBaseTest.class.getResource(
                                                    "/knowledge/pictures/" + picture.file()))
                                    .as(picture.file())
                                    .isNotNull();
                            assertThat(picture.alt())
                                    .as(picture.file())
                                    .startsWith("A person")
                                    .doesNotContain("svg", "-");
                        });
    }

    @Test
    void everyPictureIsDrawnInTheSameStyle() {
        List<String> files = new ArrayList<>();
        KNOWLEDGE.care().stretches().forEach(stretch -> files.add(stretch.picture().file()));
        KNOWLEDGE.care().techniques().forEach(technique -> files.add(technique.picture().file()));
        files.add(KNOWLEDGE.care().heatBefore().picture().file());
        files.add(KNOWLEDGE.care().coldAcute().picture().file());

        for (String file : files) {
            assertThat(bundled("pictures/" + file))
                    .as(file)
                    .contains(
                            "viewBox=\"0 0 240 150\"",
                            "role=\"img\"",
                            "<title",
                            "<line x1=\"10\" y1=\"130\" x2=\"230\" y2=\"130\"",
                            "stroke=\"#222222\" stroke-width=\"4\"");
        }
    }

    @Test
    void generalAdviceCoversActivityPainReliefRecoveryAndWhereToGetHelp() {
        GeneralAdvice advice = KNOWLEDGE.generalAdvice();

        assertThat(advice.topics())
                .extracting(AdviceTopic::id)
                .containsExactly("stay-active", "pain-relief", "recovery");
        assertThat(advice.help())
                .extracting(HelpOption::id)
                .containsExactly("pharmacist", "gp", "physiotherapist", "urgent-line", "emergency");
        assertThat(advice.entries())
                .allSatisfy(
                        entry ->
                                assertThat(entry.sources())
                                        .isNotEmpty()
                                        .allSatisfy(
                                                id ->
                                                        assertThat(KNOWLEDGE.source(id))
                                                                .as(id)
                                                                .isPresent()));
    }

    @Test
    void generalAdviceGivesNoDosesAndNoPhoneNumbers() {
        List<String> words = new ArrayList<>();
        KNOWLEDGE.generalAdvice().topics().stream()
                .flatMap(topic -> topic.points().stream())
                .forEach(point -> words.add(point.text()));
        KNOWLEDGE.generalAdvice().help().forEach(option -> words.add(option.who() + option.when()));

        assertThat(words).allSatisfy(text -> assertThat(text).doesNotContainPattern("\\d"));
    }

    @Test
    void everySourceHasAShortTitleAndEveryGuidelineAnAddress() {
        assertThat(KNOWLEDGE.sources())
                .allSatisfy(
                        source -> {
                            assertThat(source.shortTitle()).as(source.id()).isNotBlank();
                            assertThat(source.isSeed() || source.address().isPresent())
                                    .as(source.id())
                                    .isTrue();
                        });
        assertThat(KNOWLEDGE.source("acp-2017")).isPresent();
    }

    @Test
    void everyEmergencyOrUrgentRuleCitesAGuidelineFirst() {
        // R4 (weakness in one leg) waits for a clinician to name its guideline: see rules.yaml.
        List<String> seedFirst =
                KNOWLEDGE.rules().stream()
                        .filter(
                                rule ->
                                        rule.disposition() == Disposition.EMERGENCY
                                                || rule.disposition() == Disposition.URGENT)
                        .filter(rule -> KNOWLEDGE.source(rule.sources().get(0)).get().isSeed())
                        .map(Rule::id)
                        .toList();

        assertThat(seedFirst).containsExactly("R4");
    }

    @Test
    void everyRuleCitesItsGuidelinesBeforeTheSeedArticles() {
        assertThat(KNOWLEDGE.rules())
                .allSatisfy(
                        rule -> {
                            List<Boolean> seeds =
                                    rule.sources().stream()
                                            .map(id -> KNOWLEDGE.source(id).get().isSeed())
                                            .toList();
                            assertThat(seeds)
                                    .as(rule.id() + " " + rule.sources())
                                    .isSortedAccordingTo(Boolean::compare);
                        });
    }

    @Test
    void everySeedSourceNamesItsFile() {
        assertThat(KNOWLEDGE.sources())
                .filteredOn(source -> source.id().matches("\\d{3}"))
                .hasSize(5)
                .allSatisfy(
                        source ->
                                assertThat(source.file())
                                        .startsWith(source.id() + "_")
                                        .endsWith(".txt"));
    }

    @Test
    void ruleLookUpIgnoresCase() {
        assertThat(KNOWLEDGE.rule("r7")).map(Rule::id).contains("R7");
        assertThat(KNOWLEDGE.rule("R99")).isEmpty();
    }

    @Test
    void ruleConditionsReadTheQuestionsOfThePolicy() {
        assertThat(KNOWLEDGE.rule("R8").orElseThrow().when().questions())
                .containsExactlyInAnyOrder(Question.WEIGHT_LOSS, Question.CANCER_HISTORY);
        assertThat(KNOWLEDGE.rule("R18").orElseThrow().when().questions())
                .containsExactlyInAnyOrder(Question.LUMP_GROWING, Question.FEEL);
        assertThat(KNOWLEDGE.rule("R17").orElseThrow().when().describe())
                .isEqualTo("onsetDays is 42 or more");
        assertThat(KNOWLEDGE.rule("R21").orElseThrow().when().describe())
                .isEqualTo("age is below 16");
        assertThat(KNOWLEDGE.rule("R22").orElseThrow().when().describe())
                .isEqualTo("painNow is 8 or more");
    }

    // --- broken knowledge ---

    /** Reads a bundled knowledge file as text. */
    private static String bundled(String file) {
        try (InputStream in = KnowledgeBaseTest.class.getResourceAsStream("/knowledge/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The bundled file with {@code from} (which must occur exactly once) replaced by {@code to}.
     */
    private static String edited(String file, String from, String to) {
        String text = bundled(file);
        int at = text.indexOf(from);
        assertThat(at).as("'%s' in %s", from, file).isNotNegative();
        assertThat(text.indexOf(from, at + 1))
                .as("'%s' occurs once in %s", from, file)
                .isNegative();
        return text.substring(0, at) + to + text.substring(at + from.length());
    }

    /**
     * Loads the bundled knowledge with some files replaced ({@code null} content: the file is
     * missing).
     */
    private static KnowledgeBase loadWith(Map<String, String> replaced) {
        return new KnowledgeLoader(
                        name -> {
                            if (replaced.containsKey(name)) {
                                String text = replaced.get(name);
                                return text == null
                                        ? null
                                        : new ByteArrayInputStream(
                                                text.getBytes(StandardCharsets.UTF_8));
                            }
                            return KnowledgeBaseTest.class.getResourceAsStream(
                                    "/knowledge/" + name);
                        })
                .load();
    }

    private static KnowledgeBase loadWith(String file, String text) {
        Map<String, String> replaced = new HashMap<>();
        replaced.put(file, text);
        return loadWith(replaced);
    }

    @Test
    void theLoaderReadsTheBundledFilesUnchanged() {
        Map<String, String> same =
                KnowledgeLoader.FILES.stream()
                        .collect(Collectors.toMap(file -> file, KnowledgeBaseTest::bundled));

        assertThat(loadWith(same)).isEqualTo(KNOWLEDGE);
    }

    @Test
    void ruleCitingAnUnknownSourceFailsNamingFileRuleAndSource() {
        String rules =
                edited(
                        "rules.yaml",
                        "    sources: [nhs-back-pain, verhagen-2016, \"000\", \"004\"]\n  - id: R8",
                        "    sources: [\"000\", \"045\"]\n  - id: R8");

        assertThatThrownBy(() -> loadWith("rules.yaml", rules))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageStartingWith("knowledge/rules.yaml, rule R7: ")
                .hasMessageContaining("unknown source '045'");
    }

    @Test
    void ruleCitingNoSourceFails() {
        String rules =
                edited(
                        "rules.yaml",
                        "    sources: [nhs-back-pain, verhagen-2016, \"000\", \"004\"]\n  - id: R8",
                        "    sources: []\n  - id: R8");

        assertThatThrownBy(() -> loadWith("rules.yaml", rules))
                .isInstanceOf(KnowledgeException.class)
                .hasMessage("knowledge/rules.yaml, rule R7: cites no source");
    }

    @Test
    void ruleWithAnUnknownDispositionFailsNamingIt() {
        String rules =
                edited(
                        "rules.yaml",
                        "disposition: URGENT\n    concern: an infection",
                        "disposition: SOON\n    concern: an infection");

        assertThatThrownBy(() -> loadWith("rules.yaml", rules))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageStartingWith("knowledge/rules.yaml, rule R7: ")
                .hasMessageContaining("'SOON' is not one of")
                .hasMessageContaining("EMERGENCY");
    }

    @Test
    void conditionNamingAnUnknownFieldFails() {
        String rules =
                edited(
                        "rules.yaml",
                        "{question: flags.fever, is: true}",
                        "{question: flags.feverish, is: true}");

        assertThatThrownBy(() -> loadWith("rules.yaml", rules))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageStartingWith("knowledge/rules.yaml, rule R7: ")
                .hasMessageContaining("unknown question 'flags.feverish'");
    }

    @Test
    void conditionNamingAnUnknownValueFailsListingTheAllowedOnes() {
        String rules =
                edited(
                        "rules.yaml",
                        "{question: flags.legWeakness, is: one-leg}",
                        "{question: flags.legWeakness, is: one-arm}");

        assertThatThrownBy(() -> loadWith("rules.yaml", rules))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageStartingWith("knowledge/rules.yaml, rule R4: ")
                .hasMessageContaining("'one-arm' is not a value of flags.legWeakness")
                .hasMessageContaining("none, one-leg, both-legs, progressive");
    }

    @Test
    void conditionWithAValueOfTheWrongTypeFails() {
        String rules =
                edited(
                        "rules.yaml",
                        "{question: flags.fever, is: true}",
                        "{question: flags.fever, is: yes-please}");

        assertThatThrownBy(() -> loadWith("rules.yaml", rules))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageStartingWith("knowledge/rules.yaml, rule R7: ")
                .hasMessageContaining("flags.fever")
                .hasMessageContaining("true or false");
    }

    @Test
    void conditionWithAnUnknownListMemberFails() {
        String rules =
                edited(
                        "rules.yaml",
                        "{question: feel, has: soft-movable-lump}",
                        "{question: feel, has: squishy}");

        assertThatThrownBy(() -> loadWith("rules.yaml", rules))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageStartingWith("knowledge/rules.yaml, rule R19: ")
                .hasMessageContaining("'squishy' is not a value of feel");
    }

    @Test
    void numberConditionOnANonNumberFails() {
        String rules =
                edited("rules.yaml", "{question: age, below: 16}", "{question: side, below: 16}");

        assertThatThrownBy(() -> loadWith("rules.yaml", rules))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageStartingWith("knowledge/rules.yaml, rule R21: ")
                .hasMessageContaining("side is not a number");
    }

    @Test
    void ruleWithAnUnknownPlanLimitFails() {
        String rules =
                edited(
                        "rules.yaml",
                        "    planLimit: no-pressure-on-lump\n    sources: [\"003\"]\n  - id: R21",
                        "    planLimit: no-stretching\n    sources: [\"003\"]\n  - id: R21");

        assertThatThrownBy(() -> loadWith("rules.yaml", rules))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageStartingWith("knowledge/rules.yaml, rule R20: ")
                .hasMessageContaining("planLimit 'no-stretching'");
    }

    @Test
    void duplicateRuleIdFails() {
        String rules = edited("rules.yaml", "  - id: R24\n", "  - id: R23\n");

        assertThatThrownBy(() -> loadWith("rules.yaml", rules))
                .isInstanceOf(KnowledgeException.class)
                .hasMessage("knowledge/rules.yaml, rule R23: duplicate id");
    }

    @Test
    void techniqueWithMinAboveMaxFails() {
        String care =
                edited(
                        "care.yaml",
                        "{kind: hold, min: 30, max: 90, unit: seconds}",
                        "{kind: hold, min: 90, max: 30, unit: seconds}");

        assertThatThrownBy(() -> loadWith("care.yaml", care))
                .isInstanceOf(KnowledgeException.class)
                .hasMessage(
                        "knowledge/care.yaml, technique hand-compression: dose needs 0 < min <= max, was 90-30");
    }

    @Test
    void techniqueWithAZeroDoseFails() {
        String care =
                edited(
                        "care.yaml",
                        "{kind: hold, min: 30, max: 90, unit: seconds}",
                        "{kind: hold, min: 0, max: 90, unit: seconds}");

        assertThatThrownBy(() -> loadWith("care.yaml", care))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageStartingWith("knowledge/care.yaml, technique hand-compression: ")
                .hasMessageContaining("0 < min <= max");
    }

    @Test
    void techniqueWithAnUnknownDoseKindFails() {
        String care =
                edited(
                        "care.yaml",
                        "{kind: hold, min: 30, max: 90, unit: seconds}",
                        "{kind: hours, min: 30, max: 90}");

        assertThatThrownBy(() -> loadWith("care.yaml", care))
                .isInstanceOf(KnowledgeException.class)
                .hasMessage(
                        "knowledge/care.yaml, technique hand-compression: dose kind 'hours' is not one of hold, reps, minutes");
    }

    @Test
    void techniqueWithANonNumericDoseFails() {
        String care =
                edited(
                        "care.yaml",
                        "{kind: hold, min: 30, max: 90, unit: seconds}",
                        "{kind: hold, min: thirty, max: 90}");

        assertThatThrownBy(() -> loadWith("care.yaml", care))
                .isInstanceOf(KnowledgeException.class)
                .hasMessage(
                        "knowledge/care.yaml, technique hand-compression: 'min' must be a whole number");
    }

    @Test
    void stretchWithAnInvalidDoseFails() {
        String care =
                edited(
                        "care.yaml",
                        "{kind: reps, min: 10, max: 15, unit: repetitions}",
                        "{kind: reps, min: 15, max: 10}");

        assertThatThrownBy(() -> loadWith("care.yaml", care))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageStartingWith("knowledge/care.yaml, stretch cat-cow: ");
    }

    @Test
    void techniqueForAnUnknownToolFails() {
        String care = edited("care.yaml", "    tool: tennis-ball\n", "    tool: golf-ball\n");

        assertThatThrownBy(() -> loadWith("care.yaml", care))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageStartingWith("knowledge/care.yaml, technique tennis-ball: ")
                .hasMessageContaining("'golf-ball' is not one of");
    }

    @Test
    void habitCitingAnUnknownSourceFails() {
        String care =
                edited(
                        "care.yaml",
                        "forCauses: [stress]\n    sources: [\"003\", \"002\", \"000\", \"001\"]",
                        "forCauses: [stress]\n    sources: [\"003\", \"blog\"]");

        assertThatThrownBy(() -> loadWith("care.yaml", care))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageStartingWith("knowledge/care.yaml, habit breathing: ")
                .hasMessageContaining("unknown source 'blog'");
    }

    @Test
    void regionWithAnUnknownMuscleFails() {
        String muscles =
                edited(
                        "muscles.yaml",
                        "muscles: [quadratus-lumborum]\n",
                        "muscles: [latissimus-dorsi]\n");

        assertThatThrownBy(() -> loadWith("muscles.yaml", muscles))
                .isInstanceOf(KnowledgeException.class)
                .hasMessage(
                        "knowledge/muscles.yaml, region flank: unknown muscle 'latissimus-dorsi'");
    }

    @Test
    void muscleCitingAnUnknownSourceFailsNamingTheMuscle() {
        String muscles =
                edited(
                        "muscles.yaml",
                        "    sources: [\"004\"]\n  - id: quadratus-lumborum",
                        "    sources: [\"404\"]\n  - id: quadratus-lumborum");

        assertThatThrownBy(() -> loadWith("muscles.yaml", muscles))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageStartingWith("knowledge/muscles.yaml, muscle multifidus: ")
                .hasMessageContaining("unknown source '404'");
    }

    @Test
    void regionCitingNoSourceFailsNamingTheRegion() {
        String muscles =
                edited(
                        "muscles.yaml",
                        "quadratus lumborum lies.\"\n    sources: [\"004\"]",
                        "quadratus lumborum lies.\"\n    sources: []");

        assertThatThrownBy(() -> loadWith("muscles.yaml", muscles))
                .isInstanceOf(KnowledgeException.class)
                .hasMessage("knowledge/muscles.yaml, region flank: cites no source");
    }

    @Test
    void inConditionThatIsNotAListFails() {
        String rules =
                edited(
                        "rules.yaml",
                        "{question: flags.legWeakness, in: [both-legs, progressive]}",
                        "{question: flags.legWeakness, in: both-legs}");

        assertThatThrownBy(() -> loadWith("rules.yaml", rules))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageStartingWith("knowledge/rules.yaml, rule R3: ")
                .hasMessageContaining("'in'");
    }

    @Test
    void emptyInConditionFails() {
        String rules =
                edited(
                        "rules.yaml",
                        "{question: flags.legWeakness, in: [both-legs, progressive]}",
                        "{question: flags.legWeakness, in: []}");

        assertThatThrownBy(() -> loadWith("rules.yaml", rules))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageStartingWith("knowledge/rules.yaml, rule R3: ")
                .hasMessageContaining("'in'");
    }

    @Test
    void emptyAllConditionFails() {
        String rules =
                edited(
                        "rules.yaml",
                        """
                    when:
                      all:
                        - {question: flags.weightLoss, is: true}
                        - {question: flags.cancerHistory, is: true}
                """,
                        """
                    when:
                      all: []
                """);

        assertThatThrownBy(() -> loadWith("rules.yaml", rules))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageStartingWith("knowledge/rules.yaml, rule R8: ")
                .hasMessageContaining("'all'");
    }

    @Test
    void conditionWithoutATestFails() {
        String rules =
                edited(
                        "rules.yaml",
                        "{question: flags.fever, is: true}",
                        "{question: flags.fever}");

        assertThatThrownBy(() -> loadWith("rules.yaml", rules))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageStartingWith("knowledge/rules.yaml, rule R7: ")
                .hasMessageContaining("a condition needs one of");
    }

    @Test
    void ruleCannotLeadToSelfCareOrIncomplete() {
        for (String disposition : List.of("SELF_CARE", "INCOMPLETE")) {
            String rules =
                    edited(
                            "rules.yaml",
                            "disposition: URGENT\n    concern: an infection",
                            "disposition: " + disposition + "\n    concern: an infection");

            assertThatThrownBy(() -> loadWith("rules.yaml", rules))
                    .isInstanceOf(KnowledgeException.class)
                    .hasMessageStartingWith("knowledge/rules.yaml, rule R7: ")
                    .hasMessageContaining(disposition);
        }
    }

    @Test
    void techniqueForAnUnknownMuscleFails() {
        String care =
                edited(
                        "care.yaml",
                        "target: [quadratus-lumborum, gluteus-medius]\n    use: \"the quadratus",
                        "target: [quadratus-lumborum, piriformis]\n    use: \"the quadratus");

        assertThatThrownBy(() -> loadWith("care.yaml", care))
                .isInstanceOf(KnowledgeException.class)
                .hasMessage(
                        "knowledge/care.yaml, technique tennis-ball: unknown target muscle 'piriformis'");
    }

    @Test
    void stopSignForAQuestionThatIsNotASafetyQuestionFails() {
        String care = edited("care.yaml", "questions: [flags.fever]", "questions: [painNow]");

        assertThatThrownBy(() -> loadWith("care.yaml", care))
                .isInstanceOf(KnowledgeException.class)
                .hasMessage(
                        "knowledge/care.yaml, stop sign fever: 'painNow' is not a safety question");
    }

    @Test
    void habitForAnUnknownCauseFails() {
        String care = edited("care.yaml", "forCauses: [stress]", "forCauses: [worry]");

        assertThatThrownBy(() -> loadWith("care.yaml", care))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageStartingWith("knowledge/care.yaml, habit breathing: ")
                .hasMessageContaining("'worry' is not one of");
    }

    @Test
    void wizardQuestionMissingAChoiceFails() {
        String questions = edited("questions.yaml", "      center: \"in the middle\"\n", "");

        assertThatThrownBy(() -> loadWith("questions.yaml", questions))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageStartingWith("knowledge/questions.yaml, question side: ")
                .hasMessageContaining("center");
    }

    @Test
    void everyAnswerOfEveryQuestionHasPlainWords() {
        for (WizardQuestion question : KNOWLEDGE.questions()) {
            for (Object value : everyKindOfAnswer(question.question().type())) {
                String said = question.said(value);
                assertThat(said)
                        .as("%s = %s", question.question().path(), value)
                        .isNotBlank()
                        .doesNotContain("{}", "flags.");
            }
        }
    }

    @Test
    void plainWordsReadAsAPersonWouldSayThem() {
        assertThat(said(Question.FEVER, false)).isEqualTo("no fever or chills");
        assertThat(said(Question.FEVER, true)).isEqualTo("fever or chills");
        assertThat(said(Question.LEG_NUMBNESS, dev.unknot.intake.LegNumbness.BOTH_LEGS))
                .isEqualTo("numbness or tingling in both legs");
        assertThat(said(Question.AGE, 45)).isEqualTo("age 45");
        assertThat(said(Question.PAIN_NOW, 6)).isEqualTo("pain 6 out of 10");
        assertThat(said(Question.ONSET_DAYS, 3)).isEqualTo("started 3 days ago");
        assertThat(said(Question.ONSET_DAYS, 0)).isEqualTo("started today");
        assertThat(said(Question.ONSET_DAYS, 1)).isEqualTo("started yesterday");
        assertThat(said(Question.REGIONS, java.util.Set.of(Region.ABOVE_HIP, Region.BESIDE_SPINE)))
                .isEqualTo("a knot close beside the spine and just above the hip bone");
        assertThat(
                        said(
                                Question.TOOLS,
                                java.util.Set.of(
                                        dev.unknot.intake.Tool.HANDS,
                                        dev.unknot.intake.Tool.TENNIS_BALL,
                                        dev.unknot.intake.Tool.HEATING_PAD)))
                .isEqualTo("at hand: your hands, a tennis ball and a heating pad");
        assertThat(said(Question.FEEL, java.util.Set.of()))
                .isEqualTo("no bump, band or lump to feel");
    }

    private static String said(Question question, Object value) {
        return KNOWLEDGE.questions().stream()
                .filter(wording -> wording.question() == question)
                .findFirst()
                .orElseThrow()
                .said(value);
    }

    /**
     * Answers of every shape a question of {@code type} takes: yes and no, every code, the
     * smallest, largest and some numbers between, each code alone, none, and two together.
     */
    private static List<Object> everyKindOfAnswer(dev.unknot.intake.AnswerType type) {
        List<Object> values = new ArrayList<>();
        if (type instanceof dev.unknot.intake.AnswerType.YesNo) {
            values.add(true);
            values.add(false);
        } else if (type instanceof dev.unknot.intake.AnswerType.Whole whole) {
            for (int number : new int[] {whole.min(), whole.min() + 1, 2, 7, whole.max()}) {
                if (number >= whole.min() && number <= whole.max()) {
                    values.add(number);
                }
            }
        } else if (type instanceof dev.unknot.intake.AnswerType.OneOf<?> oneOf) {
            oneOf.codes().forEach(code -> values.add(oneOf.parse(code).orElseThrow()));
        } else if (type instanceof dev.unknot.intake.AnswerType.SomeOf<?> someOf) {
            List<Object> members = new ArrayList<>();
            someOf.codes().forEach(code -> members.add(someOf.parse(code).orElseThrow()));
            members.forEach(member -> values.add(java.util.Set.of(member)));
            values.add(java.util.Set.copyOf(members.subList(0, 2)));
            if (someOf.minSize() == 0) {
                values.add(java.util.Set.of());
            }
        }
        return values;
    }

    @Test
    void aQuestionWithoutItsPlainWordsFails() {
        String questions =
                edited(
                        "questions.yaml",
                        "    said: {yes: \"chest pain\", no: \"no chest pain\"}\n",
                        "");

        assertThatThrownBy(() -> loadWith("questions.yaml", questions))
                .isInstanceOf(KnowledgeException.class)
                .hasMessage("knowledge/questions.yaml, question flags.chestPain: missing 'said'");
    }

    @Test
    void aYesNoQuestionNeedsWordsForYesAndForNo() {
        String questions =
                edited(
                        "questions.yaml",
                        "    said: {yes: \"chest pain\", no: \"no chest pain\"}\n",
                        "    said: {yes: \"chest pain\"}\n");

        assertThatThrownBy(() -> loadWith("questions.yaml", questions))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageStartingWith("knowledge/questions.yaml, question flags.chestPain: ")
                .hasMessageContaining("said must name exactly [yes, no]");
    }

    @Test
    void aGradedQuestionNeedsWordsForEveryGrade() {
        String questions =
                edited(
                        "questions.yaml",
                        "      both-legs: \"numbness or tingling in both legs\"\n",
                        "");

        assertThatThrownBy(() -> loadWith("questions.yaml", questions))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageStartingWith("knowledge/questions.yaml, question flags.legNumbness: ")
                .hasMessageContaining("both-legs");
    }

    @Test
    void aNumbersWordsMustSayWhereTheNumberGoes() {
        String questions =
                edited(
                        "questions.yaml",
                        "    said: {number: \"age {}\"}\n",
                        "    said: {number: \"age\"}\n");

        assertThatThrownBy(() -> loadWith("questions.yaml", questions))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageStartingWith("knowledge/questions.yaml, question age: ")
                .hasMessageContaining("{} where the answer goes");
    }

    @Test
    void aNumberOfItsOwnMustBeInRange() {
        String questions =
                edited(
                        "questions.yaml",
                        "    said: {number: \"pain {} out of 10\"}\n",
                        "    said: {number: \"pain {} out of 10\", \"11\": \"off the scale\"}\n");

        assertThatThrownBy(() -> loadWith("questions.yaml", questions))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("said.11 must be 'number' or a number from 0 to 10");
    }

    @Test
    void severalAnswersNeedWordsForNoneOnlyWhenNoneIsAnAnswer() {
        String regions =
                edited(
                        "questions.yaml",
                        "    said: {some: \"a knot {}\"}\n",
                        "    said: {some: \"a knot {}\", none: \"no knot\"}\n");
        String feel = edited("questions.yaml", ", none: \"no bump, band or lump to feel\"}", "}");

        assertThatThrownBy(() -> loadWith("questions.yaml", regions))
                .hasMessageContaining("question regions: said cannot have 'none'");
        assertThatThrownBy(() -> loadWith("questions.yaml", feel))
                .hasMessageContaining("question feel: said must have 'none'");
    }

    @Test
    void malformedYamlFailsNamingTheFile() {
        String rules = bundled("rules.yaml").replace("  - id: R3\n", "  - id: [R3\n");

        assertThatThrownBy(() -> loadWith("rules.yaml", rules))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageStartingWith("knowledge/rules.yaml: cannot be read")
                .hasMessageContaining("line");
    }

    @Test
    void fileThatIsNotAMappingFails() {
        assertThatThrownBy(() -> loadWith("sources.yaml", "- just\n- a list\n"))
                .isInstanceOf(KnowledgeException.class)
                .hasMessage("knowledge/sources.yaml: must hold a mapping");
    }

    @Test
    void stretchWithoutAPictureFails() {
        String care =
                edited(
                        "care.yaml",
                        "    picture:\n      file: cat-cow.svg\n",
                        "    pictureX:\n      file: cat-cow.svg\n");

        assertThatThrownBy(() -> loadWith("care.yaml", care))
                .isInstanceOf(KnowledgeException.class)
                .hasMessage("knowledge/care.yaml, stretch cat-cow: missing 'picture'");
    }

    @Test
    void pictureThatIsNotBundledFailsNamingIt() {
        String care = edited("care.yaml", "file: pelvic-tilt.svg", "file: pelvic-tilts.svg");

        assertThatThrownBy(() -> loadWith("care.yaml", care))
                .isInstanceOf(KnowledgeException.class)
                .hasMessage(
                        "knowledge/care.yaml, stretch pelvic-tilt: picture 'pelvic-tilts.svg' is not in knowledge/pictures/");
    }

    @Test
    void pictureOutsideThePicturesFolderFails() {
        String care = edited("care.yaml", "file: tennis-ball.svg", "file: ../sources.yaml");

        assertThatThrownBy(() -> loadWith("care.yaml", care))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageStartingWith("knowledge/care.yaml, technique tennis-ball: ")
                .hasMessageContaining("../sources.yaml");
    }

    @Test
    void generalAdviceCitingAnUnknownSourceFailsNamingThePoint() {
        String advice =
                edited(
                        "general-advice.yaml",
                        "        sources: [nice-ng59]\n",
                        "        sources: [nice-ng95]\n");

        assertThatThrownBy(() -> loadWith("general-advice.yaml", advice))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageStartingWith(
                        "knowledge/general-advice.yaml, point not-paracetamol-alone: ")
                .hasMessageContaining("unknown source 'nice-ng95'");
    }

    @Test
    void placeToGetHelpCitingNoSourceFails() {
        String advice =
                edited(
                        "general-advice.yaml",
                        "    sources: [nhs-back-pain, nhs-ces]\n",
                        "    sources: []\n");

        assertThatThrownBy(() -> loadWith("general-advice.yaml", advice))
                .isInstanceOf(KnowledgeException.class)
                .hasMessage("knowledge/general-advice.yaml, help emergency: cites no source");
    }

    @Test
    void missingFileFailsNamingIt() {
        assertThatThrownBy(() -> loadWith("muscles.yaml", null))
                .isInstanceOf(KnowledgeException.class)
                .hasMessage("knowledge/muscles.yaml: file not found");
    }

    @Test
    void missingEntryFieldFailsNamingTheField() {
        String rules =
                edited(
                        "rules.yaml",
                        "    advice: \"Back pain with fever or chills can come from an infection. A doctor should see you today.\"\n",
                        "");

        assertThatThrownBy(() -> loadWith("rules.yaml", rules))
                .isInstanceOf(KnowledgeException.class)
                .hasMessage("knowledge/rules.yaml, rule R7: missing 'advice'");
    }

    @Test
    void missingDispositionTextFails() {
        String dispositions =
                edited("dispositions.yaml", "  - id: INCOMPLETE\n", "  - id: SELF_CARE\n");

        assertThatThrownBy(() -> loadWith("dispositions.yaml", dispositions))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageStartingWith("knowledge/dispositions.yaml")
                .hasMessageContaining("no text for disposition INCOMPLETE");
    }
}
