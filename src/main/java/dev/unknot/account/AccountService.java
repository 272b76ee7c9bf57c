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
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Web accounts: sign up (a new profile of one's own), sign in and out, and delete everything.
 * Passwords are kept only as bcrypt hashes and sign-in tokens only as SHA-256 hashes. Thread-safe.
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
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public AccountService(
            Database database, Passwords passwords, SignInLimiter limiter, Clock clock) {
        this.database = database;
        this.passwords = passwords;
        this.limiter = limiter;
        this.clock = clock;
    }

    /** Creates the account and its own empty profile, and signs it in. */
    public SignIn.Accepted signUp(Credentials credentials) {
        return open(create(credentials, Role.PERSON, (tx, account) -> account));
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
     * Whether signing in as this account needs a second factor after the password: every clinician
     * account does, since one clinician's sign-in opens many people's records. The TOTP check
     * itself comes with account security (branch {@code sec}); {@link #signIn} asks this at the
     * point where that check belongs.
     */
    public static boolean secondFactorRequired(Account account) {
        return account.role() == Role.CLINICIAN;
    }

    /** Checks the password, within the limits on failed attempts per user name and per client. */
    public SignIn signIn(String username, String password, String client) {
        String name = Credentials.normalise(username);
        Optional<Duration> wait = limiter.wait(name, client);
        if (wait.isPresent()) {
            return new SignIn.Throttled(wait.get());
        }
        Optional<Accounts.Stored> stored = database.inTransaction(tx -> tx.accounts().find(name));
        if (stored.isEmpty()) {
            passwords.checkDecoy(password);
        }
        if (stored.isEmpty() || !passwords.matches(password, stored.get().passwordHash())) {
            limiter.failed(name, client);
            return new SignIn.Refused();
        }
        limiter.succeeded(name);
        Account account = account(stored.get());
        // The second factor goes here: when secondFactorRequired(account), the TOTP check of
        // account security answers before the sign-in is opened.
        return open(account);
    }

    /** The account a cookie token is signed in as, while the sign-in lasts. */
    public Optional<Account> signedIn(String token) {
        if (token.isEmpty() || token.length() > 100) {
            return Optional.empty();
        }
        return database.inTransaction(tx -> tx.accounts().signedIn(hash(token), clock.instant()))
                .map(AccountService::account);
    }

    public void signOut(String token) {
        database.inTransaction(
                tx -> {
                    tx.accounts().closeSignIn(hash(token));
                    return null;
                });
    }

    /**
     * Deletes the account and everything kept for it (profile, diary, sessions, measures,
     * escalations, sign-ins) if the password is right; returns whether it did.
     */
    public boolean delete(Account account, String password) {
        Optional<Accounts.Stored> stored =
                database.inTransaction(tx -> tx.accounts().find(account.personId()));
        if (stored.isEmpty() || !passwords.matches(password, stored.get().passwordHash())) {
            return false;
        }
        return database.inTransaction(tx -> tx.people().delete(account.personId()));
    }

    private SignIn.Accepted open(Account account) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        Instant expires = now.plus(SIGN_IN_LIFETIME);
        database.inTransaction(
                tx -> {
                    tx.accounts().closeExpired(now);
                    tx.accounts().openSignIn(hash(token), account.personId(), now, expires);
                    return null;
                });
        return new SignIn.Accepted(account, token, expires);
    }

    private static Account account(Accounts.Stored stored) {
        return new Account(
                stored.personId(), stored.profile(), stored.username(), Role.stored(stored.role()));
    }

    private static String hash(String token) {
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
