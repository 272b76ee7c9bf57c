package dev.unknot.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** The paper a handout is laid out for: ISO A4 (most of the world) or US Letter. */
public enum PaperSize {
    A4("a4", PDRectangle.A4),
    LETTER("letter", PDRectangle.LETTER);

    private final String code;
    private final PDRectangle page;

    PaperSize(String code, PDRectangle page) {
        this.code = code;
        this.page = page;
    }

    /** How it is named on the command line and in addresses: {@code a4}, {@code letter}. */
    public String code() {
        return code;
    }

    /** The page in PDF points (1/72 inch). */
    PDRectangle page() {
        return new PDRectangle(page.getWidth(), page.getHeight());
    }

    /** A paper by its code, case-insensitive. */
    public static Optional<PaperSize> named(String code) {
        String wanted = code.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(paper -> paper.code.equals(wanted)).findFirst();
    }

    /** The codes, for messages: "a4 or letter". */
    public static String codes() {
        return Arrays.stream(values()).map(PaperSize::code).collect(Collectors.joining(" or "));
    }
}
