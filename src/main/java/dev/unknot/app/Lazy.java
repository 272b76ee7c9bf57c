package dev.unknot.app;

import java.util.function.Supplier;

/** A part of the program built on first use, from a whole recipe, then kept. Thread-safe. */
final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> recipe;
    private T value;

    Lazy(Supplier<T> recipe) {
        this.recipe = recipe;
    }

    @Override
    public synchronized T get() {
        if (value == null) {
            value = recipe.get();
        }
        return value;
    }
}
