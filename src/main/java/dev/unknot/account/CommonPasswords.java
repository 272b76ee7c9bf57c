package dev.unknot.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Passwords too common to allow: the bundled list {@code account/common-passwords.txt} (the most
 * used passwords of public breach lists and their usual patterns), compared without regard to case.
 * Loaded once, on first use. Thread-safe.
 */
final class CommonPasswords {
    static final String RESOURCE = "account/common-passwords.txt";

    private CommonPasswords() {}

    private static final class Loaded {
        static final Set<String> PASSWORDS = load();
    }

    static boolean contains(String password) {
        return Loaded.PASSWORDS.contains(password.strip().toLowerCase(Locale.ROOT));
    }

    static int size() {
        return Loaded.PASSWORDS.size();
    }

    private static Set<String> load() {
        try (InputStream in =
                CommonPasswords.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            Set<String> passwords = new HashSet<>();
            BufferedReader lines =
                    new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    passwords.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
            return Set.copyOf(passwords);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
