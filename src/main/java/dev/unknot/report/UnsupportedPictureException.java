package dev.unknot.report;

import dev.unknot.intake.UnknotException;

/**
 * A picture the handout cannot draw: SVG it does not know (an element, attribute, path command or
 * colour outside the small subset {@link SvgPicture} paints) or a file that is missing or not XML.
 * Thrown rather than leaving part of a picture out, so a test over every picture catches it. It is
 * unknot's own failure (its pictures are its own files), never the caller's.
 */
public final class UnsupportedPictureException extends UnknotException {
    private static final long serialVersionUID = 1L;

    UnsupportedPictureException(String file, String problem) {
        super("picture " + file + ": " + problem);
    }

    UnsupportedPictureException(String file, String problem, Throwable cause) {
        super("picture " + file + ": " + problem, cause);
    }

    @Override
    public boolean callersToFix() {
        return false;
    }
}
