package dev.unknot.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.app.TestApps;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every response carries the security headers, Jetty's own refusals too; and HTTPS as a trusted
 * proxy reports it makes cookies Secure and sends HSTS.
 */
class SecurityHeadersTest {
    private WebClient web;

    @AfterEach
    void stop() {
        if (web != null) {
            web.close();
        }
    }

    @Test
    void aUriTooLongIsRefusedWithTheSecurityHeaders() throws IOException {
        web = new WebClient();

        String answer = raw("GET /" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 414");
        assertSecurityHeaders(answer);
    }

    @Test
    void headersTooLargeAreRefusedWithTheSecurityHeaders() throws IOException {
        web = new WebClient();

        String answer =
                raw(
                        "GET / HTTP/1.1\r\nHost: localhost\r\nX-Filler: "
                                + "b".repeat(20_000)
                                + "\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 431");
        assertSecurityHeaders(answer);
    }

    @Test
    void aMalformedRequestIsRefusedWithTheSecurityHeaders() throws IOException {
        web = new WebClient();

        String answer = raw("GET / HTTP/1.1\r\nHost: localhost\r\nBad Header Line\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400");
        assertSecurityHeaders(answer);
        assertThat(answer).doesNotContain("Exception", "at org.eclipse");
    }

    @Test
    void anAddressWithNothingThereHasTheSecurityHeaders() throws IOException {
        web = new WebClient();

        String answer =
                raw("GET /nothing-here HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 404");
        assertSecurityHeaders(answer);
    }

    @Test
    void behindATrustedProxyHttpsMakesCookiesSecureAndSendsHsts() {
        web = new WebClient(TestApps.inMemory("proxy"), true);

        HttpResponse<String> answer = viaProxy("https");
        HttpResponse<String> plain = viaProxy("http");

        assertThat(answer.headers().firstValue("Strict-Transport-Security"))
                .contains(SecurityHeaders.HSTS);
        assertThat(answer.headers().allValues("Set-Cookie"))
                .isNotEmpty()
                .allSatisfy(cookie -> assertThat(cookie).contains("Secure"));
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(plain.headers().allValues("Set-Cookie"))
                .allSatisfy(cookie -> assertThat(cookie).doesNotContain("Secure"));
    }

    @Test
    void withoutTrustingAProxyItsForwardedProtoIsIgnored() {
        web = new WebClient();

        HttpResponse<String> answer = viaProxy("https");

        assertThat(answer.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(answer.headers().allValues("Set-Cookie"))
                .isNotEmpty()
                .allSatisfy(cookie -> assertThat(cookie).doesNotContain("Secure"));
    }

    private HttpResponse<String> viaProxy(String proto) {
        return web.other()
                .send(
                        HttpRequest.newBuilder(web.uri("/login"))
                                .header("X-Forwarded-Proto", proto)
                                .header("X-Forwarded-For", "198.51.100.7")
                                .GET()
                                .build());
    }

    private static void assertSecurityHeaders(String answer) {
        assertThat(answer)
                .contains(
                        "Content-Security-Policy: " + SecurityHeaders.POLICY,
                        "X-Content-Type-Options: nosniff",
                        "X-Frame-Options: DENY",
                        "Referrer-Policy: no-referrer",
                        "Cache-Control: no-store");
    }

    /** Sends bytes as they are over a socket and reads the answer's head and what follows. */
    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", web.server().port())) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    answer.write(buffer, 0, n);
                }
            } catch (IOException e) {
                // the server may close the connection after a refusal; what came is the answer
            }
            return answer.toString(StandardCharsets.ISO_8859_1);
        }
    }
}
