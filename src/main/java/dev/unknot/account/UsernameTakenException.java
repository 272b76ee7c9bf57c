package dev.unknot.account;

import dev.unknot.intake.InvalidInputException;

/** Sign-up with a user name someone already has. */
public final class UsernameTakenException extends InvalidInputException {
    public UsernameTakenException(String username) {
        super("username", "'" + username + "' is taken; choose another");
    }
}
