package dev.unknot.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unknot.intake.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CredentialsTest {

    @Test
    void userNamesAreKeptInLowerCase() {
        assertThat(new Credentials("  Alice.B ", "correct horse battery").username())
                .isEqualTo("alice.b");
    }

    @Test
    void shortOrOddUserNamesNameTheField() {
        assertThatThrownBy(() -> new Credentials("al", "correct horse battery"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("username")
                .hasMessageContaining("3-40 letters");
        assertThatThrownBy(() -> new Credentials("al ice", "correct horse battery"))
                .hasMessageContaining("username");
    }

    @Test
    void passwordsMustBeLongEnoughAndNotTheUserName() {
        assertThatThrownBy(() -> new Credentials("alice", "short"))
                .hasMessageContaining("password")
                .hasMessageContaining("10 to 200");
        assertThatThrownBy(() -> new Credentials("alice", "alice12345678"))
                .hasMessageContaining("must not contain the user name");
    }

    @Test
    void aPasswordOfOnlySpacesIsRefusedNamingTheField() {
        assertThatThrownBy(() -> new Credentials("alice", " ".repeat(10)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("password:")
                .hasMessageContaining("must not be only spaces");
        assertThatThrownBy(() -> new Credentials("alice", "\t \n".repeat(5)))
                .hasMessageContaining("must not be only spaces");
    }

    @Test
    void commonPasswordsAreRefusedWhateverTheirCase() {
        for (String common :
                List.of(
                        "password12",
                        "PASSWORD12",
                        "Password123",
                        "1234567890",
                        "123456789a".replace("a", "0"),
                        "qwertyuiop",
                        "iloveyou123",
                        "sunshine2024")) {
            assertThatThrownBy(() -> new Credentials("alice", common))
                    .as(common)
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageStartingWith("password:")
                    .hasMessageContaining("most common passwords");
        }
        assertThat(new Credentials("alice", "correct horse battery").password())
                .isEqualTo("correct horse battery");
    }

    @Test
    void theBundledListHoldsThousandsOfPasswords() {
        assertThat(CommonPasswords.size()).isGreaterThan(5_000);
        assertThat(CommonPasswords.contains("  QwErTy123 ")).isTrue();
    }

    @Test
    void thePasswordNeverShowsInText() {
        assertThat(new Credentials("alice", "correct horse battery").toString())
                .doesNotContain("horse");
    }

    @Test
    void aLongPasswordCountsPastBcryptsSeventyTwoBytes() {
        Passwords passwords = new Passwords(4);
        String base = "x".repeat(80);
        String hash = passwords.hash(base + "1");

        assertThat(passwords.matches(base + "1", hash)).isTrue();
        assertThat(passwords.matches(base + "2", hash)).isFalse();
        assertThat(hash).doesNotContain(base);
    }
}
