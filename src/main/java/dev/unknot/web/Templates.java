package dev.unknot.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;

/** The HTML templates, precompiled at build time by jte-maven-plugin (no compiler at run time). Thread-safe. */
final class Templates {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);
    private final String disclaimer;

    Templates(String disclaimer) {
        this.disclaimer = disclaimer;
    }

    /** Renders {@code name}.jte with its {@code view} and the frame every page shows ({@link Page}). */
    String render(String name, Object view, Visitor visitor) {
        StringOutput out = new StringOutput();
        engine.render(name + ".jte", Map.of("view", view, "page", new Page(disclaimer, visitor)), out);
        return out.toString();
    }
}
