package dev.unknot.web;

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
import java.util.Map;
import java.util.Optional;
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
        owner = true;
        app = TestApps.inMemory("web");
        server = WebServer.create(app.web(Optional.empty(), log)).start("127.0.0.1", 0);
    }

    WebServer server() {
        return server;
    }

    /**
     * The program behind the server, as {@code Main} builds it (for what an administrator does).
     */
    App app() {
        return app;
    }

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

    Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    static final String PASSWORD = "correct horse battery";

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

    /** Signs in {@code username} (password {@link #PASSWORD}) through the API. */
    WebClient signIn(String username) {
        HttpResponse<String> signedIn =
                postJson(
                        "/api/account/sign-in",
                        "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}");
        if (signedIn.statusCode() != 200) {
            throw new IllegalStateException(
                    "sign-in failed: " + signedIn.statusCode() + " " + signedIn.body());
        }
        return this;
    }

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
