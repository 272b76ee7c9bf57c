package dev.unknot.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.app.TestClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TotpTest {
    /** RFC 6238's SHA-1 test key, "12345678901234567890", as an authenticator app is given it. */
    private static final String RFC_SECRET =
            Base32.encode("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @Test
    void codesAreTheSixDigitEndsOfRfc6238sTestVectors() {
        assertThat(RFC_SECRET).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Totp.code(RFC_SECRET, Instant.ofEpochSecond(59))).isEqualTo("287082");
        assertThat(Totp.code(RFC_SECRET, Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
        assertThat(Totp.code(RFC_SECRET, Instant.ofEpochSecond(2000000000))).isEqualTo("279037");
    }

    @Test
    void aCodeIsTakenFromTheStepBeforeOrAfterButNoFurther() {
        TestClock clock = new TestClock(Instant.ofEpochSecond(1111111109));
        Totp totp = new Totp(clock);
        String code = Totp.code(RFC_SECRET, clock.instant());

        assertThat(totp.step(RFC_SECRET, code)).hasValue(1111111109 / 30);
        clock.advance(Duration.ofSeconds(30));
        assertThat(totp.step(RFC_SECRET, code)).isPresent();
        clock.advance(Duration.ofSeconds(60));
        assertThat(totp.step(RFC_SECRET, code)).isEmpty();
    }

    @Test
    void base32RoundTrips() {
        byte[] bytes = {0, 1, 2, (byte) 0xff, 127, -128, 42, 7, 9, 11};

        assertThat(Base32.decode(Base32.encode(bytes))).isEqualTo(bytes);
    }
}
