package dev.unknot.account;

import dev.unknot.person.Person;
import dev.unknot.store.Accounts;
import dev.unknot.store.Database;
import dev.unknot.store.Handle;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Web accounts: sign up (a new profile of one's own), sign in (with a second factor where the
 * account has or needs one) and out, and delete everything. Passwords are kept only as bcrypt
 * hashes and sign-in tokens only as SHA-256 hashes. Every password check is limited before bcrypt
 * runs ({@link SignInLimiter}), sign-ups too ({@link SignUpGate}), codes per account ({@link
 * SecondFactors}). {@code client} is who asks, as the web sees them (an address). Thread-safe.
 */
public final class AccountService {
    public static final Duration SIGN_IN_LIFETIME = Duration.ofDays(14);

    /**
     * Web profiles are named apart from the command line's, so signing up never takes over a local
     * profile.
     */
    static final String PROFILE_PREFIX = "web-";

    private final Database database;
    private final Passwords passwords;
    private final SignInLimiter limiter;
    private final SignUpGate signUps;
    private final SecondFactors secondFactors;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public AccountService(
            Database database,
            Passwords passwords,
            SignInLimiter limiter,
            SignUpGate signUps,
            SecondFactors secondFactors,
            Clock clock) {
        this.database = database;
        this.passwords = passwords;
        this.limiter = limiter;
        this.signUps = signUps;
        this.secondFactors = secondFactors;
        this.clock = clock;
    }

    public SecondFactors secondFactors() {
        return secondFactors;
    }

    /**
     * Whether signing in to this account takes a second factor: every clinician's does, since one
     * clinician's sign-in opens many people's records; any other account once it has set one up. A
     * clinician with none yet sets one up in the code step of their first sign-in, before the
     * sign-in opens anything.
     */
    public boolean requiresSecondFactor(Account account) {
        return account.role() == Role.CLINICIAN || secondFactors.required(account.personId());
    }

    /**
     * Makes this account need a second factor to sign in, or no longer: with none set up yet, its
     * next sign-in sets one up before it opens anything.
     */
    public void requireSecondFactor(Account account, boolean required) {
        secondFactors.require(account.personId(), required);
    }

    /**
     * Creates the account and its own empty profile, and signs it in; or answers throttled or busy
     * (see {@link SignUpGate}) without hashing anything.
     */
    public SignIn signUp(Credentials credentials, String client) {
        return signUps.run(
                client,
                () -> open(create(credentials, Role.PERSON, (tx, account) -> account), List.of()));
    }

    /**
     * Creates an account of {@code role} and its own empty profile without signing it in, and runs
     * {@code alongside} in the same transaction (an administrator's command makes a clinician so,
     * with their clinic): if it throws, no account is made.
     */
    public <T> T create(
            Credentials credentials, Role role, BiFunction<Handle, Account, T> alongside) {
        String hash = passwords.hash(credentials.password());
        return database.inTransaction(
                tx -> {
                    String profile = PROFILE_PREFIX + credentials.username();
                    if (tx.accounts().exists(credentials.username())
                            || tx.people().find(profile).isPresent()) {
                        throw new UsernameTakenException(credentials.username());
                    }
                    Person person = tx.people().findOrCreate(profile, clock.instant());
                    tx.accounts()
                            .create(
                                    person,
                                    credentials.username(),
                                    hash,
                                    role.name(),
                                    clock.instant());
                    return alongside.apply(
                            tx,
                            new Account(person.id(), person.name(), credentials.username(), role));
                });
    }

    /**
     * Checks the password within the limits ({@link SignInLimiter}); a right one signs in, or,
     * where the account has or needs a second factor, opens only a half sign-in for the code step
     * ({@link #secondStep}).
     */
    public SignIn signIn(String username, String password, String client) {
        String name = Credentials.normalise(username);
        SignInLimiter.Admission admission = limiter.admit(name, client);
        if (admission instanceof SignInLimiter.Refused refused) {
            return new SignIn.Throttled(refused.retryAfter());
        }
        SignInLimiter.Admitted admitted = (SignInLimiter.Admitted) admission;
        Optional<Accounts.Stored> stored = database.inTransaction(tx -> tx.accounts().find(name));
        if (stored.isEmpty()) {
            passwords.checkDecoy(password);
        }
        if (stored.isEmpty() || !passwords.matches(password, stored.get().passwordHash())) {
            return new SignIn.Refused();
        }
        limiter.succeeded(admitted);
        Account account = account(stored.get());
        if (requiresSecondFactor(account)) {
            return halfOpen(account);
        }
        return open(account, List.of());
    }

