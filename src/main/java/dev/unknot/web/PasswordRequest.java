package dev.unknot.web;

import dev.unknot.intake.InvalidInputException;

/** The password that confirms deleting an account; required. */
record PasswordRequest(String password) {
    PasswordRequest {
        if (password == null) {
            throw new InvalidInputException("password", "is required");
        }
    }
}
