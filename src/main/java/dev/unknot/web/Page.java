package dev.unknot.web;

import dev.unknot.account.Account;
import dev.unknot.knowledge.HelpRegion;
import java.util.Optional;

/**
 * What every page's frame shows beside its own view: the disclaimer, the visitor and their form
 * token, and whom to call in the region served ({@code help}: what an emergency or urgent result
 * puts first).
 */
public record Page(String disclaimer, Visitor visitor, HelpRegion help) {
    public String csrf() {
        return visitor.csrf();
    }

    /** Whether the visitor is signed in as a clinician (the menu shows their list of people). */
    public boolean clinician() {
        return visitor.account().map(Account::isClinician).orElse(false);
    }

    public Optional<String> username() {
        return visitor.account().map(Account::username);
    }
}
