package dev.unknot.cds;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * Fetches one prefetch query the EHR did not send from its FHIR server, with the access token it
 * gave: short timeouts, no redirects (a redirect could lead anywhere), a size limit. The caller
 * checks first that the server is one the trust file lists for the EHR. Thread-safe.
 */
public final class FhirFetch {
    static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final int LIMIT = 1024 * 1024;

    private final HttpClient client =
            HttpClient.newBuilder()
                    .connectTimeout(TIMEOUT)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();

    /** The resource the query answers, as JSON; empty when the server did not give it. */
    public Optional<String> get(String fhirServer, String query, String accessToken) {
        String base = fhirServer.endsWith("/") ? fhirServer : fhirServer + "/";
        URI uri;
        try {
            uri = URI.create(base + query.replace("|", "%7C"));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        HttpRequest request =
                HttpRequest.newBuilder(uri)
                        .timeout(TIMEOUT)
                        .header("Accept", "application/fhir+json")
                        .header("Authorization", "Bearer " + accessToken)
                        .GET()
                        .build();
        try {
            HttpResponse<byte[]> response =
                    client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200 || response.body().length > LIMIT) {
                return Optional.empty();
            }
            return Optional.of(new String(response.body(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
