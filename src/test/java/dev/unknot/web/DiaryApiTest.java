package dev.unknot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DiaryApiTest {
    private WebClient web;

    @BeforeEach
    void start() {
        web = new WebClient().signUp("alice");
    }

    @AfterEach
    void stop() {
        web.close();
    }

    private String logged(String body) {
        HttpResponse<String> created = web.sendJson("POST", "/api/diary", body);
        assertThat(created.statusCode()).isEqualTo(201);
        return created.body().replaceAll(".*\"entry\":\\{\"id\":(\\d+).*", "$1");
    }

    @Test
    void putReplacesTheEntryKeepingItsIdAndSaysWhenItChanged() {
        String id = logged("{\"pain\":6,\"activities\":[\"heat\"],\"note\":\"stiff\"}");

        HttpResponse<String> put =
                web.sendJson("PUT", "/api/diary/" + id, "{\"pain\":3,\"note\":\"better\"}");

        assertThat(put.statusCode()).isEqualTo(200);
        assertThat(put.body())
                .contains("\"id\":" + id + ",", "\"pain\":3", "\"note\":\"better\"")
                .contains("\"activities\":[]", "\"changedAt\":", "\"progress\":");
        assertThat(web.get("/api/diary/" + id).body()).contains("\"pain\":3", "\"changedAt\":");
    }

    @Test
    void patchChangesOnlyTheMembersSent() {
        String id = logged("{\"pain\":6,\"activities\":[\"heat\"],\"note\":\"stiff\"}");

        HttpResponse<String> patch = web.sendJson("PATCH", "/api/diary/" + id, "{\"pain\":4}");

        assertThat(patch.statusCode()).isEqualTo(200);
        assertThat(patch.body())
                .contains("\"pain\":4", "\"activities\":[\"heat\"]", "\"note\":\"stiff\"");
    }

    @Test
    void anEditIsCheckedAsANewEntryIsAndABadOneChangesNothing() {
        String id = logged("{\"pain\":6}");
        String tomorrow = LocalDate.now().plusDays(1).toString();

        HttpResponse<String> tooMuch = web.sendJson("PATCH", "/api/diary/" + id, "{\"pain\":11}");
        HttpResponse<String> future =
                web.sendJson(
                        "PUT", "/api/diary/" + id, "{\"pain\":2,\"date\":\"" + tomorrow + "\"}");
        HttpResponse<String> unknown =
                web.sendJson("PATCH", "/api/diary/" + id, "{\"pain\":2,\"mood\":\"ok\"}");

        assertThat(tooMuch.statusCode()).isEqualTo(400);
        assertThat(tooMuch.body()).contains("\"field\":\"pain\"").doesNotContain("Exception");
        assertThat(future.statusCode()).isEqualTo(400);
        assertThat(future.body()).contains("\"field\":\"date\"");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(web.get("/api/diary/" + id).body()).contains("\"pain\":6");
    }

    @Test
    void aYesToASafetyQuestionInAnEditTriagesAgainAsANewEntryWould() {
        String id = logged("{\"pain\":5}");

        HttpResponse<String> patch =
                web.sendJson(
                        "PATCH", "/api/diary/" + id, "{\"flags\":{\"bladderBowelChange\":true}}");

        assertThat(patch.statusCode()).isEqualTo(200);
        assertThat(patch.body()).contains("\"rule\":\"F3\"", "\"assessment\":", "EMERGENCY");
    }

    @Test
    void deleteRemovesTheEntryAndAnswersTheFollowUpOnWhatIsLeft() {
        String first = logged("{\"pain\":6,\"date\":\"" + LocalDate.now().minusDays(3) + "\"}");
        String second = logged("{\"pain\":2}");

        HttpResponse<String> deleted = web.sendJson("DELETE", "/api/diary/" + second, "");

        assertThat(deleted.statusCode()).isEqualTo(200);
        assertThat(deleted.body())
                .contains("\"deleted\":" + second, "\"latestPain\":6", "\"escalations\":[]");
        assertThat(web.get("/api/diary/" + second).statusCode()).isEqualTo(404);
        assertThat(web.get("/api/diary/" + first).statusCode()).isEqualTo(200);
        assertThat(web.sendJson("DELETE", "/api/diary/" + second, "").statusCode()).isEqualTo(404);
    }

    @Test
    void anotherPersonsOrAMissingEntryIsNotFoundAndStaysAsItWas() {
        String id = logged("{\"pain\":6,\"note\":\"alice's private note\"}");
        WebClient bob = web.other().signUp("bob");

        HttpResponse<String> put = bob.sendJson("PUT", "/api/diary/" + id, "{\"pain\":1}");
        HttpResponse<String> patch = bob.sendJson("PATCH", "/api/diary/" + id, "{\"pain\":1}");
        HttpResponse<String> delete = bob.sendJson("DELETE", "/api/diary/" + id, "");

        assertThat(put.statusCode()).isEqualTo(404);
        assertThat(put.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
        assertThat(patch.statusCode()).isEqualTo(404);
        assertThat(delete.statusCode()).isEqualTo(404);
        assertThat(delete.body()).doesNotContain("private note");
        assertThat(web.sendJson("DELETE", "/api/diary/999999", "").statusCode()).isEqualTo(404);
        assertThat(web.get("/api/diary/" + id).body()).contains("\"pain\":6");
    }

    @Test
    void aWriteWithoutTheTokenChangesNothing() {
        String id = logged("{\"pain\":6}");

        HttpResponse<String> forged =
                web.send(
                        java.net.http.HttpRequest.newBuilder(web.uri("/api/diary/" + id))
                                .DELETE()
                                .build());

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(web.get("/api/diary/" + id).statusCode()).isEqualTo(200);
    }
}
