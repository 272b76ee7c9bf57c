package dev.unknot.knowledge;

import java.util.regex.Pattern;

/**
 * A line drawing of a stretch or a self-massage technique: its file under {@code
 * knowledge/pictures/} and what it shows in plain words, read aloud in place of the picture.
 */
public record Picture(String file, String alt) {
    static final Pattern FILE = Pattern.compile("[a-z0-9-]+\\.svg");

    public Picture {
        if (!FILE.matcher(file).matches()) {
            throw new IllegalArgumentException("picture file must look like name.svg: " + file);
        }
        if (alt.isBlank()) {
            throw new IllegalArgumentException("picture needs words for what it shows");
        }
    }
}
