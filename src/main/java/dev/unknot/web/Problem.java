package dev.unknot.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * An RFC 9457 problem document: what went wrong with a request, in words, with the {@code field} at
 * fault (empty for the request as a whole). Never carries a stack trace.
 */
public record Problem(String type, String title, int status, String detail, String field) {
    public static final String MEDIA_TYPE = "application/problem+json";
    private static final JsonFactory FACTORY = new JsonFactory();

    /**
     * A problem whose type is one of unknot's documented problem kinds ({@code /problems/<slug>}).
     */
    public static Problem of(String slug, String title, int status, String detail, String field) {
        return new Problem("/problems/" + slug, title, status, detail, field);
    }

    public String toJson() {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("type", type);
            json.writeStringField("title", title);
            json.writeNumberField("status", status);
            json.writeStringField("detail", detail);
            json.writeStringField("field", field);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
