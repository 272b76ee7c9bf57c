package dev.unknot.account;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.Key;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time codes (RFC 6238) as every authenticator app makes them: HMAC-SHA1, six
 * digits, a 30-second step, computed by java-otp. A code is taken from the step before or after
 * too, for a phone's clock a little off. The clock is passed in, so tests choose the time.
 * Thread-safe.
 */
public final class Totp {
    public static final Duration STEP = Duration.ofSeconds(30);
    public static final int DIGITS = 6;
    private static final String ALGORITHM =
            TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1;

    private final Clock clock;
    private final TimeBasedOneTimePasswordGenerator generator =
            new TimeBasedOneTimePasswordGenerator(STEP, DIGITS, ALGORITHM);

    public Totp(Clock clock) {
        this.clock = clock;
    }

    /** The code for the Base32 {@code secret} at {@code at}. */
    public static String code(String secret, Instant at) {
        return new Totp(Clock.systemUTC()).codeAt(secret, at);
    }

    String codeAt(String secret, Instant at) {
        try {
            return generator.generateOneTimePasswordString(key(secret), at, Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("an HMAC-SHA1 key of any length is valid", e);
        }
    }

    /** The time step whose code {@code code} is, among the steps around now, if any. */
    OptionalLong step(String secret, String code) {
        long now = clock.instant().getEpochSecond() / STEP.toSeconds();
        for (long step = now - 1; step <= now + 1; step++) {
            String expected = codeAt(secret, Instant.ofEpochSecond(step * STEP.toSeconds()));
            // compared in constant time: how far a guess matched must not show in the timing
            if (MessageDigest.isEqual(
                    expected.getBytes(StandardCharsets.US_ASCII),
                    code.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    private static Key key(String secret) {
        return new SecretKeySpec(Base32.decode(secret), ALGORITHM);
    }
}
