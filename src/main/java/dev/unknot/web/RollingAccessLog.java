package dev.unknot.web;

import ch.qos.logback.core.AsyncAppenderBase;
import ch.qos.logback.core.ContextBase;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.status.Status;
import ch.qos.logback.core.util.Duration;
import ch.qos.logback.core.util.FileSize;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * The access log in a file, written off the request threads by logback-core: an {@link
 * AsyncAppenderBase} that never blocks hands the lines to one worker thread, which appends them
 * through a {@link RollingFileAppender}. The file rolls over once it reaches a size and only a few
 * old files are kept ({@code access.log.1} newest), so a busy server cannot fill the disk. If the
 * disk falls behind and the queue is full, lines are dropped and counted: the access log is for
 * operations, and no person's data depends on it. Only logback-core is used, set up here by hand;
 * SLF4J stays bound to nothing, so no other command pays for logback. Thread-safe.
 */
public final class RollingAccessLog implements AccessLog {
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
    public static final int DEFAULT_KEEP = 5;
    static final int DEFAULT_QUEUE = 16_384;
    private static final int FLUSH_MS = (int) TimeUnit.SECONDS.toMillis(10);

    private final ContextBase context;
    private final AsyncAppenderBase<String> async;
    private final LineEncoder encoder;
    private final PrintStream problems;
    private final AtomicLong handed = new AtomicLong();
    private final AtomicBoolean closed = new AtomicBoolean();

    private RollingAccessLog(
            ContextBase context,
            AsyncAppenderBase<String> async,
            LineEncoder encoder,
            PrintStream problems) {
        this.context = context;
        this.async = async;
        this.encoder = encoder;
        this.problems = problems;
    }

    /**
     * Appends to {@code file}, rolling over once it reaches {@code maxBytes} and keeping {@code
     * keep} old files (1 to 20). Warnings and errors from logback, such as a failed roll-over, go
     * to {@code problems}.
     *
     * @throws IOException if the file cannot be opened for appending
     */
    public static RollingAccessLog open(Path file, long maxBytes, int keep, PrintStream problems)
            throws IOException {
        return open(file, maxBytes, keep, DEFAULT_QUEUE, problems);
    }

    static RollingAccessLog open(
            Path file, long maxBytes, int keep, int queueSize, PrintStream problems)
            throws IOException {
        if (maxBytes < 1 || keep < 1 || keep > 20 || queueSize < 1) {
            throw new IllegalArgumentException(
                    "maxBytes and queueSize must be positive and keep from 1 to 20");
        }
        Path absolute = file.toAbsolutePath();
        if (absolute.toString().contains("%")) {
            // logback reads the name of the old files as a pattern, in which % starts a conversion
            throw new IOException("a file name with % in it cannot be rolled over");
        }
        if (absolute.getParent() != null) {
            Files.createDirectories(absolute.getParent());
        }
        ContextBase context = new ContextBase();
        context.setName("unknot-access-log");
        LineEncoder encoder = new LineEncoder();
        encoder.setContext(context);
        encoder.start();
        RollingFileAppender<String> appender =
                fileAppender(context, absolute, maxBytes, keep, encoder);
        if (!appender.isStarted()) {
            context.stop();
            throw new IOException("cannot open " + file + " for appending: " + errors(context));
        }
        AsyncAppenderBase<String> async = new AsyncAppenderBase<>();
        async.setContext(context);
        async.setName("unknot-access-log");
        async.setQueueSize(queueSize);
        async.setDiscardingThreshold(0);
        async.setNeverBlock(true);
        async.setMaxFlushTime(FLUSH_MS);
        async.addAppender(appender);
        async.start();
        context.getStatusManager().add(status -> report(status, problems));
        return new RollingAccessLog(context, async, encoder, problems);
    }

    private static RollingFileAppender<String> fileAppender(
            ContextBase context, Path file, long maxBytes, int keep, LineEncoder encoder) {
        RollingFileAppender<String> appender = new RollingFileAppender<>();
        appender.setContext(context);
        appender.setName("unknot-access-log-file");
        appender.setFile(file.toString());
        appender.setAppend(true);
        appender.setEncoder(encoder);

        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(appender);
        rolling.setFileNamePattern(file + ".%i");
        rolling.setMinIndex(1);
        rolling.setMaxIndex(keep);
        rolling.start();

        SizeBasedTriggeringPolicy<String> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(context);
        trigger.setMaxFileSize(new FileSize(maxBytes));
        // look at the size before every line, not once a while: the worker has the time, and the
        // limit holds
        trigger.setCheckIncrement(Duration.buildByMilliseconds(0));
        trigger.start();

        appender.setRollingPolicy(rolling);
        appender.setTriggeringPolicy(trigger);
        appender.start();
        return appender;
    }

    @Override
    public void write(String line) {
        handed.incrementAndGet();
        async.doAppend(line);
    }

    /**
     * Lines handed over but not written: dropped because the queue was full, or still queued when
     * closing ran out of time. Exact once the log is closed; before that it also counts the lines
     * still queued.
     */
    public long dropped() {
        return handed.get() - encoder.encoded();
    }

    /**
     * Writes every line already handed over (waiting at most ten seconds), then closes the file.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        // the worker writes what is queued and stops the file appender, which flushes and closes
        // the file
        async.stop();
        context.stop();
        long dropped = dropped();
        if (dropped > 0) {
            problems.printf("access log: %d lines dropped (the disk could not keep up)%n", dropped);
        }
    }

    private static void report(Status status, PrintStream problems) {
        if (status.getEffectiveLevel() >= Status.WARN) {
            Throwable cause = status.getThrowable();
            problems.println(
                    "access log: "
                            + status.getMessage()
                            + (cause == null ? "" : " (" + cause + ")"));
        }
    }

    private static String errors(ContextBase context) {
        return context.getStatusManager().getCopyOfStatusList().stream()
                .filter(status -> status.getEffectiveLevel() >= Status.ERROR)
                .map(
                        status ->
                                status.getThrowable() != null
                                        ? status.getThrowable().getMessage()
                                        : status.getMessage())
                .collect(Collectors.joining("; "));
    }
}
