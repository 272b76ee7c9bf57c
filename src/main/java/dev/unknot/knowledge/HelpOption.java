package dev.unknot.knowledge;

import java.util.List;

/**
 * Where to get help and when: a pharmacist, a GP, a physiotherapist, the urgent advice line, the
 * emergency number. Worded without phone numbers; those depend on where the person is.
 */
public record HelpOption(String id, String who, String when, List<String> sources)
        implements Cited {
    public HelpOption {
        sources = List.copyOf(sources);
    }
}
