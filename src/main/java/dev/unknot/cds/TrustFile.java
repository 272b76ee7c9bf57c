package dev.unknot.cds;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import dev.unknot.intake.InvalidInputException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The allow-list of EHRs that may call the CDS Hooks service, read from a YAML or JSON file:
 *
 * <pre>
 * ehrs:
 *   - issuer: https://ehr.example.org
 *     jwks: https://ehr.example.org/.well-known/jwks.json   # or a file, relative to this one
 *     fhirServers: [https://fhir.example.org/r4]            # optional
 * </pre>
 *
 * A JWK set at an address must be https (or loopback, for tests and a local EHR); it is fetched
 * with 2-second timeouts and cached by Nimbus's {@link JWKSourceBuilder}. Only the public keys of a
 * file are kept.
 */
public final class TrustFile {
    private static final int TIMEOUT_MS = 2_000;
    private static final int JWKS_LIMIT = 256 * 1024;

    private static final ObjectMapper YAML =
            new ObjectMapper(new YAMLFactory())
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private TrustFile() {}

    record Entry(
            @JsonProperty(required = true) String issuer,
            @JsonProperty(required = true) String jwks,
            List<String> fhirServers) {}

    record Document(@JsonProperty(required = true) List<Entry> ehrs) {}

    /** The EHRs the file lists; a problem is invalid input naming the entry at fault. */
    public static List<TrustedEhr> read(Path file) {
        Document document;
        try {
            document = YAML.readValue(Files.readAllBytes(file), Document.class);
        } catch (IOException e) {
            throw new InvalidInputException(
                    "cds-trust", "cannot read the trust file " + file + ": " + e.getMessage());
        }
        if (document == null || document.ehrs() == null || document.ehrs().isEmpty()) {
            throw new InvalidInputException("cds-trust", "the trust file lists no EHR: " + file);
        }
        List<TrustedEhr> trusted = new ArrayList<>();
        Set<String> issuers = new HashSet<>();
        for (int i = 0; i < document.ehrs().size(); i++) {
            Entry entry = document.ehrs().get(i);
            String at = "ehrs[" + i + "]";
            if (entry == null || entry.issuer() == null || entry.issuer().isBlank()) {
                throw new InvalidInputException(at + ".issuer", "an issuer is required");
            }
            if (!issuers.add(entry.issuer())) {
                throw new InvalidInputException(at + ".issuer", "listed twice: " + entry.issuer());
            }
            List<URI> servers = new ArrayList<>();
            for (String server : Optional.ofNullable(entry.fhirServers()).orElse(List.of())) {
                URI uri = uri(server, at + ".fhirServers");
                servers.add(uri);
            }
            trusted.add(new TrustedEhr(entry.issuer(), keys(file, entry.jwks(), at), servers));
        }
        return List.copyOf(trusted);
    }

    private static JWKSource<SecurityContext> keys(Path file, String jwks, String at) {
        if (jwks == null || jwks.isBlank()) {
            throw new InvalidInputException(
                    at + ".jwks", "a JWK set (file or address) is required");
        }
        if (jwks.startsWith("https://") || jwks.startsWith("http://")) {
            URI uri = uri(jwks, at + ".jwks");
            try {
                return JWKSourceBuilder.create(
                                uri.toURL(),
                                new DefaultResourceRetriever(TIMEOUT_MS, TIMEOUT_MS, JWKS_LIMIT))
                        .retrying(false)
                        .build();
            } catch (MalformedURLException e) {
                throw new InvalidInputException(at + ".jwks", "not an address: " + jwks);
            }
        }
        Path path = file.toAbsolutePath().getParent().resolve(jwks);
        try {
            return new ImmutableJWKSet<>(JWKSet.load(path.toFile()).toPublicJWKSet());
        } catch (IOException | ParseException e) {
            throw new InvalidInputException(
                    at + ".jwks", "cannot read the JWK set " + path + ": " + e.getMessage());
        }
    }

    private static URI uri(String text, String field) {
        URI uri;
        try {
            uri = URI.create(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "not an address: " + text);
        }
        if (!safeScheme(uri)) {
            throw new InvalidInputException(
                    field, "must be an https address (http only on a loopback address): " + text);
        }
        return uri;
    }

    /** https anywhere, http only to this machine. */
    static boolean safeScheme(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null) {
            return false;
        }
        if ("https".equals(scheme)) {
            return true;
        }
        return "http".equals(scheme) && loopback(uri.getHost());
    }

    private static boolean loopback(String host) {
        if ("localhost".equalsIgnoreCase(host)) {
            return true;
        }
        if (!host.matches("[0-9.]+|\\[[0-9a-fA-F:]+\\]")) {
            return false; // a name is not resolved here: only literal addresses count
        }
        try {
            return InetAddress.getByName(host.replace("[", "").replace("]", ""))
                    .isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
