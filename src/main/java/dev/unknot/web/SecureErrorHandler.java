package dev.unknot.web;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own answers to requests it refuses before unknot sees them (a malformed request 400, a
 * URI too long 414, headers too large 431) carry the same {@link SecurityHeaders} as every other
 * response, and no stack trace.
 */
final class SecureErrorHandler extends ErrorHandler {
    SecureErrorHandler() {
        setShowStacks(false);
        setShowCauses(false);
        // Jetty writes its own Cache-Control on errors; make it the one every response has
        setCacheControl(SecurityHeaders.ALL.get("Cache-Control"));
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        SecurityHeaders.ALL.forEach((name, value) -> response.getHeaders().put(name, value));
        return super.handle(request, response, callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        SecurityHeaders.ALL.forEach(fields::put);
        return super.badMessageError(status, reason, fields);
    }
}
