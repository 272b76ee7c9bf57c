package dev.unknot.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.person.Person;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The account-security tables of V4 (second factor, recovery codes, half sign-ins) as every
 * database must keep them; run on H2 and on PostgreSQL.
 */
abstract class AccountSecurityContract {
    static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    Database database;
    private DatabaseUrl url;
    private long personId;

    abstract DatabaseUrl url();

    void dispose(DatabaseUrl url) {}

    @BeforeEach
    void open() {
        url = url();
        database = Database.open(url);
        personId =
                database.inTransaction(
                        tx -> {
                            Person person = tx.people().findOrCreate("web-alice", NOW);
                            tx.accounts().create(person, "alice", "$2b$04$hash", NOW);
                            return person.id();
                        });
    }

    @AfterEach
    void close() {
        database.close();
        dispose(url);
    }

    @Test
    void aHalfSignInIsNeverASignIn() {
        database.inTransaction(
                tx -> {
                    tx.accounts().openSignIn("half", personId, NOW, NOW.plusSeconds(300), true);
                    tx.accounts().openSignIn("whole", personId, NOW, NOW.plusSeconds(300), false);
                    return null;
                });

        database.inTransaction(
                tx -> {
                    assertThat(tx.accounts().signedIn("half", NOW)).isEmpty();
                    assertThat(tx.accounts().halfSignedIn("half", NOW)).isPresent();
                    assertThat(tx.accounts().signedIn("whole", NOW)).isPresent();
                    assertThat(tx.accounts().halfSignedIn("whole", NOW)).isEmpty();
                    assertThat(tx.accounts().halfSignedIn("half", NOW.plusSeconds(300))).isEmpty();
                    return null;
                });
    }

    @Test
    void aSecretIsConfirmedByItsFirstStepAndNoStepIsUsedTwice() {
        database.inTransaction(
                tx -> {
                    tx.authenticators().begin(personId, "JBSWY3DPEHPK3PXP", NOW);
                    assertThat(tx.authenticators().find(personId).orElseThrow().confirmed())
                            .isFalse();
                    assertThat(tx.authenticators().useStep(personId, 100, NOW)).isTrue();
                    assertThat(tx.authenticators().useStep(personId, 100, NOW)).isFalse();
                    assertThat(tx.authenticators().useStep(personId, 99, NOW)).isFalse();
                    assertThat(tx.authenticators().useStep(personId, 101, NOW)).isTrue();
                    assertThat(tx.authenticators().find(personId).orElseThrow())
                            .isEqualTo(new Authenticators.Stored("JBSWY3DPEHPK3PXP", true, 101));
                    return null;
                });
    }

    @Test
    void aRecoveryCodeIsSpentOnceAndGoesWithTheAccount() {
        database.inTransaction(
                tx -> {
                    tx.authenticators().begin(personId, "JBSWY3DPEHPK3PXP", NOW);
                    tx.authenticators().replaceRecoveryCodes(personId, List.of("a", "b", "c"));
                    assertThat(tx.authenticators().useRecoveryCode(personId, "b", NOW)).isTrue();
                    assertThat(tx.authenticators().useRecoveryCode(personId, "b", NOW)).isFalse();
                    assertThat(tx.authenticators().useRecoveryCode(personId, "z", NOW)).isFalse();
                    assertThat(tx.authenticators().recoveryCodesLeft(personId)).isEqualTo(2);
                    tx.accounts().requireSecondFactor(personId, true);
                    assertThat(tx.accounts().secondFactorRequired(personId)).isTrue();
                    return null;
                });

        database.inTransaction(tx -> tx.people().delete(personId));

        database.inTransaction(
                tx -> {
                    assertThat(tx.authenticators().find(personId)).isEmpty();
                    assertThat(tx.authenticators().recoveryCodesLeft(personId)).isZero();
                    return null;
                });
    }
}
