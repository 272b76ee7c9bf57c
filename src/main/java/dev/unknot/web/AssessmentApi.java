package dev.unknot.web;

import dev.unknot.assessment.Assessment;
import dev.unknot.assessment.AssessmentJson;
import dev.unknot.assessment.Assessor;
import dev.unknot.intake.IntakeJson;
import dev.unknot.intake.InvalidIntakeException;
import dev.unknot.intake.TextReading;
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

    AssessmentApi(Assessor assessor, AssessmentJson output, FreeText freeText) {
        this.assessor = assessor;
        this.output = output;
        this.freeText = freeText;
    }

    void assess(Context ctx) {
        String body = Bodies.json(ctx);
        Assessment assessment = assessor.assess(intakeJson.read(body));
        ctx.attribute(Operations.DISPOSITION, assessment.triage().disposition().name());
        ctx.contentType(JSON).result(output.compact(assessment, Optional.empty()));
    }

    void assessText(Context ctx) {
        TextReading reading =
                freeText.read(StrictJson.read(Bodies.json(ctx), TextRequest.class).text());
        Assessment assessment = assessor.assess(reading.intake());
        ctx.attribute(Operations.DISPOSITION, assessment.triage().disposition().name());
        ctx.contentType(JSON).result(output.compact(assessment, Optional.of(reading)));
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
