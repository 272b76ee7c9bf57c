package dev.unknot.intake;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An enum whose constants have a stable lower-case code, the one used in JSON, data files and the
 * CLI.
 */
public interface Coded {

    /** The code as written in {@code intake.md}, e.g. {@code "beside-spine"}. */
    String code();

    /** Looks a code up among the constants of {@code type}. */
    static <E extends Enum<E> & Coded> Optional<E> fromCode(Class<E> type, String code) {
        for (E constant : type.getEnumConstants()) {
            if (constant.code().equals(code)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    /** Every code of {@code type}, in declaration order. */
    static List<String> codes(Class<? extends Coded> type) {
        return Arrays.stream(type.getEnumConstants())
                .map(Coded::code)
                .collect(Collectors.toUnmodifiableList());
    }
}
