package dev.unknot.measure;

import java.util.List;
import java.util.OptionalInt;

/**
 * The STarT Back rule: a total of all items and a subscale of {@code subscaleItems}; a total up to
 * {@code lowMaxTotal} is low risk, otherwise a subscale of {@code highMinSubscale} or more is high
 * risk and anything else medium risk. Every item must be answered: the published tool gives no rule
 * for a missing item, and one item can move a person between groups.
 */
public record Stratified(
        List<Integer> subscaleItems,
        int lowMaxTotal,
        int highMinSubscale,
        String low,
        String medium,
        String high)
        implements Scoring {

    public Stratified {
        subscaleItems = List.copyOf(subscaleItems);
    }

    @Override
    public int maxMissing() {
        return 0;
    }

    @Override
    public Outcome score(Instrument instrument, Responses responses) {
        if (!responses.missing().isEmpty()) {
            return Scoring.tooManyMissing(instrument, responses, 0);
        }
        int total = responses.sum();
        int subscale =
                subscaleItems.stream()
                        .mapToInt(number -> responses.score(number).orElseThrow())
                        .sum();
        String band = total <= lowMaxTotal ? low : subscale >= highMinSubscale ? high : medium;
        return new Outcome.Scored(
                instrument, responses, total, OptionalInt.of(subscale), band, false);
    }

    @Override
    public String describe(Outcome.Scored scored) {
        List<Item> items = scored.instrument().items();
        int subscaleMax =
                subscaleItems.stream().mapToInt(number -> items.get(number - 1).maxScore()).sum();
        return "total "
                + scored.score()
                + "/"
                + range(items)[1]
                + ", psychosocial "
                + scored.subscale().orElseThrow()
                + "/"
                + subscaleMax;
    }

    @Override
    public int[] range(List<Item> items) {
        return new int[] {0, items.stream().mapToInt(Item::maxScore).sum()};
    }
}
