package dev.unknot.cli;

import dev.unknot.assessment.Assessor;
import dev.unknot.config.Config;
import dev.unknot.followup.FollowUpService;
import dev.unknot.knowledge.FollowUpRules;
import dev.unknot.knowledge.KnowledgeBase;
import dev.unknot.session.Sleeper;
import dev.unknot.store.Database;
import dev.unknot.store.DatabaseUrl;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.Optional;

/**
 * What the commands need beyond the pure core: the database (opened on first use only, so commands
 * that do not store anything start fast), the follow-up rules and the clock. Closes the database.
 */
public final class Services implements AutoCloseable {
    private final KnowledgeBase knowledge;
    private final Assessor assessor;
    private final Config config;
    private final Clock clock;
    private final Sleeper sleeper;
    private Database database;
    private FollowUpRules followUpRules;

    public Services(KnowledgeBase knowledge, Assessor assessor, Config config, Clock clock) {
        this(knowledge, assessor, config, clock, Sleeper.real());
    }

    /** With the sleeper guided sessions wait on between countdown seconds (tests pass one that returns at once). */
    public Services(KnowledgeBase knowledge, Assessor assessor, Config config, Clock clock, Sleeper sleeper) {
        this.knowledge = knowledge;
        this.assessor = assessor;
        this.config = config;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    public Sleeper sleeper() {
        return sleeper;
    }

    public KnowledgeBase knowledge() {
        return knowledge;
    }

    public Assessor assessor() {
        return assessor;
    }

    public Clock clock() {
        return clock;
    }

    public Config config() {
        return config;
    }

    /** The database named by {@code --db}, or the configured one. */
    public synchronized Database database(Optional<String> override) {
        if (database == null) {
            DatabaseUrl url = override.map(DatabaseUrl::new).orElse(config.database());
            if (url.jdbc().startsWith("jdbc:h2:file:") && override.isEmpty()) {
                try {
                    Files.createDirectories(config.home());
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot create the data directory " + config.home(), e);
                }
            }
            database = Database.open(url);
        }
        return database;
    }

    public synchronized FollowUpRules followUpRules() {
        if (followUpRules == null) {
            followUpRules = FollowUpRules.load(knowledge);
        }
        return followUpRules;
    }

    public FollowUpService followUp(Optional<String> override) {
        return new FollowUpService(database(override), assessor, followUpRules(), clock);
    }

    @Override
    public synchronized void close() {
        if (database != null) {
            database.close();
            database = null;
        }
    }
}