    /**
     * The code step of a sign-in: a code from the authenticator app or a recovery code, for the
     * half sign-in of {@code halfToken}. Right, it closes the half sign-in and opens a whole one (a
     * new token); for an account still setting up its second factor, the code also confirms it and
     * the answer carries the new recovery codes. A half sign-in that has expired is refused.
     */
    public SignIn secondStep(String halfToken, String code) {
        Optional<Account> account = halfSignedIn(halfToken);
        if (account.isEmpty()) {
            return new SignIn.Refused();
        }
        CodeCheck check = secondFactors.check(account.get().personId(), code);
        if (check instanceof CodeCheck.Throttled throttled) {
            return new SignIn.Throttled(throttled.retryAfter());
        }
        if (check instanceof CodeCheck.Wrong) {
            return new SignIn.Refused();
        }
        signOut(halfToken);
        return open(
                account.get(),
                check instanceof CodeCheck.Enrolled enrolled
                        ? enrolled.recoveryCodes()
                        : List.of());
    }

    /** The account a cookie token is signed in as, while the sign-in lasts. */
    public Optional<Account> signedIn(String token) {
        if (!plausible(token)) {
            return Optional.empty();
        }
        return database.inTransaction(tx -> tx.accounts().signedIn(hash(token), clock.instant()))
                .map(AccountService::account);
    }

    /** The account of a half sign-in (second factor due), while it lasts. */
    public Optional<Account> halfSignedIn(String token) {
        if (!plausible(token)) {
            return Optional.empty();
        }
        return database.inTransaction(
                        tx -> tx.accounts().halfSignedIn(hash(token), clock.instant()))
                .map(AccountService::account);
    }

    public void signOut(String token) {
        if (!plausible(token)) {
            return;
        }
        database.inTransaction(
                tx -> {
                    tx.accounts().closeSignIn(hash(token));
                    return null;
                });
    }

    /**
     * Deletes the account and everything kept for it (profile, diary, sessions, measures,
     * escalations, sign-ins, second factor) if the password is right; the password check is limited
     * as a sign-in's is.
     */
    public Confirmation delete(Account account, String password, String client) {
        Confirmation checked = checkPassword(account, password, client);
        if (checked instanceof Confirmation.Done) {
            database.inTransaction(tx -> tx.people().delete(account.personId()));
        }
        return checked;
    }

    /** Turns the second factor off, if the password and a code (or recovery code) are right. */
    public Confirmation disableSecondFactor(
            Account account, String password, String code, String client) {
        Confirmation checked = checkPassword(account, password, client);
        if (!(checked instanceof Confirmation.Done)) {
            return checked;
        }
        CodeCheck check = secondFactors.check(account.personId(), code);
        if (check instanceof CodeCheck.Throttled throttled) {
            return new Confirmation.Throttled(throttled.retryAfter());
        }
        if (!(check instanceof CodeCheck.Passed)) {
            return new Confirmation.Wrong("code");
        }
        secondFactors.remove(account.personId());
        return checked;
    }

    private Confirmation checkPassword(Account account, String password, String client) {
        SignInLimiter.Admission admission = limiter.admit(account.username(), client);
        if (admission instanceof SignInLimiter.Refused refused) {
            return new Confirmation.Throttled(refused.retryAfter());
        }
        Optional<Accounts.Stored> stored =
                database.inTransaction(tx -> tx.accounts().find(account.personId()));
        if (stored.isEmpty() || !passwords.matches(password, stored.get().passwordHash())) {
            return new Confirmation.Wrong("password");
        }
        limiter.succeeded((SignInLimiter.Admitted) admission);
        return new Confirmation.Done();
    }

    private SignIn.Accepted open(Account account, List<String> recoveryCodes) {
        String token = newToken();
        Instant now = clock.instant();
        Instant expires = now.plus(SIGN_IN_LIFETIME);
        database.inTransaction(
                tx -> {
                    tx.accounts().closeExpired(now);
                    tx.accounts().openSignIn(hash(token), account.personId(), now, expires, false);
                    return null;
                });
        return new SignIn.Accepted(account, token, expires, recoveryCodes);
    }

    private SignIn.SecondFactorDue halfOpen(Account account) {
        String token = newToken();
        Instant now = clock.instant();
        Instant expires = now.plus(SecondFactors.PENDING_LIFETIME);
        database.inTransaction(
                tx -> {
                    tx.accounts().closeExpired(now);
                    tx.accounts().openSignIn(hash(token), account.personId(), now, expires, true);
                    return null;
                });
        return new SignIn.SecondFactorDue(
                token, expires, !secondFactors.enrolled(account.personId()));
    }

    private String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static boolean plausible(String token) {
        return !token.isEmpty() && token.length() <= 100;
    }

    private static Account account(Accounts.Stored stored) {
        return new Account(
                stored.personId(), stored.profile(), stored.username(), Role.stored(stored.role()));
    }

    /** The SHA-256 of a sign-in token, in hex: what is stored, and what form tokens derive from. */
    public static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(
                            MessageDigest.getInstance("SHA-256")
                                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
