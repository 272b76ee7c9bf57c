package dev.unknot.web;

import dev.unknot.intake.InvalidInputException;

/** A code from an authenticator app (6 digits) or a recovery code; required. */
record CodeRequest(String code) {
    CodeRequest {
        if (code == null || code.isBlank()) {
            throw new InvalidInputException(
                    "code",
                    "is required: the 6 digits the authenticator app shows, or a recovery code");
        }
        if (code.length() > 40) {
            throw new InvalidInputException("code", "must be 6 digits or a recovery code");
        }
    }
}
