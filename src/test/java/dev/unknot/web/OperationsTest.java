package dev.unknot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class OperationsTest {

    @Test
    void metricsCountRequestsByRoutePatternAndAssessmentsByDisposition() throws Exception {
        try (WebClient web = new WebClient()) {
            web.postJson("/api/assessments", dev.unknot.intake.TestIntakes.EXAMPLE_JSON);
            web.get("/api/diary/12345");
            web.get("/no/such/page/for/alice");

            HttpResponse<String> metrics = web.get("/metrics");

            assertThat(metrics.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
            assertThat(metrics.body()).contains("http_server_requests_seconds_count{method=\"POST\",route=\"/api/assessments\",status=\"200\"} 1",
                    "route=\"/api/diary/{id}\",status=\"401\"", "route=\"unmatched\"",
                    "unknot_assessments_total{disposition=\"SELF_CARE\"} 1", "jvm_memory_used_bytes")
                    .doesNotContain("12345", "alice");
        }
    }

    @Test
    void theAccessLogHasOneJsonLinePerRequestAndNothingPersonal() {
        List<String> lines = new CopyOnWriteArrayList<>();
        try (WebClient web = new WebClient(lines::add)) {
            web.signUp("alice.private");
            web.sendJson("POST", "/api/diary", "{\"pain\":5,\"note\":\"my name is Alice Smith\"}");
            web.postForm("/text", Map.of("text", "my name is Alice Smith and my bladder is fine"));
            web.get("/sources?q=alice+smith");
            web.get("/api/diary/777");
        }

        assertThat(lines).hasSizeGreaterThanOrEqualTo(5).allSatisfy(line -> assertThat(line)
                .startsWith("{\"time\":\"").contains("\"method\":", "\"route\":", "\"status\":", "\"ms\":")
                .doesNotContainIgnoringCase("alice").doesNotContain("Smith", "bladder", "777", "127.0.0.1", "unknot_session",
                        WebClient.PASSWORD));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("\"route\":\"/api/diary/{id}\""));
    }
}
