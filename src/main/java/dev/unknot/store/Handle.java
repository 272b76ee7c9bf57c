package dev.unknot.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * One transaction's way into the database: the repositories, each bound to the transaction's
 * connection. Valid only inside the {@link Database#inTransaction} call that made it; not
 * thread-safe.
 */
public final class Handle {
    private final Connection connection;
    private final DatabaseUrl url;

    Handle(Connection connection, DatabaseUrl url) {
        this.connection = connection;
        this.url = url;
    }

    public People people() {
        return new People(this);
    }

    public Diary diary() {
        return new Diary(this);
    }

    public Sessions sessions() {
        return new Sessions(this);
    }

    public Assessments assessments() {
        return new Assessments(this);
    }

    public Escalations escalations() {
        return new Escalations(this);
    }

    public MeasureResults measures() {
        return new MeasureResults(this);
    }

    public Accounts accounts() {
        return new Accounts(this);
    }

    public Authenticators authenticators() {
        return new Authenticators(this);
    }

    public Plans plans() {
        return new Plans(this);
    }

    public PlanSessions planSessions() {
        return new PlanSessions(this);
    }

    public Suggestions suggestions() {
        return new Suggestions(this);
    }

    public Clinics clinics() {
        return new Clinics(this);
    }

    public CareLinks care() {
        return new CareLinks(this);
    }

    public CareRoster roster() {
        return new CareRoster(this);
    }

    public Reviews reviews() {
        return new Reviews(this);
    }

    public CdsRecords cds() {
        return new CdsRecords(this);
    }

    public WorkstationCheckRows workstationChecks() {
        return new WorkstationCheckRows(this);
    }

    public BreakLog breakLog() {
        return new BreakLog(this);
    }

    public BreakPreferences breakSettings() {
        return new BreakPreferences(this);
    }

    /**
     * Runs JDBC work on this transaction's connection; an {@link SQLException} becomes a {@link
     * StorageException}.
     */
    <T> T jdbc(Jdbc<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw Database.failed(url, e);
        }
    }

    /** Statements run on one connection, as the repositories write them. */
    @FunctionalInterface
    interface Jdbc<T> {
        T run(Connection connection) throws SQLException;
    }
}
