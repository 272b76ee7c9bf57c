package dev.unknot.web;

import ch.qos.logback.core.encoder.EncoderBase;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Encodes an access log line for logback's file appender: the line and a newline in UTF-8, nothing
 * else. It counts the lines it encodes, which are the lines handed to the file, so the log can tell
 * how many it dropped. Thread-safe.
 */
final class LineEncoder extends EncoderBase<String> {
    private static final byte[] NOTHING = new byte[0];

    private final AtomicLong encoded = new AtomicLong();

    @Override
    public byte[] headerBytes() {
        return NOTHING;
    }

    @Override
    public byte[] encode(String line) {
        encoded.incrementAndGet();
        return (line + "\n").getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public byte[] footerBytes() {
        return NOTHING;
    }

    long encoded() {
        return encoded.get();
    }
}
