package dev.unknot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccountsTest {
    private WebClient web;

    @BeforeEach
    void start() {
        web = new WebClient();
    }

    @AfterEach
    void stop() {
        web.close();
    }

    @Test
    void signUpSetsAnHttpOnlySameSiteCookieAndNeverEchoesThePassword() {
        HttpResponse<String> created =
                web.postJson(
                        "/api/account",
                        "{\"username\":\"Alice\",\"password\":\"" + WebClient.PASSWORD + "\"}");

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body())
                .contains("\"username\":\"alice\"", "csrfToken")
                .doesNotContain(WebClient.PASSWORD);
        assertThat(created.headers().allValues("Set-Cookie"))
                .anySatisfy(
                        cookie ->
                                assertThat(cookie)
                                        .startsWith("unknot_session=")
                                        .contains("HttpOnly", "SameSite=Lax", "Path=/"));
        assertThat(web.get("/api/account").body()).contains("\"username\":\"alice\"");
    }

    @Test
    void aTakenUserNameIsAConflictNamingTheField() {
        web.signUp("alice");

        HttpResponse<String> again =
                web.other()
                        .postJson(
                                "/api/account",
                                "{\"username\":\"ALICE\",\"password\":\"another long password\"}");

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("\"field\":\"username\"", "taken");
    }

    @Test
    void weakPasswordsAndUnknownFieldsAreProblemsNamingTheField() {
        assertThat(
                        web.postJson(
                                        "/api/account",
                                        "{\"username\":\"bob\",\"password\":\"short\"}")
                                .body())
                .contains("\"status\":400", "\"field\":\"password\"");
        assertThat(
                        web.postJson(
                                        "/api/account",
                                        "{\"username\":\"bob\",\"password\":\"long enough pw\",\"admin\":true}")
                                .body())
                .contains("\"field\":\"admin\"", "unknown field");
        assertThat(web.postJson("/api/account", "{\"username\":").statusCode()).isEqualTo(400);
    }

    @Test
    void signInWithTheWrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() {
        web.signUp("alice");
        WebClient stranger = web.other();

        HttpResponse<String> wrongPassword =
                stranger.postJson(
                        "/api/account/sign-in",
                        "{\"username\":\"alice\",\"password\":\"not the password\"}");
        HttpResponse<String> noSuchUser =
                stranger.postJson(
                        "/api/account/sign-in",
                        "{\"username\":\"nobody\",\"password\":\"not the password\"}");

        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(noSuchUser.statusCode()).isEqualTo(401);
        assertThat(wrongPassword.body()).isEqualTo(noSuchUser.body());
        assertThat(stranger.get("/api/account").statusCode()).isEqualTo(401);
    }

    @Test
    void signInIsRateLimitedAfterFiveFailuresForOneAccountFromOneClient() {
        web.signUp("alice");
        WebClient guesser = web.other();
        for (int i = 0; i < 5; i++) {
            assertThat(
                            guesser.postJson(
                                            "/api/account/sign-in",
                                            "{\"username\":\"alice\",\"password\":\"guess number "
                                                    + i
                                                    + "\"}")
                                    .statusCode())
                    .isEqualTo(401);
        }

        HttpResponse<String> locked =
                guesser.postJson(
                        "/api/account/sign-in",
                        "{\"username\":\"alice\",\"password\":\"" + WebClient.PASSWORD + "\"}");

        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.headers().firstValue("Retry-After")).isPresent();
        assertThat(locked.body()).contains("too-many-attempts");
        assertThat(guesser.get("/health").statusCode()).isEqualTo(200);
    }

    @Test
    void aSignedInWriteWithoutTheTokenHeaderIsRefused() {
        web.signUp("alice");

        HttpResponse<String> forged = web.postJson("/api/diary", "{\"pain\":4}");

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("/problems/csrf", "X-CSRF-Token");
        assertThat(web.sendJson("POST", "/api/diary", "{\"pain\":4}").statusCode()).isEqualTo(201);
    }

    @Test
    void signedOutThereIsNoDiary() {
        assertThat(web.get("/api/diary").statusCode()).isEqualTo(401);
        assertThat(web.postJson("/api/diary", "{\"pain\":4}").body()).contains("sign-in-needed");
    }

    @Test
    void anotherPersonsDiaryEntryIsNotFound() {
        web.signUp("alice");
        String created =
                web.sendJson("POST", "/api/diary", "{\"pain\":6,\"note\":\"alice's private note\"}")
                        .body();
        String id = created.replaceAll(".*\"entry\":\\{\"id\":(\\d+).*", "$1");
        WebClient bob = web.other().signUp("bob");

        HttpResponse<String> theirs = bob.get("/api/diary/" + id);

        assertThat(web.get("/api/diary/" + id).statusCode()).isEqualTo(200);
        assertThat(theirs.statusCode()).isEqualTo(404);
        assertThat(theirs.body()).doesNotContain("private note");
        assertThat(bob.get("/api/diary").body())
                .doesNotContain("private note")
                .contains("\"entries\":[]");
        assertThat(bob.get("/api/diary/not-a-number").statusCode()).isEqualTo(404);
    }

    @Test
    void loggingRunsTheFollowUpAndAYesToASafetyQuestionRetriages() {
        web.signUp("alice");

        HttpResponse<String> logged =
                web.sendJson(
                        "POST",
                        "/api/diary",
                        "{\"pain\":7,\"activities\":[\"massage\"],\"flags\":{\"bladderBowelChange\":true}}");

        assertThat(logged.statusCode()).isEqualTo(201);
        assertThat(logged.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).startsWith("/api/diary/"));
        assertThat(logged.body()).contains("\"disposition\":\"EMERGENCY\"", "\"assessment\":");
        assertThat(web.sendJson("POST", "/api/diary", "{\"pain\":11}").body())
                .contains("\"field\":\"pain\"", "0 to 10");
        assertThat(
                        web.sendJson("POST", "/api/diary", "{\"pain\":3,\"activities\":[\"yoga\"]}")
                                .body())
                .contains("\"field\":\"activities\"");
    }

    @Test
    void deletingTheAccountDeletesEverythingAndSignsOut() {
        web.signUp("alice");
        web.sendJson("POST", "/api/diary", "{\"pain\":5}");

        HttpResponse<String> wrong =
                web.sendJson("DELETE", "/api/account", "{\"password\":\"not it at all\"}");
        HttpResponse<String> deleted =
                web.sendJson(
                        "DELETE", "/api/account", "{\"password\":\"" + WebClient.PASSWORD + "\"}");

        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(web.get("/api/diary").statusCode()).isEqualTo(401);
        assertThat(
                        web.other()
                                .postJson(
                                        "/api/account/sign-in",
                                        "{\"username\":\"alice\",\"password\":\""
                                                + WebClient.PASSWORD
                                                + "\"}")
                                .statusCode())
                .isEqualTo(401);
        WebClient again = web.other().signUp("alice");
        assertThat(again.get("/api/diary").body()).contains("\"entries\":[]");
    }

    @Test
    void signUpAndSignInPagesWorkWithPlainForms() {
        HttpResponse<String> form = web.get("/signup");
        HttpResponse<String> created =
                web.postForm(
                        "/signup",
                        Map.of(
                                "username",
                                "carol",
                                "password",
                                WebClient.PASSWORD,
                                "confirm",
                                WebClient.PASSWORD,
                                "next",
                                "/account"));

        assertThat(form.body())
                .contains("name=\"csrf\"", "autocomplete=\"new-password\"", "not a diagnosis");
        assertThat(created.statusCode()).isEqualTo(303);
        assertThat(created.headers().firstValue("Location")).contains("/account");
        assertThat(web.get("/account").body())
                .contains("Signed in as <strong>carol</strong>", "Delete my account");

        assertThat(web.postForm("/logout", Map.of()).statusCode()).isEqualTo(303);
        assertThat(web.getHtml("/account").headers().firstValue("Location"))
                .contains("/login?next=%2Faccount");
        HttpResponse<String> signedIn =
                web.postForm(
                        "/login",
                        Map.of(
                                "username",
                                "carol",
                                "password",
                                WebClient.PASSWORD,
                                "next",
                                "https://evil.example/"));
        assertThat(signedIn.headers().firstValue("Location")).contains("/diary");
    }

    @Test
    void pageFormMistakesAreShownOnTheFormWithWhatIsAllowed() {
        HttpResponse<String> differ =
                web.postForm(
                        "/signup",
                        Map.of(
                                "username",
                                "dave",
                                "password",
                                WebClient.PASSWORD,
                                "confirm",
                                "something else entirely"));
        HttpResponse<String> wrong =
                web.postForm("/login", Map.of("username", "dave", "password", "nope nope nope"));

        assertThat(differ.statusCode()).isEqualTo(400);
        assertThat(differ.body())
                .contains("role=\"alert\"", "the two passwords differ", "value=\"dave\"");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains("do not match an account");
    }

    @Test
    void deleteMyAccountPageNeedsThePasswordAndTheFormToken() {
        web.signUp("erin");
        web.sendJson("POST", "/api/diary", "{\"pain\":5}");

        HttpResponse<String> forged =
                web.postFormAsIs("/account/delete", Map.of("password", WebClient.PASSWORD));
        HttpResponse<String> wrong =
                web.postForm("/account/delete", Map.of("password", "wrong password here"));
        HttpResponse<String> deleted =
                web.postForm("/account/delete", Map.of("password", WebClient.PASSWORD));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(wrong.body()).contains("nothing was deleted");
        assertThat(deleted.statusCode()).isEqualTo(303);
        assertThat(web.get("/api/diary").statusCode()).isEqualTo(401);
    }
}
