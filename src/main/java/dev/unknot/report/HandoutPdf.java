package dev.unknot.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Prints a {@link Handout} as a PDF on A4 or US Letter, drawn with Apache PDFBox directly.
 *
 * <p>Why PDFBox and not HTML turned into PDF: the handout is one small, fixed layout, and drawing
 * it ourselves gives full control of both paper sizes and of where pages break (an exercise is
 * never split across two pages), draws the exercise pictures as sharp vectors from their SVG (see
 * {@link SvgPicture}), and needs no second HTML and CSS engine beside the web pages' own.
 *
 * <p>Every page ends with the safety line and "Page n of m". The document's title, author
 * ("unknot") and creation date (from the clock given) are set. Thread-safe.
 */
public final class HandoutPdf {
    static final float MARGIN = 50;
    static final float FOOTER = 34;
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private final Clock clock;
    private final WinAnsiText text = new WinAnsiText();
    private final Map<String, SvgPicture> pictures = new ConcurrentHashMap<>();

    public HandoutPdf(Clock clock) {
        this.clock = clock;
    }

    /** The handout as the bytes of a PDF file laid out for {@code paper}. */
    public byte[] render(Handout handout, PaperSize paper) {
        PDRectangle size = paper.page();
        float width = size.getWidth() - 2 * MARGIN;
        List<List<Block>> pages =
                paginate(blocks(handout, width), size.getHeight() - 2 * MARGIN - FOOTER);
        try (PDDocument document = new PDDocument()) {
            describe(document.getDocumentInformation(), handout);
            for (int number = 1; number <= pages.size(); number++) {
                PDPage page = new PDPage(paper.page());
                document.addPage(page);
                try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                    Canvas canvas = new Canvas(out);
                    float top = size.getHeight() - MARGIN;
                    for (Block block : pages.get(number - 1)) {
                        block.draw(canvas, MARGIN, top);
                        top -= block.height();
                    }
                    footer(canvas, handout, number, pages.size(), width);
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the handout", e);
        }
    }

    private void describe(PDDocumentInformation info, Handout handout) {
        info.setTitle(text.safe(handout.planTitle() + ", " + handout.personName(), Canvas.REGULAR));
        info.setAuthor("unknot");
        info.setCreator("unknot");
        info.setSubject(text.safe(handout.safetyLine(), Canvas.REGULAR));
        GregorianCalendar created =
                new GregorianCalendar(TimeZone.getTimeZone(clock.getZone()), Locale.ROOT);
        created.setTimeInMillis(clock.millis());
        info.setCreationDate(created);
        info.setModificationDate(created);
    }

    private List<Block> blocks(Handout handout, float width) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(
                TextBlock.paragraph(text, handout.planTitle(), Canvas.BOLD, 18, Canvas.INK, width));
        blocks.add(
                TextBlock.paragraph(
                        text,
                        "For "
                                + handout.personName()
                                + "  ·  "
                                + DATE.format(handout.date())
                                + "  ·  "
                                + handout.versionLabel(),
                        Canvas.REGULAR,
                        10,
                        Canvas.MUTED,
                        width));
        blocks.add(new Gap(6));
        handout.clinicianNote().ifPresent(note -> clinicianNote(blocks, note, width));
        bullets(blocks, "Before you start", handout.beforeYouStart(), width);
        blocks.add(TextBlock.heading(text, "Your exercises", 14, width));
        for (HandoutExercise exercise : handout.exercises()) {
            Optional<SvgPicture> picture =
                    exercise.picture()
                            .map(each -> pictures.computeIfAbsent(each.file(), SvgPicture::read));
            blocks.add(new ExerciseBlock(exercise, picture, text, width));
        }
        tickTable(blocks, handout.tickTable(), width);
        bullets(blocks, "The pain rule", handout.painRule(), width);
        // the stop signs in dark red: the one part of the page that must not be missed
        blocks.add(
                TextBlock.heading(
                        text,
                        "Stop at once and get help if you notice",
                        13,
                        Canvas.WARNING,
                        width));
        handout.stopSigns().forEach(sign -> blocks.add(TextBlock.bullet(text, sign, 10, width)));
        blocks.add(TextBlock.heading(text, "When to get help", 13, width));
        for (HelpItem item : handout.help()) {
            blocks.add(
                    StackBlock.of(
                            List.of(
                                    TextBlock.paragraph(
                                            text, item.who(), Canvas.BOLD, 10, Canvas.INK, width),
                                    TextBlock.paragraph(
                                            text,
                                            item.when(),
                                            Canvas.REGULAR,
                                            10,
                                            Canvas.INK,
                                            width),
                                    new Gap(2))));
        }
        if (!handout.sources().isEmpty()) {
            blocks.add(TextBlock.heading(text, "Sources", 13, width));
            int number = 1;
            for (HandoutSource source : handout.sources()) {
                blocks.add(
                        TextBlock.numbered(
                                text,
                                number++,
                                source.title() + source.url().map(url -> ": " + url).orElse(""),
                                9,
                                width));
            }
        }
        return blocks;
    }

