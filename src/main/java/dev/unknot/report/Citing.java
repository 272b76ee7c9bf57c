package dev.unknot.report;

import dev.unknot.knowledge.Cited;
import dev.unknot.knowledge.HelpOption;
import dev.unknot.knowledge.HelpRegion;
import dev.unknot.knowledge.KnowledgeBase;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What every handout builder shares: the sources gathered as items are printed, the help lines (the
 * region's emergency and urgent lines first, then whom else to ask and when) and words with a
 * capital. One per handout being built; not thread-safe.
 */
final class Citing {
    private final KnowledgeBase knowledge;
    private final Set<String> cited = new LinkedHashSet<>();

    Citing(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    <T extends Cited> T cite(T item) {
        cited.addAll(item.sources());
        return item;
    }

    void cite(List<String> sources) {
        cited.addAll(sources);
    }

    List<HelpItem> help(HelpRegion region, List<HelpOption> options) {
        List<HelpItem> help = new ArrayList<>();
        cited.addAll(region.sources());
        help.add(new HelpItem("In an emergency", region.emergency().say()));
        help.add(new HelpItem("Urgent help today", region.urgent().say()));
        for (HelpOption option : options) {
            help.add(new HelpItem(cite(option).who(), capitalised(option.when())));
        }
        return help;
    }

    List<HandoutSource> sources() {
        return cited.stream()
                .map(knowledge::source)
                .flatMap(Optional::stream)
                .map(source -> new HandoutSource(source.shortTitle(), source.address()))
                .toList();
    }

    static String capitalised(String words) {
        return words.isEmpty()
                ? words
                : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
