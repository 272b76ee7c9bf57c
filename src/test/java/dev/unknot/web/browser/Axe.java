package dev.unknot.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core, the accessibility checker, from the npm registry (src/test/browser/package.json,
 * installed by {@code npm ci} before the browser tests), injected into the page under test.
 */
final class Axe {
    static final Path SCRIPT = Path.of("src/test/browser/node_modules/axe-core/axe.min.js");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static String source;

    private Axe() {}

    /**
     * Runs axe on the current page (WCAG 2.0-2.2 A and AA, and best practices) and fails on any
     * violation.
     */
    static void assertNoViolations(WebDriver driver) {
        Object answer =
                ((JavascriptExecutor) driver)
                        .executeAsyncScript(
                                script()
                                        + "\nconst done = arguments[arguments.length - 1];"
                                        + "\naxe.run(document, {resultTypes: ['violations']})"
                                        + ".then(r => done(JSON.stringify(r.violations))).catch(e => done('axe failed: ' + e));");
        String json = String.valueOf(answer);
        assertThat(json).as("axe ran on " + driver.getCurrentUrl()).startsWith("[");
        List<String> problems = new ArrayList<>();
        try {
            for (JsonNode violation : MAPPER.readTree(json)) {
                List<String> targets = new ArrayList<>();
                violation
                        .path("nodes")
                        .forEach(node -> targets.add(node.path("target").toString()));
                problems.add(
                        violation.path("id").asText()
                                + " ("
                                + violation.path("impact").asText()
                                + "): "
                                + violation.path("help").asText()
                                + " at "
                                + targets);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(problems).as("axe-core violations on " + driver.getCurrentUrl()).isEmpty();
    }

    private static synchronized String script() {
        if (source == null) {
            if (!Files.isRegularFile(SCRIPT)) {
                throw new IllegalStateException(
                        SCRIPT
                                + " is missing: run 'npm ci' in src/test/browser "
                                + "(mvn verify does it in pre-integration-test; bash .ci/run installs npm if missing)");
            }
            try {
                source = Files.readString(SCRIPT);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }
}
