package dev.unknot.web;

import dev.unknot.account.Account;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * Who is asking: signed in or not, and the request's anti-forgery token, which every form carries
 * back. Set on each request before any handler runs.
 */
public record Visitor(Optional<Account> account, String csrf) {
    static final String ATTRIBUTE = "unknot.visitor";

    public static Visitor of(Context ctx) {
        Visitor visitor = ctx.attribute(ATTRIBUTE);
        return visitor == null ? new Visitor(Optional.empty(), "") : visitor;
    }

    /** The signed-in account, or a 401 problem (pages turn it into a redirect to sign in). */
    public Account required() {
        return account.orElseThrow(ProblemException::signInNeeded);
    }

    public boolean signedIn() {
        return account.isPresent();
    }
}
