package dev.unknot.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.assessment.Assessor;
import dev.unknot.intake.IntakeJson;
import dev.unknot.intake.TestIntakes;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The README's picture of a printed plan is page one of the example's handout, drawn here: always
 * into {@code target/handout/}, and into {@code docs/images/} when run with {@code
 * -Dunknot.updateDocs=true} ({@code bash docs/handout.sh}).
 */
class HandoutImageTest {
    static final Path PICTURE = Path.of("docs", "images", "handout-a4.png");

    @Test
    void theReadmeShowsPageOneOfTheExamplesHandout() throws IOException {
        Handout handout =
                new HandoutFromCarePlan(Handouts.KNOWLEDGE, Handouts.UK)
                        .handout(
                                "Sam",
                                Handouts.TODAY,
                                new Assessor(Handouts.KNOWLEDGE)
                                        .assess(new IntakeJson().read(TestIntakes.EXAMPLE_JSON))
                                        .plan()
                                        .orElseThrow());
        BufferedImage page = Handouts.images(Handouts.pdf(handout, PaperSize.A4), 80).get(0);
        Path drawn = Path.of("target", "handout", "handout-a4.png");
        Files.createDirectories(drawn.getParent());
        ImageIO.write(page, "png", drawn.toFile());
        if (Boolean.getBoolean("unknot.updateDocs")) {
            Files.copy(drawn, PICTURE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }

        assertThat(PICTURE).as("run bash docs/handout.sh").exists();
        BufferedImage shown = ImageIO.read(PICTURE.toFile());
        assertThat(shown.getWidth()).isEqualTo(page.getWidth());
        assertThat(shown.getHeight()).isEqualTo(page.getHeight());
    }
}
