package dev.unknot.cds;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import dev.unknot.app.App;
import dev.unknot.app.TestApps;
import dev.unknot.web.AccessLog;
import dev.unknot.web.WebApp;
import dev.unknot.web.WebServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

/**
 * unknot with its CDS Hooks service set up as a clinic would: a real server on a free port, a trust
 * file listing two EHRs (their JWK sets written from keys made here: RSA and EC for the first, RSA
 * for the second), a loopback FHIR server the first EHR lists, and a client that signs tokens as
 * either EHR. The EHR's patient record is read by the program's own {@code FhirRecordReader}, as
 * `serve` wires it.
 */
final class CdsServer implements AutoCloseable {
    static final String PUBLIC = "https://unknot.test";
    static final String EHR = "https://ehr.example.org";
    static final String OTHER = "https://other-ehr.example.org";
    static final String SERVICE = "/cds-services/unknot-back-pain";

    final RSAKey rsa;
    final ECKey ec;
    final RSAKey otherRsa;
    final App app;
    final WebServer server;
    final Path dir;

    /** What the loopback FHIR server answers, by request path and query; and who asked. */
    final Map<String, String> fhirAnswers = new ConcurrentHashMap<>();

    final List<String> fhirAuthorizations = new CopyOnWriteArrayList<>();
    final HttpServer fhir;
    private final HttpClient client = HttpClient.newHttpClient();

    CdsServer(String name) {
        try {
            rsa = new RSAKeyGenerator(2048).keyID("ehr-rsa").generate();
            ec = new ECKeyGenerator(Curve.P_256).keyID("ehr-ec").generate();
            otherRsa = new RSAKeyGenerator(2048).keyID("other-rsa").generate();
            dir = Files.createTempDirectory("unknot-cds");
            fhir = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            fhir.createContext(
                    "/fhir",
                    exchange -> {
                        fhirAuthorizations.add(
                                String.valueOf(
                                        exchange.getRequestHeaders().getFirst("Authorization")));
                        String key =
                                exchange.getRequestURI().getRawPath().substring("/fhir/".length())
                                        + (exchange.getRequestURI().getRawQuery() == null
                                                ? ""
                                                : "?" + exchange.getRequestURI().getQuery());
                        String body = fhirAnswers.get(key.replaceAll("\\?.*", ""));
                        byte[] bytes =
                                body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
                        exchange.sendResponseHeaders(
                                body == null ? 404 : 200, body == null ? -1 : bytes.length);
                        if (body != null) {
                            exchange.getResponseBody().write(bytes);
                        }
                        exchange.close();
                    });
            fhir.start();
            Files.writeString(
                    dir.resolve("ehr-jwks.json"),
                    new JWKSet(List.<JWK>of(rsa, ec)).toPublicJWKSet().toString());
            Files.writeString(
                    dir.resolve("other-jwks.json"),
                    new JWKSet(otherRsa).toPublicJWKSet().toString());
            Files.writeString(
                    dir.resolve("trust.yaml"),
                    "ehrs:\n"
                            + "  - issuer: "
                            + EHR
                            + "\n"
                            + "    jwks: ehr-jwks.json\n"
                            + "    fhirServers: [\""
                            + fhirBase()
                            + "\"]\n"
                            + "  - issuer: "
                            + OTHER
                            + "\n"
                            + "    jwks: other-jwks.json\n");
        } catch (JOSEException | IOException e) {
            throw new IllegalStateException(e);
        }
        app = TestApps.inMemory(name);
        WebApp web = app.web(Optional.empty(), AccessLog.NONE);
        web =
                web.withCds(
                        web.cds()
                                .with(
                                        new CdsSettings(
                                                Optional.of(PUBLIC),
                                                Optional.of(dir.resolve("trust.yaml")))));
        server = WebServer.create(web).start("127.0.0.1", 0);
    }

    String fhirBase() {
        return "http://127.0.0.1:" + fhir.getAddress().getPort() + "/fhir";
    }

    /** The claims of a good token for {@code path} from the first EHR. */
    static JWTClaimsSet.Builder claims(String path) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(EHR)
                .subject("client-id")
                .audience(PUBLIC + path)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .jwtID(UUID.randomUUID().toString());
    }

    /** A token signed with {@code key} ({@code RS384} for RSA, {@code ES256} for EC). */
    static String sign(JWTClaimsSet claims, JWK key) {
        try {
            JWSSigner signer;
            JWSAlgorithm algorithm;
            if (key instanceof ECKey ecKey) {
                signer = new ECDSASigner(ecKey);
                algorithm = JWSAlgorithm.ES256;
            } else {
                signer = new RSASSASigner((RSAKey) key);
                algorithm = JWSAlgorithm.RS384;
            }
            SignedJWT jwt =
                    new SignedJWT(
                            new JWSHeader.Builder(algorithm).keyID(key.getKeyID()).build(), claims);
            jwt.sign(signer);
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A good token for {@code path}, changed by {@code change}. */
    String token(String path, UnaryOperator<JWTClaimsSet.Builder> change) {
        return sign(change.apply(claims(path)).build(), rsa);
    }

    String token(String path) {
        return token(path, claims -> claims);
    }

    HttpResponse<String> post(String path, String body, Optional<String> token) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body));
        token.ifPresent(value -> request.header("Authorization", "Bearer " + value));
        return send(request.build());
    }

    /** A call of the service with a fresh good token. */
    HttpResponse<String> call(Object body) {
        return post(SERVICE, body.toString(), Optional.of(token(SERVICE)));
    }

    HttpResponse<String> get(String path) {
        return send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                        .header("Accept", "application/json")
                        .GET()
                        .build());
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
        fhir.stop(0);
        app.close();
    }
}
