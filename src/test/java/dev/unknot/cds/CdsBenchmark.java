package dev.unknot.cds;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.unknot.cds.CdsFixtures.Pain;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code patient-view} call over HTTP on loopback with full prefetch (Patient, 28 days of NPRS
 * observations, an intake QuestionnaireResponse) against a real server built through {@code App},
 * each call with its own token signed beforehand (RS384, unique jti): the token check with its jti
 * claim in H2, FHIR parsing, the rules and the cards. Sequential calls; p50/p95/p99 after a
 * warm-up. Writes the request and answer it timed, and the discovery document, to {@code
 * target/cds-example/} for the docs. {@code java ... CdsBenchmark [runs] [warmup]}.
 */
public final class CdsBenchmark {
    private CdsBenchmark() {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        try (CdsServer cds = new CdsServer("cds-bench")) {
            cds.app
                    .database(Optional.empty())
                    .inTransaction(tx -> tx.people().findOrCreate("alex", Instant.now()));
            List<Pain> diary = new ArrayList<>();
            for (int day = 27; day >= 0; day--) {
                diary.add(new Pain(day, 6 - day / 7));
            }
            ObjectNode request =
                    CdsFixtures.request(
                            "example-patient",
                            Optional.of("alex"),
                            Optional.of(CdsFixtures.intake(Map.of("flags.nightPain", true))),
                            diary);
            String body = request.toString();
            List<String> tokens = new ArrayList<>();
            for (int i = 0; i < runs + warmup; i++) {
                tokens.add(
                        cds.token(
                                CdsServer.SERVICE,
                                claims ->
                                        claims.expirationTime(
                                                java.util.Date.from(
                                                        Instant.now().plusSeconds(3600)))));
            }
            long[] nanos = new long[runs];
            HttpResponse<String> last = null;
            for (int i = 0; i < runs + warmup; i++) {
                long start = System.nanoTime();
                last = cds.post(CdsServer.SERVICE, body, Optional.of(tokens.get(i)));
                long took = System.nanoTime() - start;
                if (last.statusCode() != 200) {
                    throw new IllegalStateException(last.statusCode() + " " + last.body());
                }
                if (i >= warmup) {
                    nanos[i - warmup] = took;
                }
            }
            Arrays.sort(nanos);
            System.out.printf(
                    "cds patient-view over HTTP, %d prefetch bytes, %d calls after %d warm-up: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                    body.length(),
                    runs,
                    warmup,
                    percentile(nanos, 50),
                    percentile(nanos, 95),
                    percentile(nanos, 99),
                    nanos[runs - 1] / 1e6);
            Path out = Path.of("target", "cds-example");
            Files.createDirectories(out);
            Files.writeString(
                    out.resolve("request.json"),
                    CdsFixtures.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(request));
            Files.writeString(
                    out.resolve("response.json"),
                    CdsFixtures.JSON
                            .writerWithDefaultPrettyPrinter()
                            .writeValueAsString(CdsFixtures.JSON.readTree(last.body())));
            Files.writeString(
                    out.resolve("discovery.json"),
                    CdsFixtures.JSON
                            .writerWithDefaultPrettyPrinter()
                            .writeValueAsString(
                                    CdsFixtures.JSON.readTree(cds.get("/cds-services").body())));
        }
    }

    private static double percentile(long[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
