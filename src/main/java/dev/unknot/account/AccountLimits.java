package dev.unknot.account;

/**
 * How much password, code and sign-up work one client or account may ask for (see {@link
 * SignInLimiter} and {@link SignUpGate} for how each is used). Counts are per {@link
 * SignInLimiter#WINDOW}.
 *
 * @param perAccountAndClient password checks for one account from one client
 * @param perClient password checks from one client, across accounts
 * @param perAccount password checks for one account from clients that have already failed on it
 * @param codesPerAccount second-factor codes tried for one account
 * @param signUpsPerClient sign-ups from one client
 * @param signUpsOverall sign-ups from everyone
 * @param concurrentSignUps sign-ups hashing a password at the same moment; more are turned away
 */
public record AccountLimits(
        int perAccountAndClient,
        int perClient,
        int perAccount,
        int codesPerAccount,
        int signUpsPerClient,
        int signUpsOverall,
        int concurrentSignUps) {

    /** The limits of a real run. */
    public static final AccountLimits DEFAULT = new AccountLimits(5, 20, 50, 5, 5, 200, 2);

    public AccountLimits {
        if (perAccountAndClient < 1
                || perClient < 1
                || perAccount < 1
                || codesPerAccount < 1
                || signUpsPerClient < 1
                || signUpsOverall < 1
                || concurrentSignUps < 1) {
            throw new IllegalArgumentException("every account limit must be at least 1");
        }
    }

    /** These limits with other sign-up limits (tests). */
    public AccountLimits withSignUps(int perClient, int overall, int concurrent) {
        return new AccountLimits(
                perAccountAndClient,
                this.perClient,
                perAccount,
                codesPerAccount,
                perClient,
                overall,
                concurrent);
    }
}
