package dev.unknot.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.unknot.account.Account;
import dev.unknot.account.AccountLimits;
import dev.unknot.account.Totp;
import dev.unknot.app.TestApps;
import dev.unknot.app.TestClock;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A TOTP second factor: setting it up, signing in with it, recovery codes, turning it off. */
class SecondFactorTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SIGN_IN =
            "{\"username\":\"alice\",\"password\":\"" + WebClient.PASSWORD + "\"}";

    private final TestClock clock = new TestClock(Instant.parse("2026-12-01T09:00:10Z"));
    private WebClient web;

    @BeforeEach
    void start() {
        web = new WebClient(TestApps.inMemory("totp", AccountLimits.DEFAULT, clock), false);
        web.signUp("alice");
    }

    @AfterEach
    void stop() {
        web.close();
    }

    @Test
    void aSecretIsShownAsTextAndAnOtpauthAddressAndIsOnOnlyOnceACodeConfirmsIt() throws Exception {
        JsonNode setup = json(web.sendJson("POST", "/api/account/second-factor", "{}"));
        String secret = setup.get("secret").asText();

        assertThat(secret).matches("[A-Z2-7]{32}");
        assertThat(setup.get("otpauthUri").asText())
                .isEqualTo(
                        "otpauth://totp/unknot%3Aalice?secret="
                                + secret
                                + "&issuer=unknot&algorithm=SHA1&digits=6&period=30");
        assertThat(web.other().postJson("/api/account/sign-in", SIGN_IN).statusCode())
                .isEqualTo(200);

        HttpResponse<String> wrong = confirm(codeAt(secret, Duration.ofMinutes(10)));
        HttpResponse<String> right = confirm(code(secret));

        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(wrong.body()).contains("\"field\":\"code\"");
        assertThat(right.statusCode()).isEqualTo(200);
        assertThat(json(right).get("recoveryCodes")).hasSize(10);
        assertThat(web.other().postJson("/api/account/sign-in", SIGN_IN).statusCode())
                .isEqualTo(202);
    }

    @Test
    void signingInAsksForTheCodeAfterThePasswordAndOpensNothingBefore() throws Exception {
        String secret = enrol();
        clock.advance(Duration.ofSeconds(30));
        WebClient phone = web.other();

        HttpResponse<String> password = phone.postJson("/api/account/sign-in", SIGN_IN);

        assertThat(password.statusCode()).isEqualTo(202);
        assertThat(json(password).get("secondFactorRequired").asBoolean()).isTrue();
        assertThat(phone.cookie(SignInCookie.NAME)).isEmpty();
        assertThat(phone.get("/api/account").statusCode()).isEqualTo(401);
        assertThat(phone.get("/api/diary").statusCode()).isEqualTo(401);
        assertThat(secondStep(phone, codeAt(secret, Duration.ofMinutes(10))).statusCode())
                .isEqualTo(401);

        HttpResponse<String> code = secondStep(phone, code(secret));

        assertThat(code.statusCode()).isEqualTo(200);
        assertThat(code.body()).contains("\"username\":\"alice\"", "csrfToken");
        assertThat(phone.get("/api/account").statusCode()).isEqualTo(200);
        assertThat(phone.sendJson("POST", "/api/diary", "{\"pain\":3}").statusCode())
                .isEqualTo(201);
    }

    @Test
    void theSameCodeIsRefusedASecondTimeWithinItsStep() throws Exception {
        String secret = enrol();
        clock.advance(Duration.ofSeconds(30));
        String code = code(secret);
        WebClient first = web.other();
        first.postJson("/api/account/sign-in", SIGN_IN);
        assertThat(secondStep(first, code).statusCode()).isEqualTo(200);

        WebClient replay = web.other();
        replay.postJson("/api/account/sign-in", SIGN_IN);

        assertThat(secondStep(replay, code).statusCode()).isEqualTo(401);
        clock.advance(Duration.ofSeconds(30));
        assertThat(secondStep(replay, code(secret)).statusCode()).isEqualTo(200);
    }

    @Test
    void aRecoveryCodeSignsInOnce() throws Exception {
        List<String> recovery = enrolWithCodes();
        WebClient lostPhone = web.other();
        lostPhone.postJson("/api/account/sign-in", SIGN_IN);

        HttpResponse<String> first = secondStep(lostPhone, recovery.get(3).toUpperCase());
        WebClient again = web.other();
        again.postJson("/api/account/sign-in", SIGN_IN);
        HttpResponse<String> second = secondStep(again, recovery.get(3));

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(second.statusCode()).isEqualTo(401);
        assertThat(secondStep(again, recovery.get(4)).statusCode()).isEqualTo(200);
    }

    @Test
    void anAccountThatRequiresASecondFactorGetsNoSessionWithThePasswordAlone() throws Exception {
        Account alice = web.app().accounts().signedIn(web.cookie(SignInCookie.NAME).get()).get();
        web.app().accounts().requireSecondFactor(alice, true);
        WebClient browser = web.other();

        HttpResponse<String> api = browser.postJson("/api/account/sign-in", SIGN_IN);
        HttpResponse<String> page =
                browser.postForm(
                        "/login", Map.of("username", "alice", "password", WebClient.PASSWORD));

        assertThat(web.app().accounts().requiresSecondFactor(alice)).isTrue();
        assertThat(api.statusCode()).isEqualTo(202);
        assertThat(page.statusCode()).isEqualTo(303);
        assertThat(page.headers().firstValue("Location"))
                .contains("/login/second-factor?next=%2Fdiary");
        assertThat(browser.cookie(SignInCookie.NAME)).isEmpty();
        assertThat(browser.get("/api/account").statusCode()).isEqualTo(401);
        assertThat(browser.getHtml("/diary").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).startsWith("/login"));

        String secret = json(api).get("secret").asText();
        HttpResponse<String> setUp = secondStep(browser, code(secret));
        assertThat(setUp.statusCode()).isEqualTo(200);
        assertThat(json(setUp).get("recoveryCodes")).hasSize(10);
        assertThat(browser.get("/api/account").statusCode()).isEqualTo(200);
    }

    @Test
    void aHalfSignInExpiresAfterFiveMinutes() {
        String secret = enrol();
        WebClient slow = web.other();
        slow.postJson("/api/account/sign-in", SIGN_IN);

        clock.advance(Duration.ofMinutes(6));

        assertThat(secondStep(slow, code(secret)).statusCode()).isEqualTo(401);
        assertThat(slow.get("/api/account").statusCode()).isEqualTo(401);
    }

    @Test
    void codeGuessingIsLimitedPerAccountBeforeAnyCodeIsChecked() {
        String secret = enrol();
        clock.advance(Duration.ofSeconds(30));
        WebClient guesser = web.other();
        guesser.postJson("/api/account/sign-in", SIGN_IN);
        for (int i = 0; i < 5; i++) {
            assertThat(secondStep(guesser, "00000" + i).statusCode()).isEqualTo(401);
        }

        HttpResponse<String> limited = secondStep(guesser, code(secret));

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void turningItOffTakesThePasswordAndACode() {
        String secret = enrol();
        clock.advance(Duration.ofSeconds(30));

        HttpResponse<String> noCode =
                web.sendJson(
                        "DELETE",
                        "/api/account/second-factor",
                        "{\"password\":\"" + WebClient.PASSWORD + "\",\"code\":\"123\"}");
        HttpResponse<String> off =
                web.sendJson(
                        "DELETE",
                        "/api/account/second-factor",
                        "{\"password\":\""
                                + WebClient.PASSWORD
                                + "\",\"code\":\""
                                + code(secret)
                                + "\"}");

        assertThat(noCode.statusCode()).isEqualTo(403);
        assertThat(noCode.body()).contains("\"field\":\"code\"");
        assertThat(off.statusCode()).isEqualTo(204);
        assertThat(web.other().postJson("/api/account/sign-in", SIGN_IN).statusCode())
                .isEqualTo(200);
    }

    @Test
    void thePagesSetItUpAndSignInWithIt() {
        assertThat(web.getHtml("/account/second-factor").body())
                .contains("is <strong>off</strong>");
        HttpResponse<String> setup = web.postForm("/account/second-factor", Map.of());
        Matcher shown =
                Pattern.compile("<code id=\"secret\">([A-Z2-7 ]+)</code>").matcher(setup.body());
        assertThat(shown.find()).isTrue();
        String secret = shown.group(1).replace(" ", "");
        assertThat(setup.body()).contains("otpauth://totp/unknot%3Aalice?secret=" + secret);

        HttpResponse<String> wrong =
                web.postForm(
                        "/account/second-factor/confirm",
                        Map.of("code", codeAt(secret, Duration.ofMinutes(10))));
        HttpResponse<String> confirmed =
                web.postForm("/account/second-factor/confirm", Map.of("code", code(secret)));

        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(wrong.body()).contains("role=\"alert\"", "not right");
        assertThat(confirmed.statusCode()).isEqualTo(200);
        assertThat(confirmed.body()).contains("Your recovery codes", "recovery-code-list");

        clock.advance(Duration.ofSeconds(30));
        WebClient browser = web.other();
        HttpResponse<String> password =
                browser.postForm(
                        "/login",
                        Map.of(
                                "username",
                                "alice",
                                "password",
                                WebClient.PASSWORD,
                                "next",
                                "/measures"));
        HttpResponse<String> form = browser.getHtml("/login/second-factor?next=/measures");
        HttpResponse<String> code =
                browser.postForm(
                        "/login/second-factor", Map.of("code", code(secret), "next", "/measures"));

        assertThat(password.headers().firstValue("Location"))
                .contains("/login/second-factor?next=%2Fmeasures");
        assertThat(form.body()).contains("autocomplete=\"one-time-code\"", "name=\"csrf\"");
        assertThat(code.statusCode()).isEqualTo(303);
        assertThat(code.headers().firstValue("Location")).contains("/measures");
        assertThat(browser.get("/api/account").statusCode()).isEqualTo(200);
    }

    private String enrol() {
        try {
            return enrolAndKeepCodes().secret;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> enrolWithCodes() throws Exception {
        return enrolAndKeepCodes().codes;
    }

    private record Enrolled(String secret, List<String> codes) {}

    private Enrolled enrolAndKeepCodes() throws Exception {
        String secret =
                json(web.sendJson("POST", "/api/account/second-factor", "{}"))
                        .get("secret")
                        .asText();
        HttpResponse<String> confirmed = confirm(code(secret));
        assertThat(confirmed.statusCode()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        for (JsonNode code : json(confirmed).get("recoveryCodes")) {
            codes.add(code.asText());
        }
        return new Enrolled(secret, List.copyOf(codes));
    }

    private HttpResponse<String> confirm(String code) {
        return web.sendJson(
                "POST", "/api/account/second-factor/confirm", "{\"code\":\"" + code + "\"}");
    }

    private static HttpResponse<String> secondStep(WebClient client, String code) {
        return client.postJson("/api/account/sign-in/second-factor", "{\"code\":\"" + code + "\"}");
    }

    private String code(String secret) {
        return Totp.code(secret, clock.instant());
    }

    private String codeAt(String secret, Duration later) {
        return Totp.code(secret, clock.instant().plus(later));
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(response.body(), e);
        }
    }
}
