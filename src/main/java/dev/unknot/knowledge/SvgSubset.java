package dev.unknot.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The small part of SVG the exercise pictures may use, so that the printed handout's own painter
 * (which draws exactly this much) shows every picture the screen shows: the elements {@code svg},
 * {@code g}, {@code path}, {@code line}, {@code circle}, {@code rect} and {@code title}, and path
 * commands M, L, H, V, C, Q and Z (upper or lower case). No markers, no text, no gradients.
 */
final class SvgSubset {
    static final Set<String> ELEMENTS =
            Set.of("svg", "g", "path", "line", "circle", "rect", "title");

    /** Any letter in a path is a command; these are the ones the painter can follow. */
    static final Pattern COMMAND = Pattern.compile("[A-Za-z]");

    private static final Set<Character> COMMANDS =
            Set.of('M', 'm', 'L', 'l', 'H', 'h', 'V', 'v', 'C', 'c', 'Q', 'q', 'Z', 'z');

    private SvgSubset() {}

    /** What is wrong with the picture, or empty when it keeps to the subset. */
    static Optional<String> problem(InputStream in) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        // A picture is data, never a way to reach other files.
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        try (in) {
            XMLStreamReader reader = factory.createXMLStreamReader(in);
            boolean root = true;
            while (reader.hasNext()) {
                if (reader.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String element = reader.getLocalName();
                if (root && !element.equals("svg")) {
                    return Optional.of("is not an SVG drawing (starts with <" + element + ">)");
                }
                root = false;
                if (!ELEMENTS.contains(element)) {
                    return Optional.of(
                            "uses <"
                                    + element
                                    + ">; only "
                                    + new java.util.TreeSet<>(ELEMENTS)
                                    + " can be printed");
                }
                if (element.equals("path")) {
                    String d = reader.getAttributeValue(null, "d");
                    if (d == null || d.isBlank()) {
                        return Optional.of("has a <path> without a 'd'");
                    }
                    Matcher command = COMMAND.matcher(d);
                    while (command.find()) {
                        if (!COMMANDS.contains(command.group().charAt(0))) {
                            return Optional.of(
                                    "uses path command '"
                                            + command.group()
                                            + "'; only M, L, H, V, C, Q and Z can be printed");
                        }
                    }
                }
            }
            return root ? Optional.of("is empty") : Optional.empty();
        } catch (XMLStreamException e) {
            return Optional.of("is not well-formed SVG: " + e.getMessage());
        } catch (IOException e) {
            return Optional.of("cannot be read: " + e.getMessage());
        }
    }
}
