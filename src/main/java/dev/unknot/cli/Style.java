package dev.unknot.cli;

/** ANSI styling for terminal output; does nothing when colour is off (pipes, files, NO_COLOR). */
record Style(boolean enabled) {

    static Style forTerminal(String mode) {
        boolean terminal =
                System.console() != null
                        && System.getenv("NO_COLOR") == null
                        && !"dumb".equals(System.getenv("TERM"));
        return new Style(
                switch (mode) {
                    case "always" -> true;
                    case "never" -> false;
                    default -> terminal;
                });
    }

    String bold(String text) {
        return wrap("1", text);
    }

    String red(String text) {
        return wrap("1;97;41", text);
    }

    String yellow(String text) {
        return wrap("1;30;43", text);
    }

    String green(String text) {
        return wrap("1;30;42", text);
    }

    String dim(String text) {
        return wrap("2", text);
    }

    private String wrap(String code, String text) {
        return enabled ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
    }
}
