package dev.unknot.web;

import dev.unknot.intake.InvalidInputException;

/** The password and a code that confirm turning the second factor off; both required. */
record DisableRequest(String password, String code) {
    DisableRequest {
        if (password == null) {
            throw new InvalidInputException("password", "is required");
        }
        if (code == null || code.isBlank()) {
            throw new InvalidInputException(
                    "code",
                    "is required: the 6 digits the authenticator app shows, or a recovery code");
        }
    }
}
