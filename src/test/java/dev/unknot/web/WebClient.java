package dev.unknot.web;

import dev.unknot.account.TestAuthenticator;
import dev.unknot.app.App;
import dev.unknot.app.TestApps;
import dev.unknot.knowledge.KnowledgeBase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A real unknot web server on a free port, and a client that does not follow redirects. */
final class WebClient implements AutoCloseable {
    static final KnowledgeBase KNOWLEDGE = TestApps.KNOWLEDGE;

    private final App app;

    private final WebServer server;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client =
            HttpClient.newBuilder()
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .cookieHandler(cookies)
                    .build();

    private final boolean owner;

    private WebClient(WebClient shared) {
        this.app = shared.app;
        this.server = shared.server;
        this.owner = false;
    }

    WebClient() {
        this(AccessLog.NONE);
    }

    /** A server whose access log lines go to {@code log}. */
    WebClient(AccessLog log) {
        this(TestApps.inMemory("web"), log, false);
    }

    /**
     * A server for {@code app} (closed with this client), believing a proxy's forwarded headers if
     * {@code trustProxy}.
     */
    WebClient(App app, boolean trustProxy) {
        this(app, AccessLog.NONE, trustProxy);
    }

    private WebClient(App app, AccessLog log, boolean trustProxy) {
        owner = true;
        this.app = app;
        server =
                WebServer.create(app.web(Optional.empty(), log).trustingProxy(trustProxy))
                        .start("127.0.0.1", 0);
    }

    App app() {
        return app;
    }

    WebServer server() {
        return server;
    }

