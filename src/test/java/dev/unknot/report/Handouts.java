package dev.unknot.report;

import dev.unknot.app.TestApps;
import dev.unknot.assessment.Assessor;
import dev.unknot.intake.Question;
import dev.unknot.intake.TestIntakes;
import dev.unknot.intake.Tool;
import dev.unknot.knowledge.HelpRegion;
import dev.unknot.knowledge.HelpRegions;
import dev.unknot.knowledge.KnowledgeBase;
import dev.unknot.plan.CarePlan;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** Handouts for the tests, and what a PDF says and looks like, read back with PDFBox. */
final class Handouts {
    static final KnowledgeBase KNOWLEDGE = TestApps.KNOWLEDGE;
    static final HelpRegion UK = HelpRegions.load(KNOWLEDGE).find("uk").orElseThrow();
    static final Instant NOW = Instant.parse("2026-12-01T09:30:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private Handouts() {}

    /** The plan for day 3, pain 5, every tool at home and every safety answer no. */
    static CarePlan plan() {
        return new Assessor(KNOWLEDGE)
                .assess(TestIntakes.allNo().put(Question.TOOLS, EnumSet.allOf(Tool.class)).build())
                .plan()
                .orElseThrow();
    }

    static Handout ofPlan() {
        return new HandoutFromCarePlan(KNOWLEDGE, UK).handout("Sam", TODAY, plan());
    }

    static byte[] pdf(Handout handout, PaperSize paper) {
        return new HandoutPdf(CLOCK).render(handout, paper);
    }

    static PDDocument load(byte[] pdf) {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of the whole document. */
    static String text(byte[] pdf) {
        try (PDDocument document = load(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of each page. */
    static List<String> pages(byte[] pdf) {
        try (PDDocument document = load(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line of text on a page and how far down the page its baseline is, in points. */
    record Line(int page, String text, float fromTop, float pageHeight) {}

    /** Every line of text with where it is. */
    static List<Line> lines(byte[] pdf) {
        try (PDDocument document = load(pdf)) {
            List<Line> lines = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                int number = page;
                float height = document.getPage(page - 1).getMediaBox().getHeight();
                PDFTextStripper stripper =
                        new PDFTextStripper() {
                            @Override
                            protected void writeString(
                                    String text, List<org.apache.pdfbox.text.TextPosition> letters)
                                    throws IOException {
                                float lowest = 0;
                                for (var letter : letters) {
                                    lowest = Math.max(lowest, letter.getYDirAdj());
                                }
                                lines.add(new Line(number, text, lowest, height));
                                super.writeString(text, letters);
                            }
                        };
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                stripper.getText(document);
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every page drawn at {@code dpi}. */
    static List<BufferedImage> images(byte[] pdf, float dpi) {
        try (PDDocument document = load(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            List<BufferedImage> images = new ArrayList<>();
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                images.add(renderer.renderImageWithDPI(page, dpi));
            }
            return images;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many pixels in the rectangle (in pixels) are not white. */
    static int inked(BufferedImage image, int x, int y, int width, int height) {
        int count = 0;
        for (int row = y; row < Math.min(image.getHeight(), y + height); row++) {
            for (int column = x; column < Math.min(image.getWidth(), x + width); column++) {
                int rgb = image.getRGB(column, row);
                int red = (rgb >> 16) & 0xff;
                int green = (rgb >> 8) & 0xff;
                int blue = rgb & 0xff;
                if (red < 235 || green < 235 || blue < 235) {
                    count++;
                }
            }
        }
        return count;
    }

    /** How many pixels are clearly blue, the colour of the pictures' arrows and nothing else. */
    static int blue(BufferedImage image, int x, int y, int width, int height) {
        int count = 0;
        for (int row = y; row < Math.min(image.getHeight(), y + height); row++) {
            for (int column = x; column < Math.min(image.getWidth(), x + width); column++) {
                int rgb = image.getRGB(column, row);
                if ((rgb & 0xff) - ((rgb >> 16) & 0xff) > 60) {
                    count++;
                }
            }
        }
        return count;
    }

    /**
     * How many pixels of the image are clearly coloured (not grey): the pictures and the stop
     * signs' heading.
     */
    static int coloured(BufferedImage image, int x, int y, int width, int height) {
        int count = 0;
        for (int row = y; row < Math.min(image.getHeight(), y + height); row++) {
            for (int column = x; column < Math.min(image.getWidth(), x + width); column++) {
                int rgb = image.getRGB(column, row);
                int red = (rgb >> 16) & 0xff;
                int green = (rgb >> 8) & 0xff;
                int blue = rgb & 0xff;
                int max = Math.max(red, Math.max(green, blue));
                int min = Math.min(red, Math.min(green, blue));
                if (max - min > 60) {
                    count++;
                }
            }
        }
        return count;
    }
}
