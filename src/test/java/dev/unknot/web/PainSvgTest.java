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
}
