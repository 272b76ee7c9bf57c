package dev.unknot.cds;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * One EHR allowed to call the service: its {@code issuer} (the {@code iss} of its tokens), the keys
 * its tokens are signed with (its JWK set, and no one else's), and the FHIR servers unknot may
 * fetch missing prefetch data from with the access token it sends.
 */
public record TrustedEhr(String issuer, JWKSource<SecurityContext> keys, List<URI> fhirServers) {
    public TrustedEhr {
        fhirServers = List.copyOf(fhirServers);
    }

    /**
     * Whether unknot may call {@code fhirServer} for this EHR: its origin (scheme, host, port) is
     * one listed, and it is https or a loopback address. Anything else would let a caller point
     * unknot at an address of its choosing.
     */
    public boolean allowsFhirServer(String fhirServer) {
        URI asked;
        try {
            asked = URI.create(fhirServer);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (!TrustFile.safeScheme(asked) || asked.getRawUserInfo() != null) {
            return false;
        }
        return fhirServers.stream().anyMatch(listed -> origin(listed).equals(origin(asked)));
    }

    static String origin(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        if (port == -1) {
            port = "https".equals(scheme) ? 443 : 80;
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        return scheme + "://" + host + ":" + port;
    }
}
