package dev.unknot.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigTest {
    static final Path USER_HOME = Path.of("/from/user.home");

    @Test
    void unknotHomeOverridesEverything() {
        Config config =
                Config.fromEnvironment(
                        Map.of("UNKNOT_HOME", "/data/unknot", "HOME", "/home/ann"), USER_HOME);

        assertThat(config.home()).isEqualTo(Path.of("/data/unknot"));
        assertThat(config.database().jdbc()).contains("/data/unknot");
    }

    @Test
    void homeFromTheEnvironmentIsUsedNotUserHome() {
        Config config = Config.fromEnvironment(Map.of("HOME", "/home/ann"), USER_HOME);

        assertThat(config.home()).isEqualTo(Path.of("/home/ann/.unknot"));
    }

    @Test
    void userHomeOnlyWhenHomeIsUnset() {
        assertThat(Config.fromEnvironment(Map.of(), USER_HOME).home())
                .isEqualTo(USER_HOME.resolve(".unknot"));
        assertThat(Config.fromEnvironment(Map.of("HOME", ""), USER_HOME).home())
                .isEqualTo(USER_HOME.resolve(".unknot"));
    }

    @Test
    void databaseAndProfileComeFromTheEnvironmentToo() {
        Config config =
                Config.fromEnvironment(
                        Map.of(
                                "HOME", "/home/ann",
                                "UNKNOT_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test",
                                "UNKNOT_PROFILE", "ann"),
                        USER_HOME);

        assertThat(config.database().jdbc()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/test");
        assertThat(config.profile()).isEqualTo("ann");
    }
}
