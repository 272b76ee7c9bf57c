package dev.unknot.cli;

import dev.unknot.knowledge.KnowledgeException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import dev.unknot.assessment.Assessor;
import dev.unknot.config.Config;
import dev.unknot.followup.FollowUpService;
import dev.unknot.knowledge.FollowUpRules;
import dev.unknot.knowledge.KnowledgeBase;
import dev.unknot.measure.Measures;
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
    private final Supplier<KnowledgeBase> loading;
    private KnowledgeBase knowledge;
    private Assessor assessor;
    private final Config config;
    private final Clock clock;
    private final Sleeper sleeper;
    private Database database;
    private FollowUpRules followUpRules;
    private Measures measures;

    public Services(KnowledgeBase knowledge, Assessor assessor, Config config, Clock clock) {
        this(knowledge, assessor, config, clock, Sleeper.real());
    }

    /** With the sleeper guided sessions wait on between countdown seconds (tests pass one that returns at once). */
    public Services(KnowledgeBase knowledge, Assessor assessor, Config config, Clock clock, Sleeper sleeper) {
        this(() -> knowledge, config, clock, sleeper);
        this.knowledge = knowledge;
        this.assessor = assessor;
    }

    private Services(Supplier<KnowledgeBase> loading, Config config, Clock clock, Sleeper sleeper) {
        this.loading = loading;
        this.config = config;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    public Sleeper sleeper() {
        return sleeper;
    }

    /**
     * Services whose knowledge base is still loading (on another thread, while the command line is
     * built); the first command that needs it waits for it. A broken knowledge file surfaces then as
     * its {@link KnowledgeException}.
     */
    public static Services loading(CompletableFuture<KnowledgeBase> knowledge, Config config, Clock clock) {
        return new Services(() -> {
            try {
                return knowledge.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw e;
            }
        }, config, clock, Sleeper.real());
    }

    public synchronized KnowledgeBase knowledge() {
        if (knowledge == null) {
            knowledge = loading.get();
        }
        return knowledge;
    }

    public synchronized Assessor assessor() {
        if (assessor == null) {
            assessor = new Assessor(knowledge());
        }
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
            followUpRules = FollowUpRules.load(knowledge());
        }
        return followUpRules;
    }

    /** The outcome measures, loaded on first use. */
    public synchronized Measures measures() {
        if (measures == null) {
            measures = Measures.load();
        }
        return measures;
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
