package dev.unknot.cds;

import dev.unknot.assessment.Assessor;
import dev.unknot.care.EhrFeedback;
import dev.unknot.knowledge.FollowUpRules;
import dev.unknot.knowledge.KnowledgeBase;
import dev.unknot.measure.Measures;
import dev.unknot.record.PersonRecord;
import dev.unknot.store.Database;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.hl7.fhir.r4.model.Bundle;

/**
 * The CDS Hooks side of unknot as the web adapter sees it: the discovery document, the token check
 * and the service, or nothing but 503 while it is not configured ({@link CdsSettings}). Built by
 * the composition root; the trust file is read once, when the settings are given. Thread-safe.
 */
public final class CdsHooks {
    private final CdsSettings settings;
    private final Optional<TokenCheck> tokens;
    private final Optional<CdsService> service;
    private final Parts parts;

    /** What the service is made of, whatever the settings. */
    public record Parts(
            KnowledgeBase knowledge,
            Assessor assessor,
            FollowUpRules rules,
            Measures measures,
            Database database,
            Clock clock,
            Function<Bundle, PersonRecord> reader) {}

    private CdsHooks(CdsSettings settings, Parts parts) {
        this.settings = settings;
        this.parts = parts;
        if (settings.configured()) {
            this.tokens =
                    Optional.of(
                            new TokenCheck(
                                    TrustFile.read(settings.trustFile().orElseThrow()),
                                    parts.database(),
                                    parts.clock()));
            this.service =
                    Optional.of(
                            new CdsService(
                                    new RecordAdvice(
                                            parts.knowledge(),
                                            parts.assessor(),
                                            parts.rules(),
                                            parts.measures(),
                                            parts.clock()),
                                    parts.reader(),
                                    parts.database(),
                                    new FhirFetch(),
                                    settings.publicUrl().orElseThrow()));
        } else {
            this.tokens = Optional.empty();
            this.service = Optional.empty();
        }
    }

    public static CdsHooks of(CdsSettings settings, Parts parts) {
        return new CdsHooks(settings, parts);
    }

    /** The same parts with other settings (the server's options). */
    public CdsHooks with(CdsSettings other) {
        return new CdsHooks(other, parts);
    }

    public Clock clock() {
        return parts.clock();
    }

    public CdsSettings settings() {
        return settings;
    }

    /** The token check, or a 503 refusal while the service is not configured. */
    public TokenCheck tokens() {
        return tokens.orElseThrow(CdsHooks::notConfigured);
    }

    public CdsService service() {
        return service.orElseThrow(CdsHooks::notConfigured);
    }

    /** The address a call to {@code path} must name as its {@code aud}. */
    public String audience(String path) {
        return settings.publicUrl().orElseThrow(CdsHooks::notConfigured) + path;
    }

    /** The latest feedback for the clinicians' page (empty while not configured). */
    public List<EhrFeedback> recentFeedback(int limit) {
        return parts.database().inTransaction(tx -> tx.cds().recentFeedback(limit));
    }

    private static CdsRefusal notConfigured() {
        return new CdsRefusal(503, "the CDS Hooks service is not configured on this server", "");
    }
}
