package dev.unknot.account;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;

/**
 * bcrypt password hashes. Passwords longer than bcrypt's 72 bytes are first reduced with SHA-512
 * (so every character counts) instead of being cut off. The cost is a setting: 12 in service, lower
 * in tests.
 */
public final class Passwords {
    public static final int DEFAULT_COST = 12;
    private static final BCrypt.Version VERSION = BCrypt.Version.VERSION_2B;

    private final int cost;
    private final BCrypt.Hasher hasher =
            BCrypt.with(VERSION, LongPasswordStrategies.hashSha512(VERSION));
    private final BCrypt.Verifyer verifyer =
            BCrypt.verifyer(VERSION, LongPasswordStrategies.hashSha512(VERSION));
    private final String decoy;

    public Passwords(int cost) {
        if (cost < BCrypt.MIN_COST || cost > BCrypt.MAX_COST) {
            throw new IllegalArgumentException(
                    "bcrypt cost must be " + BCrypt.MIN_COST + "-" + BCrypt.MAX_COST);
        }
        this.cost = cost;
        this.decoy = hash("a password no account has");
    }

    public String hash(String password) {
        return hasher.hashToString(cost, password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        return verifyer.verify(password.toCharArray(), hash).verified;
    }

    /**
     * Spends the time of one check, so a wrong user name takes as long to refuse as a wrong
     * password.
     */
    void checkDecoy(String password) {
        matches(password, decoy);
    }
}
