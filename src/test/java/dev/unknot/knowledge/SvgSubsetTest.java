package dev.unknot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which drawings the printed handout's painter can draw, and why the others are refused. */
class SvgSubsetTest {

    static Optional<String> problem(String svg) {
        return SvgSubset.problem(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    static String drawing(String inside) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 240 150\"><title>T</title>"
                + inside
                + "</svg>";
    }

    @Test
    void everyAllowedElementAndPathCommandPasses() {
        assertThat(
                        problem(
                                drawing(
                                        "<g><line x1=\"0\" y1=\"0\" x2=\"1\" y2=\"1\"/>"
                                                + "<circle cx=\"1\" cy=\"1\" r=\"1\"/>"
                                                + "<rect x=\"0\" y=\"0\" width=\"2\" height=\"2\"/>"
                                                + "<path d=\"M0 0 L1 1 H2 V3 C1 1 2 2 3 3 Q4 4 5 5 Z"
                                                + " m1 1 l1 1 h1 v1 c1 1 1 1 1 1 q1 1 1 1 z\"/></g>")))
                .isEmpty();
    }

    @Test
    void markersAreRefusedBecauseTheHandoutCannotDrawThem() {
        assertThat(problem(drawing("<defs><marker id=\"a\"/></defs>")))
                .hasValueSatisfying(problem -> assertThat(problem).contains("uses <defs>"));
    }

    @Test
    void textIsRefused() {
        assertThat(problem(drawing("<text>Hi</text>")))
                .hasValueSatisfying(problem -> assertThat(problem).contains("uses <text>"));
    }

    @Test
    void arcsAreRefused() {
        assertThat(problem(drawing("<path d=\"M0 0 A 4 4 0 0 1 8 0\"/>")))
                .hasValueSatisfying(problem -> assertThat(problem).contains("path command 'A'"));
    }

    @Test
    void aPathWithoutADrawingIsRefused() {
        assertThat(problem(drawing("<path/>")))
                .hasValueSatisfying(problem -> assertThat(problem).contains("without a 'd'"));
    }

    @Test
    void somethingElseThanSvgIsRefused() {
        assertThat(problem("<html><body/></html>"))
                .hasValueSatisfying(problem -> assertThat(problem).contains("not an SVG"));
        assertThat(problem("not xml at all"))
                .hasValueSatisfying(problem -> assertThat(problem).contains("not well-formed"));
    }

    @Test
    void anEntityDeclarationIsNeverFollowed() {
        String withEntity =
                "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                        + drawing("<g>&x;</g>");

        assertThat(problem(withEntity)).isPresent();
    }
}
