package dev.unknot.web;

import dev.unknot.exercise.ItemDraft;
import dev.unknot.exercise.ItemSide;
import dev.unknot.intake.Coded;
import dev.unknot.intake.InvalidInputException;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The JSON bodies of the plan API, read strictly (absent members are null and checked here). */
final class PlanRequests {
    private PlanRequests() {}

    /** {@code POST /api/clinician/people/{id}/plan}: a new version, or a changed suggestion. */
    record NewVersion(String reason, String note, List<Item> items, Long suggestion) {}

    /** One exercise of a new version. */
    record Item(
            String exerciseId,
            Integer sets,
            Integer reps,
            Integer holdSeconds,
            Integer restSeconds,
            Integer minutes,
            Integer timesPerDay,
            List<String> days,
            String side,
            String notes) {}

    /** {@code POST /api/clinician/people/{id}/plan/suggestions}: accept or dismiss one. */
    record Decision(Long suggestion, String decision) {}

    /** {@code POST /api/plan/sessions}: a session of the current plan, reported afterwards. */
    record PlanSession(
            Long planId,
            Map<String, Boolean> stopSigns,
            Boolean stopSignsAllNo,
            Integer painBefore,
            Integer painDuring,
            Integer painAfter,
            Map<String, String> efforts) {}

    static List<ItemDraft> drafts(List<Item> items) {
        if (items == null) {
            throw new InvalidInputException("items", "is required: the exercises of the plan");
        }
        List<ItemDraft> drafts = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            String at = "items[" + i + "].";
            if (item.exerciseId() == null) {
                throw new InvalidInputException(
                        at + "exerciseId", "is required: a library exercise id");
            }
            drafts.add(
                    new ItemDraft(
                            item.exerciseId(),
                            or(item.sets(), 1),
                            or(item.reps(), 0),
                            or(item.holdSeconds(), 0),
                            or(item.restSeconds(), 0),
                            or(item.minutes(), 0),
                            or(item.timesPerDay(), 1),
                            days(at + "days", item.days()),
                            item.side() == null
                                    ? ItemSide.BOTH
                                    : Coded.fromCode(ItemSide.class, item.side())
                                            .orElseThrow(
                                                    () ->
                                                            new InvalidInputException(
                                                                    at + "side",
                                                                    "must be one of "
                                                                            + String.join(
                                                                                    ", ",
                                                                                    Coded.codes(
                                                                                            ItemSide
                                                                                                    .class)))),
                            item.notes() == null ? "" : item.notes()));
        }
        return drafts;
    }

    private static Set<DayOfWeek> days(String field, List<String> days) {
        Set<DayOfWeek> chosen = EnumSet.noneOf(DayOfWeek.class);
        if (days == null) {
            return chosen;
        }
        for (String day : days) {
            try {
                chosen.add(DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(
                        field, "must be days of the week such as monday, tuesday; was " + day);
            }
        }
        return chosen;
    }

    private static int or(Integer value, int absent) {
        return value == null ? absent : value;
    }
}
