package dev.unknot.account;

import dev.unknot.intake.InvalidInputException;
import dev.unknot.store.Authenticators;
import dev.unknot.store.Database;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * The second factor: a TOTP secret per account (RFC 6238, see {@link Totp}) and {@link
 * #RECOVERY_CODES} one-time recovery codes. A secret is set up in two steps, so a typo cannot lock
 * anyone out: {@link #begin} makes it, and the first right code confirms it. Each code is good once
 * (the newest step used is stored, so a code seen over a shoulder cannot be replayed within its 30
 * s), each recovery code too (stored only as a hash). Guessing is limited per account: every code
 * tried takes one of {@code codesPerAccount} slots per {@link SignInLimiter#WINDOW} before it is
 * checked. Thread-safe.
 */
public final class SecondFactors {
    public static final int RECOVERY_CODES = 10;

    /** How long a half sign-in (password right, code due) lasts. */
    public static final Duration PENDING_LIFETIME = Duration.ofMinutes(5);

    static final String ISSUER = "unknot";
    private static final Pattern SIX_DIGITS = Pattern.compile("[0-9]{6}");
    private static final Pattern RECOVERY = Pattern.compile("[a-z2-7]{10}");

    private final Database database;
    private final Totp totp;
    private final Attempts attempts;
    private final AccountLimits limits;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public SecondFactors(Database database, AccountLimits limits, Clock clock) {
        this.database = database;
        this.totp = new Totp(clock);
        this.attempts = new Attempts(SignInLimiter.WINDOW, Attempts.DEFAULT_MAXIMUM, clock);
        this.limits = limits;
        this.clock = clock;
    }

    /** Whether this account has a confirmed second factor. */
    public boolean enrolled(long personId) {
        return database.inTransaction(tx -> tx.authenticators().find(personId))
                .filter(Authenticators.Stored::confirmed)
                .isPresent();
    }

    /** Whether signing in to this account takes a second factor: it has one, or must have one. */
    public boolean required(long personId) {
        return database.inTransaction(
                tx ->
                        tx.accounts().secondFactorRequired(personId)
                                || tx.authenticators()
                                        .find(personId)
                                        .filter(Authenticators.Stored::confirmed)
                                        .isPresent());
    }

    /** Makes (or stops making) this account need a second factor to sign in, e.g. a clinician's. */
    public void require(long personId, boolean required) {
        database.inTransaction(
                tx -> {
                    tx.accounts().requireSecondFactor(personId, required);
                    return null;
                });
    }

    /**
     * A new secret for the account, not in use until a code for it is {@link #check checked};
     * refused while a confirmed one is on (it must be turned off first, with a code).
     */
    public Enrolment begin(Account account) {
        byte[] bytes = new byte[20];
        random.nextBytes(bytes);
        String secret = Base32.encode(bytes);
        database.inTransaction(
                tx -> {
                    if (tx.authenticators()
                            .find(account.personId())
                            .filter(Authenticators.Stored::confirmed)
                            .isPresent()) {
                        throw new InvalidInputException(
                                "secondFactor",
                                "is already on; turn it off first to set up another");
                    }
                    tx.authenticators().begin(account.personId(), secret, clock.instant());
                    return null;
                });
        return enrolment(account, secret);
    }

    /** The secret being set up and not yet confirmed, if any (to show it again). */
    public Optional<Enrolment> pending(Account account) {
        return database.inTransaction(tx -> tx.authenticators().find(account.personId()))
                .filter(stored -> !stored.confirmed())
                .map(stored -> enrolment(account, stored.secret()));
    }

    /**
     * Checks a code from the authenticator app or a recovery code, within the limit on tries: for a
     * secret being set up, a right code confirms it and makes the recovery codes.
     */
    public CodeCheck check(long personId, String typed) {
        String key = "code:" + personId;
        Instant now = clock.instant();
        Optional<Duration> wait = attempts.reserve(key, limits.codesPerAccount(), now);
        if (wait.isPresent()) {
            return new CodeCheck.Throttled(wait.get());
        }
        CodeCheck outcome =
                verify(personId, typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT));
        if (!(outcome instanceof CodeCheck.Wrong)) {
            attempts.clear(key);
        }
        return outcome;
    }

    /** Turns the second factor off: forgets the secret and the recovery codes. */
    void remove(long personId) {
        database.inTransaction(
                tx -> {
                    tx.authenticators().remove(personId);
                    return null;
                });
    }

    private CodeCheck verify(long personId, String code) {
        Optional<Authenticators.Stored> stored =
                database.inTransaction(tx -> tx.authenticators().find(personId));
        if (stored.isEmpty()) {
            return new CodeCheck.Wrong();
        }
        if (SIX_DIGITS.matcher(code).matches()) {
            OptionalLong step = totp.step(stored.get().secret(), code);
            if (step.isEmpty()) {
                return new CodeCheck.Wrong();
            }
            Instant now = clock.instant();
            return database.inTransaction(
                    tx -> {
                        if (!tx.authenticators().useStep(personId, step.getAsLong(), now)) {
                            return new CodeCheck.Wrong();
                        }
                        if (stored.get().confirmed()) {
                            return new CodeCheck.Passed();
                        }
                        List<String> codes = recoveryCodes();
                        tx.authenticators()
                                .replaceRecoveryCodes(
                                        personId,
                                        codes.stream()
                                                .map(c -> hash(personId, c.replace("-", "")))
                                                .toList());
                        return new CodeCheck.Enrolled(codes);
                    });
        }
        if (stored.get().confirmed() && RECOVERY.matcher(code).matches()) {
            Instant now = clock.instant();
            boolean used =
                    database.inTransaction(
                            tx ->
                                    tx.authenticators()
                                            .useRecoveryCode(personId, hash(personId, code), now));
            return used ? new CodeCheck.Passed() : new CodeCheck.Wrong();
        }
        return new CodeCheck.Wrong();
    }

    private List<String> recoveryCodes() {
        String alphabet = "abcdefghijklmnopqrstuvwxyz234567";
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < 10; c++) {
                if (c == 5) {
                    code.append('-');
                }
                code.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            codes.add(code.toString());
        }
        return codes;
    }

    private static Enrolment enrolment(Account account, String secret) {
        String label =
                URLEncoder.encode(ISSUER + ":" + account.username(), StandardCharsets.UTF_8)
                        .replace("+", "%20");
        return new Enrolment(
                secret,
                "otpauth://totp/"
                        + label
                        + "?secret="
                        + secret
                        + "&issuer="
                        + ISSUER
                        + "&algorithm=SHA1&digits="
                        + Totp.DIGITS
                        + "&period="
                        + Totp.STEP.toSeconds());
    }

    private static String hash(long personId, String code) {
        try {
            return HexFormat.of()
                    .formatHex(
                            MessageDigest.getInstance("SHA-256")
                                    .digest(
                                            (personId + ":" + code)
                                                    .getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
