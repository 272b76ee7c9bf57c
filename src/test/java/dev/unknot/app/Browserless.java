package dev.unknot.app;

import dev.unknot.web.AccessLog;
import dev.unknot.web.WebServer;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A real unknot server built by {@link App} on its own in-memory database, and a client with
 * cookies that does not follow redirects: what the web pages and the API front ends of the parity
 * table talk to.
 */
final class Browserless implements AutoCloseable {
    private final App app = Parity.inMemory();
    private final WebServer server =
            WebServer.create(app.web(Optional.empty(), AccessLog.NONE)).start("127.0.0.1", 0);
    private CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private HttpClient client = client();

    private HttpClient client() {
        return HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(cookies)
                .build();
    }

    App app() {
        return app;
    }

    /** Forgets every cookie: the next request comes from a new visitor. */
    void newVisitor() {
        cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        client = client();
    }

    /** Signs a new person up and returns their profile. */
    String signUp() {
        newVisitor();
        String name = Parity.newName();
        HttpResponse<String> created =
                json(
                        "POST",
                        "/api/account",
                        "{\"username\":\"" + name + "\",\"password\":\"correct horse battery\"}");
        if (created.statusCode() != 201) {
            throw new AssertionError("sign-up: " + created.statusCode() + " " + created.body());
        }
        return "web-" + name;
    }

    String csrf() {
        Optional<String> token = cookie("unknot_csrf");
        if (token.isEmpty()) {
            get("/health");
            token = cookie("unknot_csrf");
        }
        return token.orElseThrow();
    }

    private Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build());
    }

    HttpResponse<String> json(String method, String path, String body) {
        return send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/json")
                        .header("X-CSRF-Token", csrf())
                        .method(method, HttpRequest.BodyPublishers.ofString(body))
                        .build());
    }

    /**
     * Posts a form as a browser does, with this visitor's anti-forgery token; a field may repeat.
     */
    HttpResponse<String> form(String path, List<Map.Entry<String, String>> fields) {
        String body =
                fields.stream()
                        .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                        .collect(Collectors.joining("&", "csrf=" + encode(csrf()) + "&", ""));
        return send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept", "text/html")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build());
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stopNow();
        app.close();
    }
}
