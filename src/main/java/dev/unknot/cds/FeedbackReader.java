package dev.unknot.cds;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unknot.care.EhrFeedback;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads a CDS Hooks 2.0 feedback body strictly: only the spec's members, {@code outcome} {@code
 * accepted} or {@code overridden}, suggestions only with an accept, a reason only with an override,
 * a timestamp with its offset. Anything else is a 400 naming the member.
 */
final class FeedbackReader {
    private static final int MAX_ITEMS = 50;
    private static final Set<String> ITEM =
            Set.of("card", "outcome", "acceptedSuggestions", "overrideReason", "outcomeTimestamp");

    private FeedbackReader() {}

    static List<EhrFeedback> read(JsonNode body, String issuer, String service, Instant now) {
        only(body, Set.of("feedback"), "");
        JsonNode list = body.path("feedback");
        if (!list.isArray() || list.isEmpty() || list.size() > MAX_ITEMS) {
            throw new CdsRefusal(400, "feedback must be a list of 1 to " + MAX_ITEMS, "feedback");
        }
        List<EhrFeedback> items = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "feedback[" + i + "]";
            JsonNode item = list.get(i);
            if (!item.isObject()) {
                throw new CdsRefusal(400, "must be an object", at);
            }
            only(item, ITEM, at);
            String card = string(item, "card", at, 100);
            String outcome = string(item, "outcome", at, 20);
            int accepted = 0;
            String reason = "";
            if ("accepted".equals(outcome)) {
                if (item.has("overrideReason")) {
                    throw new CdsRefusal(
                            400, "only an override has a reason", at + ".overrideReason");
                }
                accepted = suggestions(item.path("acceptedSuggestions"), at);
            } else if ("overridden".equals(outcome)) {
                if (item.has("acceptedSuggestions")) {
                    throw new CdsRefusal(
                            400, "an override accepts no suggestion", at + ".acceptedSuggestions");
                }
                reason = reason(item.path("overrideReason"), at + ".overrideReason");
            } else {
                throw new CdsRefusal(400, "must be accepted or overridden", at + ".outcome");
            }
            Instant when;
            try {
                when = OffsetDateTime.parse(string(item, "outcomeTimestamp", at, 40)).toInstant();
            } catch (DateTimeParseException e) {
                throw new CdsRefusal(
                        400, "must be a date and time with its offset", at + ".outcomeTimestamp");
            }
            items.add(new EhrFeedback(issuer, service, card, outcome, accepted, reason, when, now));
        }
        return items;
    }

    private static int suggestions(JsonNode list, String at) {
        if (list.isMissingNode()) {
            return 0;
        }
        if (!list.isArray()) {
            throw new CdsRefusal(400, "must be a list", at + ".acceptedSuggestions");
        }
        for (int i = 0; i < list.size(); i++) {
            String field = at + ".acceptedSuggestions[" + i + "]";
            JsonNode suggestion = list.get(i);
            if (!suggestion.isObject()) {
                throw new CdsRefusal(400, "must be an object", field);
            }
            only(suggestion, Set.of("id"), field);
            string(suggestion, "id", field, 100);
        }
        return list.size();
    }

    private static String reason(JsonNode reason, String at) {
        if (reason.isMissingNode()) {
            return "";
        }
        if (!reason.isObject()) {
            throw new CdsRefusal(400, "must be an object", at);
        }
        only(reason, Set.of("reason", "userComment"), at);
        List<String> words = new ArrayList<>();
        JsonNode coding = reason.path("reason");
        if (!coding.isMissingNode()) {
            if (!coding.isObject()) {
                throw new CdsRefusal(400, "must be a Coding", at + ".reason");
            }
            only(coding, Set.of("code", "system", "display"), at + ".reason");
            String display = coding.path("display").asText("");
            words.add(display.isBlank() ? coding.path("code").asText("") : display);
        }
        if (reason.has("userComment")) {
            words.add(string(reason, "userComment", at, 500));
        }
        return String.join(": ", words.stream().filter(w -> !w.isBlank()).toList());
    }

    private static void only(JsonNode node, Set<String> allowed, String at) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new CdsRefusal(
                        400, "unknown member " + name, at.isEmpty() ? name : at + "." + name);
            }
            if (node.get(name).isNull()) {
                throw new CdsRefusal(
                        400, "must not be null", at.isEmpty() ? name : at + "." + name);
            }
        }
    }

    private static String string(JsonNode node, String name, String at, int max) {
        JsonNode value = node.path(name);
        String field = at + "." + name;
        if (!value.isTextual() || value.asText().isBlank() || value.asText().length() > max) {
            throw new CdsRefusal(400, "a string of 1 to " + max + " characters is required", field);
        }
        return value.asText();
    }
}