    /**
     * The program behind the server, as {@code Main} builds it (for what an administrator does).
     */
    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    HttpResponse<String> getHtml(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build());
    }

    HttpResponse<String> postJson(String path, String body) {
        return post(path, "application/json", body);
    }

    HttpResponse<String> post(String path, String contentType, String body) {
        return send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build());
    }

    /** Posts a form as a browser would: with the anti-forgery token of this client's cookie. */
    HttpResponse<String> postForm(String path, Map<String, String> fields) {
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        withToken.putIfAbsent("csrf", csrf());
        return postFormAsIs(path, withToken);
    }

    /** This client's anti-forgery token (fetching a page first if it has none yet). */
    String csrf() {
        Optional<String> token = cookie("unknot_csrf");
        if (token.isEmpty()) {
            get("/health");
            token = cookie("unknot_csrf");
        }
        return token.orElseThrow();
    }

    /** Sets a cookie as this client's browser would keep it (an attacker's, say). */
    void setCookie(String name, String value) {
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        cookies.getCookieStore().remove(uri("/"), cookie);
        cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .toList()
                .forEach(c -> cookies.getCookieStore().remove(null, c));
        cookies.getCookieStore().add(uri("/"), cookie);
    }

    Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    static final String PASSWORD = "correct horse battery";

    /**
     * The profile the diary and the breaks of this client's signed-in account are kept under (not
     * its username: web profiles are named apart from the terminal's).
     */
    String profile() {
        return app.accounts()
                .signedIn(cookie(SignInCookie.NAME).orElseThrow())
                .orElseThrow()
                .profile();
    }

    /**
     * Signs up {@code username} (password {@link #PASSWORD}) through the API; this client is then
     * signed in.
     */
    WebClient signUp(String username) {
        HttpResponse<String> created =
                postJson(
                        "/api/account",
                        "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}");
        if (created.statusCode() != 201) {
            throw new IllegalStateException(
                    "sign-up failed: " + created.statusCode() + " " + created.body());
        }
        return this;
    }

    /**
     * Makes {@code clinic} with one clinician, {@code username} named {@code name} (password {@link
     * #PASSWORD}), and signs this client in as them.
     */
    WebClient clinicianOf(String clinic, String username, String name) {
        dev.unknot.clinic.ClinicAdmin admin = app.clinicAdmin(Optional.empty());
        admin.create(clinic);
        admin.addClinician(clinic, new dev.unknot.account.Credentials(username, PASSWORD), name);
        return signIn(username);
    }

    /**
     * The clinician signed in on this client invites {@code person}, who accepts: the person's
     * record is shared with them. The answer to the acceptance.
     */
    HttpResponse<String> sharedWithMeBy(WebClient person) {
        java.util.regex.Matcher code =
                Pattern.compile("\"code\"\\s*:\\s*\"([^\"]+)\"")
                        .matcher(sendJson("POST", "/api/clinician/invites", "{}").body());
        if (!code.find()) {
            throw new IllegalStateException("no invite code");
        }
        return person.sendJson(
                "POST", "/api/care/invites/" + code.group(1), "{\"answer\":\"accept\"}");
    }

    /** Signs in {@code username} (password {@link #PASSWORD}) through the API. */
    WebClient signIn(String username) {
        HttpResponse<String> signedIn =
                postJson(
                        "/api/account/sign-in",
                        "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}");
        if (signedIn.statusCode() == 202) {
            signedIn = secondStep(username, signedIn.body());
        }
        if (signedIn.statusCode() != 200) {
            throw new IllegalStateException(
                    "sign-in failed: " + signedIn.statusCode() + " " + signedIn.body());
        }
        return this;
    }

    /**
     * The code step of a sign-in that needs a second factor (every clinician's): the first time it
     * sets one up with the secret the answer gives; later it sends the code of a time step not yet
     * used (a code is good once), or, when two sign-ins within a step have used both steps the
     * server takes, one of the recovery codes.
     */
    private HttpResponse<String> secondStep(String username, String due) {
        String account = server.port() + ":" + username;
        Matcher secret = SECRET.matcher(due);
        if (secret.find()) {
            TestAuthenticator.setUp(account, secret.group(1));
        }
        String code = TestAuthenticator.code(account, app.clock().instant());
        HttpResponse<String> answer =
                postJson("/api/account/sign-in/second-factor", "{\"code\":\"" + code + "\"}");
        Matcher codes = RECOVERY.matcher(answer.body());
        if (codes.find()) {
            List<String> each = new java.util.ArrayList<>();
            Matcher quoted = Pattern.compile("\"([^\"]+)\"").matcher(codes.group(1));
            while (quoted.find()) {
                each.add(quoted.group(1));
            }
            TestAuthenticator.recoveryCodes(account, each);
        }
        return answer;
    }

    private static final Pattern SECRET = Pattern.compile("\"secret\":\"([A-Z2-7]+)\"");
    private static final Pattern RECOVERY = Pattern.compile("\"recoveryCodes\":\\[([^\\]]*)\\]");

    /** A JSON write as a signed-in API client makes it: with the X-CSRF-Token header. */
    HttpResponse<String> sendJson(String method, String path, String body) {
        return send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/json")
                        .header("X-CSRF-Token", csrf())
                        .method(method, HttpRequest.BodyPublishers.ofString(body))
                        .build());
    }

    /**
     * A second client (its own cookies) on the same server and database: another person's browser.
     */
    WebClient other() {
        return new WebClient(this);
    }

    /**
     * Posts a form whose fields may repeat (ticked boxes of one name), with this client's token.
     */
    HttpResponse<String> postFields(String path, java.util.List<Map.Entry<String, String>> fields) {
        String body =
                java.util.stream.Stream.concat(
                                java.util.stream.Stream.of(Map.entry("csrf", csrf())),
                                fields.stream())
                        .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                        .collect(Collectors.joining("&"));
        return send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept", "text/html")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build());
    }

    HttpResponse<String> postFormAsIs(String path, Map<String, String> fields) {
        String body =
                fields.entrySet().stream()
                        .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                        .collect(Collectors.joining("&"));
        return post(path, "application/x-www-form-urlencoded", body);
    }

    /** A GET whose answer is bytes (a PDF). */
    HttpResponse<byte[]> getBytes(String path) {
        try {
            return client.send(
                    HttpRequest.newBuilder(uri(path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Saves {@code intake} as {@code profile}'s latest answers, as {@code unknot assess --save}
     * does.
     */
    void save(String profile, dev.unknot.intake.Intake intake) {
        app.assessments(Optional.empty()).save(profile, intake);
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        if (owner) {
            server.stopNow();
            app.close();
        }
    }
}
