package dev.unknot.store;

import dev.unknot.intake.Coded;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

/** Sets of coded enums stored as comma-separated codes in one column. */
final class Codes {
    private Codes() {}

    static String join(Collection<? extends Coded> values) {
        return values.stream().map(Coded::code).collect(Collectors.joining(","));
    }

    static <E extends Enum<E> & Coded> EnumSet<E> split(Class<E> type, String joined) {
        EnumSet<E> values = EnumSet.noneOf(type);
        if (joined.isEmpty()) {
            return values;
        }
        List<String> unknown = new ArrayList<>();
        for (String code : joined.split(",")) {
            Coded.fromCode(type, code).ifPresentOrElse(values::add, () -> unknown.add(code));
        }
        if (!unknown.isEmpty()) {
            throw new IllegalStateException(
                    "stored codes not known to " + type.getSimpleName() + ": " + unknown);
        }
        return values;
    }
}
