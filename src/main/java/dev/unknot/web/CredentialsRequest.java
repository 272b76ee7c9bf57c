package dev.unknot.web;

import dev.unknot.intake.InvalidInputException;

/** A user name and password as sent to sign up or in; both are required. */
record CredentialsRequest(String username, String password) {
    CredentialsRequest {
        if (username == null) {
            throw new InvalidInputException("username", "is required");
        }
        if (password == null) {
            throw new InvalidInputException("password", "is required");
        }
    }
}
