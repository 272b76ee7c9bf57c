package dev.unknot.web;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads request bodies with a hard size limit: a declared {@code Content-Length} over the limit is
 * refused before reading, and a body without one (chunked) is cut off at the limit. Thread-safe.
 */
final class Bodies {
    /** The largest body unknot accepts: an intake is well under 2 KB. */
    static final int LIMIT = 64 * 1024;

    /** Oversized bodies up to this size are drained before the 413 so the client sees it. */
    private static final int DRAIN = 1024 * 1024;

    private Bodies() {}

    /** The body as UTF-8 JSON text; 415 unless the content type is JSON, 413 past the limit. */
    static String json(Context ctx) {
        String type = ctx.header("Content-Type");
        if (type == null || !isJson(type)) {
            throw ProblemException.unsupportedType(type, "application/json");
        }
        return text(ctx);
    }

    static String text(Context ctx) {
        if (ctx.contentLength() > LIMIT) {
            refuse(ctx);
        }
        try (InputStream in = ctx.bodyInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int read;
            while ((read = in.read(buffer)) != -1) {
                out.write(buffer, 0, read);
                if (out.size() > LIMIT) {
                    refuse(ctx);
                }
            }
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the request body", e);
        }
    }

    /**
     * Answers 413. A moderately oversized body is read and dropped first (up to {@link #DRAIN}), so
     * the client finishes sending and can read the answer instead of seeing the connection reset.
     */
    private static void refuse(Context ctx) {
        if (ctx.contentLength() <= DRAIN) {
            try (InputStream in = ctx.bodyInputStream()) {
                byte[] buffer = new byte[8192];
                long dropped = 0;
                int read;
                while (dropped <= DRAIN && (read = in.read(buffer)) != -1) {
                    dropped += read;
                }
            } catch (IOException | RuntimeException e) {
                // the 413 below is the answer either way
            }
        }
        throw ProblemException.tooLarge(LIMIT);
    }

    private static boolean isJson(String contentType) {
        String media = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return media.equals("application/json");
    }
}
