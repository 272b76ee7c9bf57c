package dev.unknot.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.unknot.intake.ArbitraryIntakes;
import dev.unknot.intake.Intake;
import dev.unknot.knowledge.KnowledgeBase;
import java.io.IOException;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The API's compact answer, with its parts copied from the cache, says exactly what the pretty one
 * says.
 */
class AssessmentJsonProperties {
    private static final KnowledgeBase KNOWLEDGE = KnowledgeBase.load();
    private static final Assessor ASSESSOR = new Assessor(KNOWLEDGE);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One writer for every try, so that later tries copy the parts that earlier ones cached. */
    private static final AssessmentJson WRITER =
            new AssessmentJson(
                    KNOWLEDGE, new Interview(KNOWLEDGE, new Assessor(KNOWLEDGE).triage()));

    @Provide
    Arbitrary<Intake> intakes() {
        return ArbitraryIntakes.intakes();
    }

    @Property(tries = 500)
    void compactAnswerHasTheSameContentAsThePrettyOne(@ForAll("intakes") Intake intake)
            throws IOException {
        Assessment assessment = ASSESSOR.assess(intake);

        byte[] first = WRITER.compact(assessment, Optional.empty());
        byte[] again = WRITER.compact(assessment, Optional.empty());
        String fresh =
                new AssessmentJson(
                                KNOWLEDGE,
                                new Interview(KNOWLEDGE, new Assessor(KNOWLEDGE).triage()))
                        .write(assessment);

        assertThat(MAPPER.readTree(first)).isEqualTo(MAPPER.readTree(fresh));
        assertThat(again).isEqualTo(first);
    }
}
