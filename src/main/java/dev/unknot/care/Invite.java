package dev.unknot.care;

import java.time.Instant;
import java.util.Optional;

/**
 * A stored invite (its code is kept only as a hash): who asks, from which clinic, when it was made,
 * when it expires and, once answered, when.
 */
public record Invite(
        long id,
        long clinicianId,
        String clinicianName,
        long clinicId,
        String clinicName,
        Instant createdAt,
        Instant expiresAt,
        Optional<Instant> usedAt) {

    /** Whether it may still be answered at {@code now}: not used and not expired. */
    public boolean open(Instant now) {
        return usedAt.isEmpty() && expiresAt.isAfter(now);
    }
}
