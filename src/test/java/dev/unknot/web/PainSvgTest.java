package dev.unknot.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.care.PainPoint;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PainSvgTest {
    private static final LocalDate TO = LocalDate.parse("2026-11-28");
    private static final LocalDate FROM = TO.minusDays(27);

    private static PainPoint pain(int daysAgo, int points) {
        return new PainPoint(daysAgo, TO.minusDays(daysAgo), Instant.EPOCH, points);
    }

    @Test
    void theSparklineSaysInWordsWhatItDraws() {
        String svg = PainSvg.sparkline(List.of(pain(20, 7), pain(10, 3), pain(0, 5)), FROM, TO);

        assertThat(svg)
                .startsWith("<svg class=\"sparkline\"")
                .contains("role=\"img\"")
                .contains(
                        "aria-label=\"Pain over the last 28 days: 3 entries, from 7 to 5 out of 10 (lowest 3, highest 7).\"")
                .contains("<title>Pain over the last 28 days")
                .contains("<polyline");
    }

    @Test
    void noEntriesIsSaidAndNothingIsDrawn() {
        String svg = PainSvg.chart(List.of(), FROM, TO);

        assertThat(svg)
                .contains("No diary entries in the last 28 days.")
                .doesNotContain("<polyline");
    }

    @Test
    void pointsSpanTheDaysAndTheScaleFromZeroAtTheBottomToTenAtTheTop() {
        String svg = PainSvg.sparkline(List.of(pain(27, 0), pain(0, 10)), FROM, TO);

        assertThat(svg).contains("points=\"2.0,30.0 118.0,2.0\"");
    }

    @Test
    void theBreakStripDrawsOneBarPerDayWithBreaksInTheSpanAndSaysSo() {
        String svg =
                PainSvg.breaks(
                        java.util.Map.of(
                                TO, 3, TO.minusDays(5), 1, TO.minusDays(40), 4, TO.minusDays(2), 0),
                        FROM,
                        TO);

        assertThat(svg)
                .startsWith("<svg class=\"break-chart\"")
                .contains(
                        "aria-label=\"Movement breaks over the last 28 days (taken or time away from the keyboard): 4 on 2 days, at most 3 in a day.\"");
        assertThat(svg.split("<rect", -1)).hasSize(3);
        assertThat(svg).contains(">3</text>").contains(">1</text>").doesNotContain(">4</text>");
    }

    @Test
    void noBreaksInTheSpanIsSaidAndNoBarIsDrawn() {
        String svg = PainSvg.breaks(java.util.Map.of(TO.minusDays(30), 2), FROM, TO);

        assertThat(svg)
                .contains("No movement breaks recorded in the last 28 days.")
                .doesNotContain("<rect");
    }
}
