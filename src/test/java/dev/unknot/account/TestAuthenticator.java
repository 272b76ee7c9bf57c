package dev.unknot.account;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a test's authenticator app and recovery sheet hold for each account (keyed by server and
 * user name), for tests that sign clinicians in: the code of a time step not yet used (a code is
 * good once, and the server takes the step before, now and after), or, once two sign-ins within one
 * step have used both steps still open, a recovery code.
 */
public final class TestAuthenticator {
    private static final Map<String, Factor> FACTORS = new ConcurrentHashMap<>();

    private TestAuthenticator() {}

    /** The secret a first sign-in showed, to set the factor up with. */
    public static void setUp(String account, String secret) {
        FACTORS.put(account, new Factor(secret.replace(" ", "").toUpperCase()));
    }

    /** The recovery codes shown once the factor is on. */
    public static void recoveryCodes(String account, List<String> codes) {
        Factor factor = factor(account);
        synchronized (factor) {
            factor.recoveryCodes.addAll(codes);
        }
    }

    /** The code to type now. */
    public static String code(String account, Instant now) {
        Factor factor = factor(account);
        synchronized (factor) {
            long current = now.getEpochSecond() / Totp.STEP.toSeconds();
            long step = Math.max(current, factor.lastStep + 1);
            if (step <= current + 1) {
                factor.lastStep = step;
                return Totp.code(
                        factor.secret, Instant.ofEpochSecond(step * Totp.STEP.toSeconds()));
            }
            if (factor.recoveryCodes.isEmpty()) {
                throw new IllegalStateException("no code left for " + account + " in this step");
            }
            return factor.recoveryCodes.remove(0);
        }
    }

    private static Factor factor(String account) {
        Factor factor = FACTORS.get(account);
        if (factor == null) {
            throw new IllegalStateException("no second factor set up for " + account);
        }
        return factor;
    }

    private static final class Factor {
        final String secret;
        long lastStep = Long.MIN_VALUE / 2;
        final List<String> recoveryCodes = new ArrayList<>();

        Factor(String secret) {
            this.secret = secret;
        }
    }
}
