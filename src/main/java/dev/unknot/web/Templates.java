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

    /** Renders {@code name}.jte with its {@code view} and the disclaimer every page shows. */
    String render(String name, Object view) {
        StringOutput out = new StringOutput();
        engine.render(name + ".jte", Map.of("view", view, "disclaimer", disclaimer), out);
        return out.toString();
    }
}
