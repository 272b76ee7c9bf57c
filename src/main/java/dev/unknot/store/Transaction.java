package dev.unknot.store;

/** Work done inside one transaction, through the repositories of its {@link Handle}. */
@FunctionalInterface
public interface Transaction<T> {
    T run(Handle tx);
}
