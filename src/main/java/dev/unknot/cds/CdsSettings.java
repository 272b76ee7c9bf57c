package dev.unknot.cds;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How the CDS Hooks service is set up: the address the EHR calls unknot at ({@code publicUrl}, e.g.
 * {@code https://unknot.example.org}; a token's {@code aud} must be this plus the path called, and
 * links to a person's page start with it) and the trust file of EHRs allowed to call. Without both
 * the service endpoints answer 503: never open. From {@code --public-url} / {@code
 * UNKNOT_PUBLIC_URL} and {@code --cds-trust} / {@code UNKNOT_CDS_TRUST}.
 */
public record CdsSettings(Optional<String> publicUrl, Optional<Path> trustFile) {
    public static final CdsSettings OFF = new CdsSettings(Optional.empty(), Optional.empty());

    public CdsSettings {
        publicUrl =
                publicUrl.map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    }

    /** Whether the service may answer calls at all. */
    public boolean configured() {
        return publicUrl.isPresent() && trustFile.isPresent();
    }
}
