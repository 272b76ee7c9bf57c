package dev.unknot.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class OperationsTest {

    @Test
    void metricsCountRequestsByRoutePatternAndAssessmentsByDisposition() throws Exception {
        try (WebClient web = new WebClient()) {
            web.postJson("/api/assessments", dev.unknot.intake.TestIntakes.EXAMPLE_JSON);
            web.get("/api/diary/12345");
            web.get("/no/such/page/for/alice");

            HttpResponse<String> metrics = web.get("/metrics");

            assertThat(metrics.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
            assertThat(metrics.body())
                    .contains(
                            "http_server_requests_seconds_count{method=\"POST\",route=\"/api/assessments\",status=\"200\"} 1",
                            "route=\"/api/diary/{id}\",status=\"401\"",
                            "route=\"unmatched\"",
                            "unknot_assessments_total{disposition=\"SELF_CARE\"} 1",
                            "jvm_memory_used_bytes")
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

        // the request id (random hex), the time and the duration are made by the server (their
        // shapes checked here), so "777" may turn up inside them by chance; everything else in the
        // line is checked for the person's data
        assertThat(lines)
                .hasSizeGreaterThanOrEqualTo(5)
                .allSatisfy(line -> assertThat(line).containsPattern("\"id\":\"[0-9a-f]{16}\","))
                .map(line -> line.replaceFirst("\"id\":\"[0-9a-f]{16}\",", ""))
                .allSatisfy(
                        line ->
                                assertThat(line)
                                        .containsPattern("^\\{\"time\":\"[0-9T:.Z-]+\",")
                                        .containsPattern("\"ms\":[0-9.]+\\}$"))
                .map(
                        line ->
                                line.replaceFirst("\"time\":\"[0-9T:.Z-]+\"", "\"time\":\"\"")
                                        .replaceFirst("\"ms\":[0-9.]+\\}$", "\"ms\":}"))
                .allSatisfy(
                        line ->
                                assertThat(line)
                                        .startsWith("{\"time\":\"")
                                        .contains(
                                                "\"method\":",
                                                "\"route\":",
                                                "\"status\":",
                                                "\"ms\":")
                                        .doesNotContainIgnoringCase("alice")
                                        .doesNotContain(
                                                "Smith",
                                                "bladder",
                                                "777",
                                                "127.0.0.1",
                                                "unknot_session",
                                                WebClient.PASSWORD));
        assertThat(lines)
                .anySatisfy(line -> assertThat(line).contains("\"route\":\"/api/diary/{id}\""));
    }

    @Test
    void everyAnswerAndItsLogLineShareARequestId() {
        List<String> lines = new CopyOnWriteArrayList<>();
        HttpResponse<String> first;
        HttpResponse<String> second;
        HttpResponse<String> problem;
        try (WebClient web = new WebClient(lines::add)) {
            first = web.get("/health");
            second = web.get("/health");
            problem = web.postJson("/api/assessments", "{not json");
        }

        String id = first.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(id).matches("[0-9a-f]{16}");
        assertThat(second.headers().firstValue("X-Request-Id")).isPresent().get().isNotEqualTo(id);
        String problemId = problem.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(lines)
                .anySatisfy(line -> assertThat(line).contains("\"id\":\"" + id + "\"", "/health"))
                .anySatisfy(
                        line ->
                                assertThat(line)
                                        .contains(
                                                "\"id\":\"" + problemId + "\"", "\"status\":400"));
    }

    @Test
    void aCallersOpaqueRequestIdIsKeptAndFreeTextIsReplaced() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        List<String> lines = new CopyOnWriteArrayList<>();
        HttpResponse<String> traced;
        HttpResponse<String> named;
        try (WebClient web = new WebClient(lines::add)) {
            traced =
                    web.send(
                            HttpRequest.newBuilder(web.uri("/health"))
                                    .header("X-Request-Id", traceId)
                                    .build());
            named =
                    web.send(
                            HttpRequest.newBuilder(web.uri("/health"))
                                    .header("X-Request-Id", "alice-smith-back")
                                    .build());
        }

        assertThat(traced.headers().firstValue("X-Request-Id")).hasValue(traceId);
        assertThat(named.headers().firstValue("X-Request-Id"))
                .isPresent()
                .get()
                .isNotEqualTo("alice-smith-back");
        assertThat(String.join("\n", lines)).contains(traceId).doesNotContain("alice");
    }

    @Test
    void stoppingLetsARequestInFlightFinish() throws Exception {
        WebClient web = new WebClient();
        byte[] body = Files.readAllBytes(Path.of("examples/intake.json"));
        int port = web.server().port();
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(
                    ("POST /api/assessments HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                                    + "Connection: close\r\nContent-Length: "
                                    + body.length
                                    + "\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            out.write(body, 0, 10);
            out.flush();
            Thread.sleep(
                    300); // the request is now in the handler, waiting for the rest of its body

            CompletableFuture<Void> stopping =
                    CompletableFuture.runAsync(() -> web.server().stop());
            Thread.sleep(300);
            out.write(body, 10, body.length - 10);
            out.flush();
            String answer =
                    new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(answer).startsWith("HTTP/1.1 200").contains("\"disposition\":\"SELF_CARE\"");
            stopping.get(10, TimeUnit.SECONDS);
        }
        assertThatThrownBy(() -> new Socket("127.0.0.1", port).close())
                .as("no longer listening")
                .isInstanceOf(IOException.class);
    }
}
