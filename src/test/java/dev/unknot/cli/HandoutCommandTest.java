package dev.unknot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HandoutCommandTest {
    @TempDir Path directory;

    private CliRun.Home home() {
        return new CliRun.Home(directory.resolve("home"));
    }

    private void saved() throws IOException {
        Path intake = directory.resolve("intake.json");
        Files.writeString(intake, AssessCommandTest.EXAMPLE);
        assertThat(home().run("assess", "--answers", intake.toString(), "--save").exitCode())
                .isZero();
    }

    @Test
    void writesThePlanOfTheLatestSavedAssessmentAsAPdf() throws IOException {
        saved();
        Path pdf = directory.resolve("plan.pdf");

        CliRun run = home().run("handout", "-o", pdf.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("Wrote the plan of 'me' (a4) to " + pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("Your self-care plan", "For me · 22 November 2026")
                    .contains("Stop at once and get help if you notice")
                    .contains("Call 999 now or go to A&E.");
            assertThat(document.getPage(0).getMediaBox().getWidth())
                    .isEqualTo(PDRectangle.A4.getWidth());
        }
    }

    @Test
    void printsOnLetterPaperWithTheRegionsNumbers() throws IOException {
        saved();
        Path pdf = directory.resolve("letter.pdf");

        CliRun run =
                home().run("handout", "--output", pdf.toString(), "--paper=LETTER", "--region=us");

        assertThat(run.exitCode()).as(run.err()).isZero();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getPage(0).getMediaBox().getHeight())
                    .isEqualTo(PDRectangle.LETTER.getHeight());
            assertThat(new PDFTextStripper().getText(document)).contains("Call 911");
        }
    }

    @Test
    void anUnknownPaperIsNamedWithExitCode2() throws IOException {
        saved();

        CliRun run =
                home().run("handout", "-o", directory.resolve("x.pdf").toString(), "--paper=a5");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--paper: must be a4 or letter, was 'a5'");
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(directory.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void anUnwritablePathIsNamedWithExitCode2() throws IOException {
        saved();
        Path missing = directory.resolve("no-such-folder").resolve("plan.pdf");

        CliRun run = home().run("handout", "-o", missing.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--output: cannot write " + missing);
        assertThat(run.err()).doesNotContain("\tat ");
    }

    @Test
    void withoutASavedAssessmentItSaysWhatToRunFirst() {
        CliRun run = home().run("handout", "-o", directory.resolve("plan.pdf").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains(
                        "--profile: no saved assessment for 'me': run `unknot assess --save` first");
        assertThat(directory.resolve("plan.pdf")).doesNotExist();
    }

    @Test
    void theOutputIsRequired() {
        CliRun run = home().run("handout");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--output");
    }
}
