package dev.unknot.knowledge;

/**
 * Where to turn for one kind of help ({@code regions.yaml}): the one line of instruction, the
 * number to call and the words of its button (empty when there is no single number), and a web
 * service with its words (empty when there is none).
 */
public record HelpLine(String say, String call, String button, String link, String linkText) {

    public boolean hasCall() {
        return !call.isEmpty();
    }

    public boolean hasLink() {
        return !link.isEmpty();
    }
}
