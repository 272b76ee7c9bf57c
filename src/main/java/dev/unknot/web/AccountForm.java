package dev.unknot.web;

import java.util.Optional;

/**
 * What the sign-in and sign-up forms show: the user name typed, where to go next, and any mistake.
 */
public record AccountForm(
        String username, String next, Optional<String> error, Optional<String> field) {
    static AccountForm blank(String next) {
        return new AccountForm("", next, Optional.empty(), Optional.empty());
    }
}
