package dev.unknot.care;

import java.time.Instant;

/**
 * What a clinic's EHR said about one card the CDS Hooks service gave: which EHR ({@code issuer}),
 * which service and card, whether the clinician accepted or overrode it ({@code outcome}: {@code
 * accepted} or {@code overridden}), how many suggestions were accepted, the override reason in the
 * EHR's words (empty when none), when the EHR says it happened and when unknot received it.
 */
public record EhrFeedback(
        String issuer,
        String service,
        String card,
        String outcome,
        int acceptedSuggestions,
        String overrideReason,
        Instant outcomeAt,
        Instant receivedAt) {}
