package dev.unknot.web;

import dev.unknot.knowledge.HelpRegion;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.Map;

/**
 * The HTML templates, precompiled at build time by jte-maven-plugin (no compiler at run time).
 * Thread-safe.
 */
final class Templates {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);
    private final String disclaimer;
    private final HelpRegion help;

    Templates(String disclaimer, HelpRegion help) {
        this.disclaimer = disclaimer;
        this.help = help;
    }

    static final String HTML = "text/html; charset=utf-8";

    /** Answers the request with the page {@code name}.jte for its visitor. */
    void page(Context ctx, String name, Object view) {
        ctx.contentType(HTML).result(render(name, view, Visitor.of(ctx)));
    }

    /**
     * Renders {@code name}.jte with its {@code view} and the frame every page shows ({@link Page}).
     */
    String render(String name, Object view, Visitor visitor) {
        StringOutput out = new StringOutput();
        engine.render(
                name + ".jte",
                Map.of("view", view, "page", new Page(disclaimer, visitor, help)),
                out);
        return out.toString();
    }
}
