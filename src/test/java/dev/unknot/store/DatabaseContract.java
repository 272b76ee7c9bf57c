package dev.unknot.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A storage contract run on every supported database: each test gets a fresh {@link #database} at
 * the subclass's {@link #url}, closed (and disposed of, for a PostgreSQL schema) afterwards.
 */
abstract class DatabaseContract {
    Database database;
    private DatabaseUrl url;

    /** Where this run's fresh database is. */
    abstract DatabaseUrl url();

    /** Removes what the database left behind (a PostgreSQL schema); nothing for an H2 file. */
    void dispose(DatabaseUrl url) {}

    @BeforeEach
    void openDatabase() {
        url = url();
        database = Database.open(url);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
        dispose(url);
    }
}
