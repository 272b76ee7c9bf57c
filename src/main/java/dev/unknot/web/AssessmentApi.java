package dev.unknot.web;

import dev.unknot.assessment.Assessment;
import dev.unknot.assessment.AssessmentJson;
import dev.unknot.assessment.Assessor;
import dev.unknot.assessment.Interview;
import dev.unknot.assessment.Understood;
import dev.unknot.intake.IntakeJson;
import dev.unknot.intake.InvalidIntakeException;
import dev.unknot.intake.text.FreeText;
import dev.unknot.json.StrictJson;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * The JSON API: an intake (or a free-text description) in, the assessment out, exactly as {@code
 * unknot assess --json} prints it. Anonymous: nothing is stored. Thread-safe.
 */
final class AssessmentApi {
    static final String JSON = "application/json; charset=utf-8";

    private final Assessor assessor;
    private final AssessmentJson output;
    private final IntakeJson intakeJson = new IntakeJson();
    private final FreeText freeText;
    private final Interview interview;

    AssessmentApi(
            Assessor assessor, AssessmentJson output, FreeText freeText, Interview interview) {
        this.assessor = assessor;
        this.output = output;
        this.freeText = freeText;
        this.interview = interview;
    }

    void assess(Context ctx) {
        String body = Bodies.json(ctx);
        Assessment assessment = assessor.assess(intakeJson.read(body));
        ctx.attribute(Operations.DISPOSITION, assessment.triage().disposition().name());
        ctx.contentType(JSON).result(output.compact(assessment, Optional.empty()));
    }

    /**
     * A description in the person's own words: the answers it settles, less those the person says
     * are not what they meant ({@code notMeant}: open again, so asked in full), assessed, with what
     * was understood.
     */
    void assessText(Context ctx) {
        TextRequest request = StrictJson.read(Bodies.json(ctx), TextRequest.class);
        Understood understood =
                interview.understood(freeText.read(request.text()), request.questionsNotMeant());
        Assessment assessment = assessor.assess(understood.reading().intake());
        ctx.attribute(Operations.DISPOSITION, assessment.triage().disposition().name());
        ctx.contentType(JSON).result(output.compact(assessment, Optional.of(understood)));
    }

    /**
     * For the load test only ({@code -Dunknot.bench=true}): reads and parses the body as the real
     * endpoint does, then answers a canned assessment of the example intake, the same bytes the
     * real endpoint gives for it. What is left is the cost of HTTP and JSON alone, the ceiling for
     * {@code POST /api/assessments}.
     */
    io.javalin.http.Handler echo() {
        byte[] canned = output.compact(assessor.assess(intakeJson.read(EXAMPLE)), Optional.empty());
        return ctx -> {
            String body = Bodies.json(ctx);
            if (intakeJson.read(body).answers().isEmpty()) {
                throw new InvalidIntakeException("", "the load test sends the example intake");
            }
            ctx.contentType(JSON).result(canned);
        };
    }

    private static final String EXAMPLE =
            """
            {"age": 38, "onsetDays": 3, "painNow": 5, "regions": ["above-hip"], "side": "right",
             "feel": ["tender-nodule"], "lumpGrowing": false, "spread": "buttock", "causes": ["lifting"],
             "tools": ["tennis-ball", "heating-pad"],
             "flags": {"bladderBowelChange": false, "saddleNumbness": false, "legWeakness": "none",
               "legNumbness": "none", "localNumbness": false, "majorTrauma": false, "fever": false,
               "weightLoss": false, "cancerHistory": false, "nightPain": false, "constantRestPain": false,
               "worseningDespiteCare": false, "swollenLymphNodes": false, "chestPain": false,
               "steroidsOrImmunosuppressed": false, "worseOnCoughSneeze": false, "sexualDysfunction": false}}""";

    static void health(Context ctx) {
        ctx.contentType(JSON).result("{\"status\":\"UP\"}");
    }
}
