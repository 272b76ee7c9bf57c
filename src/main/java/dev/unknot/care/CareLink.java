package dev.unknot.care;

import java.time.Instant;
import java.util.Optional;

/**
 * A person's consent to one clinician of one clinic: when it was given and, once revoked, when it
 * ended.
 */
public record CareLink(
        long id,
        long personId,
        String personName,
        long clinicianId,
        String clinicianName,
        long clinicId,
        String clinicName,
        LinkStatus status,
        Instant acceptedAt,
        Optional<Instant> endedAt) {
    public boolean active() {
        return status == LinkStatus.ACTIVE;
    }
}
