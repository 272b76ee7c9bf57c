package dev.unknot.web;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The access log in a file, written off the request threads. A request only hands its line to a bounded
 * queue; one writer thread appends the lines in batches, so an answer never waits for the disk. The file
 * rolls over at a size limit and only a few old files are kept ({@code access.log.1} newest), so a busy
 * server cannot fill the disk. If the disk falls behind and the queue is full, lines are dropped and
 * counted: the access log is for operations, and no person's data depends on it.
 */
public final class FileAccessLog implements AccessLog {
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
    public static final int DEFAULT_KEEP = 5;
    static final int DEFAULT_QUEUE = 16_384;
    private static final int BATCH = 1_024;
    // how often an idle writer looks whether it is being closed
    private static final long IDLE_WAKE_MS = 100;

    private final Path file;
    private final long maxBytes;
    private final int keep;
    private final PrintStream problems;
    private final BlockingQueue<String> queue;
    private final AtomicLong dropped = new AtomicLong();
    private final Thread writer;
    private volatile boolean closing;
    private BufferedWriter out;
    private long size;
    private boolean failing;

    private FileAccessLog(Path file, long maxBytes, int keep, int queueSize, PrintStream problems) throws IOException {
        if (maxBytes < 1 || keep < 0 || queueSize < 1) {
            throw new IllegalArgumentException("maxBytes and queueSize must be positive and keep not negative");
        }
        this.file = file;
        this.maxBytes = maxBytes;
        this.keep = keep;
        this.problems = problems;
        this.queue = new ArrayBlockingQueue<>(queueSize);
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        openFile();
        this.writer = new Thread(this::drain, "unknot-access-log");
        writer.setDaemon(true);
        writer.start();
    }

    /** Appends to {@code file}, rolling over when it would pass {@code maxBytes} and keeping {@code keep} old files. */
    public static FileAccessLog open(Path file, long maxBytes, int keep, PrintStream problems) throws IOException {
        return new FileAccessLog(file, maxBytes, keep, DEFAULT_QUEUE, problems);
    }

    static FileAccessLog open(Path file, long maxBytes, int keep, int queueSize, PrintStream problems) throws IOException {
        return new FileAccessLog(file, maxBytes, keep, queueSize, problems);
    }

    @Override
    public void write(String line) {
        if (!queue.offer(line)) {
            dropped.incrementAndGet();
        }
    }

    /** Lines dropped because the queue was full or the file could not be written. */
    public long dropped() {
        return dropped.get();
    }

    /** Writes every line already handed over (waiting at most ten seconds), then closes the file. */
    @Override
    public void close() {
        if (closing) {
            return;
        }
        closing = true;
        try {
            writer.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (dropped.get() > 0) {
            problems.printf("access log: %d lines dropped (the disk could not keep up or could not be written)%n",
                    dropped.get());
        }
    }

    private void drain() {
        List<String> batch = new ArrayList<>(BATCH);
        try {
            while (!closing || !queue.isEmpty()) {
                String first = queue.poll(IDLE_WAKE_MS, TimeUnit.MILLISECONDS);
                if (first != null) {
                    batch.add(first);
                    queue.drainTo(batch, BATCH - 1);
                    appendAll(batch);
                    batch.clear();
                }
            }
            out.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            problems.println("access log: cannot close " + file + " (" + e.getMessage() + ")");
        }
    }

    private void appendAll(List<String> lines) {
        int written = 0;
        try {
            for (String line : lines) {
                append(line);
                written++;
            }
            out.flush();
            failing = false;
        } catch (IOException e) {
            dropped.addAndGet(lines.size() - written);
            if (!failing) {
                problems.println("access log: cannot write " + file + " (" + e.getMessage() + "); dropping lines");
            }
            failing = true;
            reopen();
        }
    }

    private void reopen() {
        try {
            out.close();
        } catch (IOException ignored) {
            // already broken; opening it again below is what matters
        }
        try {
            openFile();
        } catch (IOException ignored) {
            // still failing: the next batch tries again and its lines are counted as dropped
        }
    }

    private void append(String line) throws IOException {
        long bytes = line.getBytes(StandardCharsets.UTF_8).length + 1L;
        if (size > 0 && size + bytes > maxBytes) {
            rollOver();
        }
        out.write(line);
        out.write('\n');
        size += bytes;
    }

    private void rollOver() throws IOException {
        out.close();
        if (keep == 0) {
            Files.delete(file);
        } else {
            Files.deleteIfExists(old(keep));
            for (int i = keep - 1; i >= 1; i--) {
                if (Files.exists(old(i))) {
                    Files.move(old(i), old(i + 1), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Files.move(file, old(1), StandardCopyOption.REPLACE_EXISTING);
        }
        openFile();
    }

    private Path old(int generation) {
        return file.resolveSibling(file.getFileName() + "." + generation);
    }

    private void openFile() throws IOException {
        out = Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        size = Files.size(file);
    }
}
