package dev.unknot.clinic;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Invite codes: 28 characters of Crockford's base 32 (140 random bits), typed in groups of four
 * ({@code 7K2M-...}); case, spaces, dashes and the look-alikes O, I and L do not matter. Kept only
 * as SHA-256 hashes. Thread-safe.
 */
final class InviteCode {
    static final int LENGTH = 28;
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final Pattern CODE = Pattern.compile("[0-9A-HJKMNP-TV-Z]{" + LENGTH + "}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private InviteCode() {}

    static String fresh() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as typed, in its one stored form; empty when it cannot be a code. */
    static Optional<String> normalise(String typed) {
        if (typed.length() > 100) {
            return Optional.empty();
        }
        String code =
                typed.toUpperCase(Locale.ROOT)
                        .replaceAll("[\\s-]", "")
                        .replace('O', '0')
                        .replace('I', '1')
                        .replace('L', '1');
        return CODE.matcher(code).matches() ? Optional.of(code) : Optional.empty();
    }

    /** The code in groups of four, as a person types it. */
    static String grouped(String code) {
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < code.length(); i += 4) {
            if (i > 0) {
                shown.append('-');
            }
            shown.append(code, i, Math.min(code.length(), i + 4));
        }
        return shown.toString();
    }

    static String hash(String code) {
        try {
            return HexFormat.of()
                    .formatHex(
                            MessageDigest.getInstance("SHA-256")
                                    .digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
