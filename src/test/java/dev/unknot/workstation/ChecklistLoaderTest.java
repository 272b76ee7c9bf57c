package dev.unknot.workstation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unknot.knowledge.KnowledgeBase;
import dev.unknot.knowledge.KnowledgeException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ChecklistLoaderTest {
    static final KnowledgeBase KNOWLEDGE = ChecklistTest.KNOWLEDGE;

    private static final String VALID =
            """
            scoring:
              bands:
                - {from: 0, to: 99, name: some changes}
                - {from: 100, to: 100, name: well set up}
            groups:
              - id: chair
                title: Chair
                items:
                  - id: chair-back
                    name: back support
                    question: "Does the chair support your lower back?"
                    weight: 3
                    change: "Adjust the backrest."
                    sources: [hse-dse]
                    habits: [workstation]
                  - id: breaks
                    name: breaks
                    question: "How often do you get up?"
                    weight: 2
                    choices:
                      - {key: hourly, label: "Every hour", credit: 100}
                      - {key: rarely, label: "Rarely", credit: 0}
                      - {key: never-sit, label: "I stand all day", notApplicable: true}
                    change: "Get up every hour."
                    sources: [osha-etool, "004"]
                    habits: [sitting-breaks]
            """;

    private static Checklist load(String yaml) {
        return new ChecklistLoader(
                        () -> new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)),
                        KNOWLEDGE)
                .load();
    }

    @Test
    void aValidFileLoadsWithNotSureAddedToEveryItem() {
        Checklist checklist = load(VALID);

        assertThat(checklist.items()).extracting(Item::id).containsExactly("chair-back", "breaks");
        assertThat(checklist.items().get(0).choices())
                .extracting(Choice::key)
                .containsExactly("yes", "no", "not-sure");
        assertThat(checklist.items().get(1).choices())
                .extracting(Choice::kind)
                .containsExactly(
                        Choice.Kind.CREDIT,
                        Choice.Kind.CREDIT,
                        Choice.Kind.NOT_APPLICABLE,
                        Choice.Kind.NOT_SURE);
        assertThat(checklist.items().get(0).group()).isEqualTo("Chair");
    }

    @Test
    void anUnknownSourceIsRefusedNamingTheItemAndTheSource() {
        assertThatThrownBy(() -> load(VALID.replace("[hse-dse]", "[hse-dse, made-up]")))
                .isInstanceOf(KnowledgeException.class)
                .hasMessage(
                        "knowledge/workstation.yaml, item chair-back: 'sources' names an unknown source 'made-up' (not in sources.yaml)");
    }

    @Test
    void aDuplicateIdIsRefused() {
        assertThatThrownBy(() -> load(VALID.replace("id: breaks", "id: chair-back")))
                .isInstanceOf(KnowledgeException.class)
                .hasMessage("knowledge/workstation.yaml, item chair-back: duplicate id");
    }

    @Test
    void aMissingChangeIsRefused() {
        assertThatThrownBy(() -> load(VALID.replace("change: \"Adjust the backrest.\"", "")))
                .isInstanceOf(KnowledgeException.class)
                .hasMessage("knowledge/workstation.yaml, item chair-back: missing 'change'");
    }

    @Test
    void aWeightOutsideOneToThreeIsRefused() {
        assertThatThrownBy(() -> load(VALID.replace("weight: 3", "weight: 5")))
                .isInstanceOf(KnowledgeException.class)
                .hasMessage(
                        "knowledge/workstation.yaml, item chair-back: 'weight' must be a whole number from 1 to 3, was 5");
        assertThatThrownBy(() -> load(VALID.replace("weight: 3", "weight: heavy")))
                .isInstanceOf(KnowledgeException.class)
                .hasMessage(
                        "knowledge/workstation.yaml, item chair-back: 'weight' must be a whole number");
    }

    @Test
    void anUnknownHabitIsRefused() {
        assertThatThrownBy(() -> load(VALID.replace("[workstation]", "[yoga]")))
                .isInstanceOf(KnowledgeException.class)
                .hasMessage(
                        "knowledge/workstation.yaml, item chair-back: 'habits' names an unknown habit 'yoga' (not in care.yaml)");
    }

    @Test
    void choicesNeedOneEarningTheFullWeightAndNoReservedKey() {
        assertThatThrownBy(() -> load(VALID.replace("credit: 100", "credit: 90")))
                .isInstanceOf(KnowledgeException.class)
                .hasMessage(
                        "knowledge/workstation.yaml, item breaks: 'choices' needs at least two answers, one of them with credit 100");
        assertThatThrownBy(() -> load(VALID.replace("key: rarely", "key: not-sure")))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("choice key 'not-sure' is repeated, reserved");
    }

    @Test
    void bandsMustCoverZeroToOneHundred() {
        assertThatThrownBy(
                        () ->
                                load(
                                        VALID.replace(
                                                "{from: 100, to: 100",
                                                "{from: 100, to: 100}\n                - {from: 101, to: 101")))
                .isInstanceOf(KnowledgeException.class);
        assertThatThrownBy(() -> load(VALID.replace("to: 99", "to: 98")))
                .isInstanceOf(KnowledgeException.class)
                .hasMessage(
                        "knowledge/workstation.yaml, scoring: band 'well set up' must start at 99 and not end before it");
    }
}
