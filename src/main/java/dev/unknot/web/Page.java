package dev.unknot.web;

import dev.unknot.account.Account;
import java.util.Optional;

/**
 * What every page's frame shows beside its own view: the disclaimer, the visitor and their form
 * token.
 */
public record Page(String disclaimer, Visitor visitor) {
    public String csrf() {
        return visitor.csrf();
    }

    public Optional<String> username() {
        return visitor.account().map(Account::username);
    }
}
