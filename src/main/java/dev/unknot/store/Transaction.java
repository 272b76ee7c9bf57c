package dev.unknot.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done on one connection inside one transaction. */
@FunctionalInterface
public interface Transaction<T> {
    T run(Connection connection) throws SQLException;
}