    /**
     * The clinician's note on a shaded panel, a paragraph to each line of it; a note too long for a
     * panel on half a page is printed as plain paragraphs instead, free to run on to the next.
     */
    private void clinicianNote(List<Block> blocks, String note, float width) {
        float inner = width - 2 * StackBlock.PANEL_PADDING;
        List<Block> panel = new ArrayList<>();
        panel.add(
                TextBlock.paragraph(
                        text, "Note from your clinician", Canvas.BOLD, 10.5f, Canvas.INK, inner));
        for (String paragraph : note.split("\\R")) {
            if (!paragraph.isBlank()) {
                panel.add(
                        TextBlock.paragraph(
                                text, paragraph, Canvas.REGULAR, 10, Canvas.INK, inner));
            }
        }
        StackBlock shaded = StackBlock.panel(panel, width);
        if (shaded.height() < 300) {
            blocks.add(shaded);
            return;
        }
        blocks.add(TextBlock.heading(text, "Note from your clinician", 13, width));
        for (String paragraph : note.split("\\R")) {
            if (!paragraph.isBlank()) {
                blocks.add(
                        TextBlock.paragraph(
                                text, paragraph, Canvas.REGULAR, 10, Canvas.INK, width));
            }
        }
    }

    private void bullets(List<Block> blocks, String heading, List<String> items, float width) {
        if (items.isEmpty()) {
            return;
        }
        blocks.add(TextBlock.heading(text, heading, 13, width));
        items.forEach(item -> blocks.add(TextBlock.bullet(text, item, 10, width)));
    }

    private void tickTable(List<Block> blocks, TickTable table, float width) {
        if (table.rows().isEmpty()) {
            return;
        }
        blocks.add(TextBlock.heading(text, "Tick each day you do it", 13, width));
        boolean shaded = table.rows().stream().anyMatch(row -> row.days().size() < 7);
        blocks.add(
                TextBlock.paragraph(
                        text,
                        "Week starting: ____________"
                                + (shaded ? "    Shaded days are not in your plan." : ""),
                        Canvas.REGULAR,
                        9.5f,
                        Canvas.MUTED,
                        width));
        blocks.add(TickRowBlock.heading(text, width));
        table.rows().forEach(row -> blocks.add(TickRowBlock.row(row, text, width)));
    }

    /**
     * The blocks shared out over pages of {@code height}: a block goes to the next page when it
     * does not fit, and a heading goes with the block after it.
     */
    static List<List<Block>> paginate(List<Block> given, float height) {
        List<Block> blocks = new ArrayList<>();
        for (Block block : given) {
            // text longer than a page may break between lines; nothing else ever breaks
            if (block.height() > height && block instanceof TextBlock tall) {
                blocks.addAll(tall.byLine());
            } else {
                blocks.add(block);
            }
        }
        List<List<Block>> pages = new ArrayList<>();
        List<Block> page = new ArrayList<>();
        float used = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            float needed = block.height();
            for (int next = i;
                    blocks.get(next).keepWithNext() && next + 1 < blocks.size();
                    next++) {
                needed += blocks.get(next + 1).height();
            }
            if (used + needed > height && !page.isEmpty()) {
                pages.add(page);
                page = new ArrayList<>();
                used = 0;
            }
            page.add(block);
            used += block.height();
        }
        pages.add(page);
        return pages;
    }

    private void footer(Canvas canvas, Handout handout, int number, int pages, float width)
            throws IOException {
        float top = MARGIN + FOOTER - 10;
        canvas.rule(MARGIN, top, width, Canvas.RULE, 0.5f);
        String page = "Page " + number + " of " + pages;
        float pageWidth = WinAnsiText.width(page, Canvas.REGULAR, 8.5f);
        canvas.text(page, Canvas.REGULAR, 8.5f, Canvas.MUTED, MARGIN + width - pageWidth, top - 12);
        float baseline = top - 12;
        for (String line :
                text.wrap(handout.safetyLine(), Canvas.REGULAR, 8, width - pageWidth - 20)) {
            canvas.text(line, Canvas.REGULAR, 8, Canvas.MUTED, MARGIN, baseline);
            baseline -= 10;
        }
    }

    /** Empty space. */
    private record Gap(float height) implements Block {
        @Override
        public void draw(Canvas canvas, float x, float top) {}
    }
}
