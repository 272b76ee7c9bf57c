package dev.unknot.cds;

import dev.unknot.knowledge.Disposition;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Advice as CDS Hooks cards: {@code critical} for an emergency, {@code warning} for urgent, seeing
 * a clinician or any escalation, {@code info} otherwise; the rule's source; and, when the EHR's
 * patient is a person unknot knows, a link to the clinician's page of that person.
 */
public final class Cards {
    private Cards() {}

    /** The card for one piece of advice; {@code personPage} is the absolute address to link. */
    public static Card card(AdviceItem advice, Optional<String> personPage) {
        return new Card(
                UUID.randomUUID().toString(),
                advice.summary(),
                advice.detail(),
                indicator(advice),
                new Card.Source(advice.sourceLabel(), advice.sourceUrl().orElse("")),
                personPage
                        .map(url -> List.of(new Card.Link("Open in unknot", url, "absolute")))
                        .orElse(List.of()));
    }

    static Card.Indicator indicator(AdviceItem advice) {
        if (advice.disposition() == Disposition.EMERGENCY) {
            return Card.Indicator.CRITICAL;
        }
        if (advice.kind() == AdviceItem.Kind.ESCALATION
                || advice.disposition() == Disposition.URGENT
                || advice.disposition() == Disposition.SEE_CLINICIAN) {
            return Card.Indicator.WARNING;
        }
        return Card.Indicator.INFO;
    }
}
