package dev.unknot.cli;

import picocli.CommandLine.Option;

/** The {@code --color} option of every command that prints for a person. */
final class ColorOption {
    /** How colour is chosen. */
    enum Mode {
        auto,
        always,
        never
    }

    @Option(
            names = "--color",
            paramLabel = "WHEN",
            defaultValue = "auto",
            description =
                    "Colour the output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Mode mode;

    Style style() {
        return Style.forTerminal(mode.name());
    }
}
