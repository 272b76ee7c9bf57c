package dev.unknot.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.geom.Point2D;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SvgPictureTest {
    private static final Path PICTURES = Path.of("src/main/resources/knowledge/pictures");

    /** Every picture file there is, so a new one the painter cannot draw fails here. */
    static Stream<String> pictures() throws IOException {
        try (Stream<Path> files = Files.list(PICTURES)) {
            return files
                    .map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".svg"))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest
    @MethodSource("pictures")
    void everyPictureOfTheKnowledgeCanBeDrawn(String file) {
        SvgPicture picture = SvgPicture.read(file);

        assertThat(picture.shapes()).isNotEmpty();
        assertThat(picture.aspect()).isPositive();
    }

    @Test
    void thereArePicturesToCheck() throws IOException {
        assertThat(pictures()).hasSizeGreaterThanOrEqualTo(10);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<text x='1' y='1'>Hi</text>",
                "<image href='a.png' width='1' height='1'/>",
                "<path d='M0 0 A 5 5 0 011 10 10'/>",
                "<path d='M0 0 B 5 5'/>",
                "<path d='M0 0 L10 10' filter='url(#blur)'/>",
                "<path d='M0 0 L10 10' stroke='rgb(1,2,3)'/>",
                "<g opacity='0.5'><line x1='0' y1='0' x2='1' y2='1'/></g>",
                "<path d='L10 10'/>",
                "<path d='M0 0 L10'/>",
                "<path d='M0 0 L10 10' marker-end='url(#missing)'/>",
                "<use href='#a'/>",
                "<g transform='perspective(2)'><line x1='0' y1='0' x2='1' y2='1'/></g>"
            })
    void whatThePainterCannotDrawFailsLoudly(String element) {
        assertThatThrownBy(() -> read(element))
                .isInstanceOf(UnsupportedPictureException.class)
                .hasMessageStartingWith("picture test.svg: ");
    }

    @Test
    void relativeAndQuadraticCommandsBecomeAbsoluteCubicCurves() {
        SvgPicture picture = read("<path d='m10 10 h5 v5 l-5 0 q5 5 10 0 z' stroke='#000'/>");

        List<PathData.Segment> segments = picture.shapes().get(0).segments();
        assertThat(segments)
                .startsWith(
                        new PathData.Move(new Point2D.Float(10, 10)),
                        new PathData.Line(new Point2D.Float(15, 10)),
                        new PathData.Line(new Point2D.Float(15, 15)),
                        new PathData.Line(new Point2D.Float(10, 15)));
        assertThat(segments.get(4)).isInstanceOf(PathData.Curve.class);
        assertThat(((PathData.Curve) segments.get(4)).to()).isEqualTo(new Point2D.Float(20, 15));
        assertThat(segments.get(5)).isInstanceOf(PathData.Close.class);
    }

    @Test
    void anArcBecomesCurvesOnItsCircle() {
        SvgPicture picture = read("<path d='M10 20 A 10 10 0 0 1 30 20' stroke='#000'/>");

        List<PathData.Segment> segments = picture.shapes().get(0).segments();
        // half a circle about (20, 20): two quarter curves, through the top at (20, 10)
        assertThat(segments).hasSize(3);
        PathData.Curve first = (PathData.Curve) segments.get(1);
        PathData.Curve second = (PathData.Curve) segments.get(2);
        assertThat(first.to().x).isCloseTo(20f, org.assertj.core.data.Offset.offset(0.01f));
        assertThat(first.to().y).isCloseTo(10f, org.assertj.core.data.Offset.offset(0.01f));
        assertThat(second.to()).isEqualTo(new Point2D.Float(30, 20));
    }

    @Test
    void markersAddTheirArrowheadsAtEachEnd() {
        String marker =
                "<defs><marker id='arrow' viewBox='0 0 10 10' refX='7' refY='5' markerWidth='4'"
                        + " markerHeight='4' orient='auto-start-reverse'><path d='M0 0 L10 5 L0 10 z'"
                        + " fill='#1d6fb8'/></marker></defs>";

        SvgPicture plain = read(marker + "<path d='M10 10 L50 10' stroke='#000'/>");
        SvgPicture arrows =
                read(
                        marker
                                + "<path d='M10 10 L50 10' stroke='#000' stroke-width='3'"
                                + " marker-start='url(#arrow)' marker-end='url(#arrow)'/>");

        assertThat(plain.shapes()).hasSize(1);
        assertThat(arrows.shapes()).hasSize(3);
        // the end's arrowhead points along the line: its tip is 3 units (of 10, times 1.2) past
        // x=50
        PathData.Segment tip = arrows.shapes().get(2).segments().get(1);
        assertThat(((PathData.Line) tip).to().x)
                .isCloseTo(53.6f, org.assertj.core.data.Offset.offset(0.01f));
        // the start's is turned round: its tip points back past x=10
        PathData.Segment back = arrows.shapes().get(1).segments().get(1);
        assertThat(((PathData.Line) back).to().x)
                .isCloseTo(6.4f, org.assertj.core.data.Offset.offset(0.01f));
    }

    @Test
    void groupsPassOnTheirStyleAndTransform() {
        SvgPicture picture =
                read(
                        "<g stroke='#ff0000' stroke-width='2' fill='none' transform='translate(5 5)'>"
                                + "<circle cx='10' cy='10' r='4'/></g>");

        SvgPicture.Shape circle = picture.shapes().get(0);
        assertThat(circle.stroke())
                .hasValueSatisfying(color -> assertThat(color).containsExactly(1f, 0f, 0f));
        assertThat(circle.fill()).isEmpty();
        assertThat(circle.strokeWidth()).isEqualTo(2);
        assertThat(((PathData.Move) circle.segments().get(0)).to())
                .isEqualTo(new Point2D.Float(19, 15));
    }

    private static SvgPicture read(String content) {
        String svg =
                "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 100 60'>"
                        + content
                        + "</svg>";
        return SvgPicture.read(
                "test.svg", new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
}
