package dev.unknot.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unknot.intake.InvalidInputException;
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
