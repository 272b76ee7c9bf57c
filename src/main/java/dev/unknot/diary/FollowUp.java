package dev.unknot.diary;

import dev.unknot.knowledge.FollowUpRules;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The follow-up rules of {@code triage-policy.md} over a person's pain diary: no improvement after
 * 14 days of self-care, and pain up week on week. Reads only what it needs: the first entry and the
 * entries of the last two windows. Stateless and thread-safe; today is passed in.
 */
public final class FollowUp {
    private final FollowUpRules rules;

    public FollowUp(FollowUpRules rules) {
        this.rules = rules;
    }

    /**
     * The first day of the two windows the worsening rule compares; entries before it are not
     * needed.
     */
    public LocalDate windowStart(LocalDate today) {
        return today.minusDays(2L * rules.worsening().windowDays() - 1);
    }

    /**
     * The verdict for today.
     *
     * @param first the person's first diary entry, if any
     * @param recent the entries from {@link #windowStart(LocalDate)} to today, in any order
     */
    public Verdict verdict(
            java.util.Optional<DiaryEntry> first, List<DiaryEntry> recent, LocalDate today) {
        if (first.isEmpty()) {
            return new Verdict(new Progress(today, 0, 0, 0, Progress.Status.NO_ENTRIES), List.of());
        }
        DiaryEntry latest = first.get();
        for (DiaryEntry entry : recent) {
            if (isLater(entry, latest)) {
                latest = entry;
            }
        }
        List<Escalation> escalations = new ArrayList<>(2);
        Progress progress = progress(first.get(), latest, today);
        FollowUpRules.Persistent persistent = rules.persistent();
        if (progress.status() == Progress.Status.NOT_IMPROVED
                || (progress.status() == Progress.Status.WORSE
                        && progress.days() >= persistent.afterDays())) {
            escalations.add(
                    new Escalation(
                            persistent.id(),
                            persistent.name(),
                            persistent.disposition(),
                            persistent.advice(),
                            "pain "
                                    + progress.firstPain()
                                    + " on "
                                    + progress.firstDay()
                                    + ", "
                                    + progress.latestPain()
                                    + " now, after "
                                    + progress.days()
                                    + " days",
                            persistent.sources()));
        }
        worsening(recent, today).ifPresent(escalations::add);
        return new Verdict(progress, escalations);
    }

    /**
     * The verdict is symmetric: a fall of the meaningful size (points or percent of the first pain)
     * is "improved" and a rise of the same size is "worse", as soon as either is seen; only a
     * change smaller than that waits for {@code afterDays} before it is called "not improved". Pain
     * that is gone counts as improved.
     */
    private Progress progress(DiaryEntry first, DiaryEntry latest, LocalDate today) {
        int days = (int) ChronoUnit.DAYS.between(first.date(), today);
        FollowUpRules.Persistent rule = rules.persistent();
        int firstPain = first.pain().points();
        int latestPain = latest.pain().points();
        Progress.Status status;
        if (meaningful(firstPain - latestPain, firstPain, rule) || latestPain == 0) {
            status = Progress.Status.IMPROVED;
        } else if (meaningful(latestPain - firstPain, firstPain, rule)) {
            status = Progress.Status.WORSE;
        } else {
            status =
                    days < rule.afterDays()
                            ? Progress.Status.TOO_EARLY
                            : Progress.Status.NOT_IMPROVED;
        }
        return new Progress(first.date(), firstPain, latestPain, days, status);
    }

    /**
     * Whether a change of {@code points} in the direction asked is clinically meaningful: at least
     * {@code minDropPoints}, or at least {@code minDropPercent} of the first pain.
     */
    private static boolean meaningful(int points, int firstPain, FollowUpRules.Persistent rule) {
        return points > 0
                && (points >= rule.minDropPoints()
                        || (firstPain > 0 && points * 100 >= rule.minDropPercent() * firstPain));
    }

    private java.util.Optional<Escalation> worsening(List<DiaryEntry> recent, LocalDate today) {
        FollowUpRules.Worsening rule = rules.worsening();
        LocalDate thisWindow = today.minusDays(rule.windowDays() - 1L);
        LocalDate lastWindow = thisWindow.minusDays(rule.windowDays());
        int thisSum = 0;
        int thisCount = 0;
        int lastSum = 0;
        int lastCount = 0;
        for (DiaryEntry entry : recent) {
            if (!entry.date().isBefore(thisWindow) && !entry.date().isAfter(today)) {
                thisSum += entry.pain().points();
                thisCount++;
            } else if (!entry.date().isBefore(lastWindow) && entry.date().isBefore(thisWindow)) {
                lastSum += entry.pain().points();
                lastCount++;
            }
        }
        if (thisCount == 0 || lastCount == 0) {
            return java.util.Optional.empty();
        }
        // Compare averages without rounding: thisSum/thisCount - lastSum/lastCount >= risePoints.
        long rise = (long) thisSum * lastCount - (long) lastSum * thisCount;
        if (rise < (long) rule.risePoints() * thisCount * lastCount) {
            return java.util.Optional.empty();
        }
        String detail =
                String.format(
                        java.util.Locale.ROOT,
                        "average pain %.1f over the last %d days against %.1f the %d days before",
                        (double) thisSum / thisCount,
                        rule.windowDays(),
                        (double) lastSum / lastCount,
                        rule.windowDays());
        return java.util.Optional.of(
                new Escalation(
                        rule.id(),
                        rule.name(),
                        rule.disposition(),
                        rule.advice(),
                        detail,
                        rule.sources()));
    }

    private static boolean isLater(DiaryEntry entry, DiaryEntry than) {
        int byDate = entry.date().compareTo(than.date());
        return byDate > 0 || (byDate == 0 && entry.recordedAt().isAfter(than.recordedAt()));
    }

    /** The progress since the first entry and the escalations raised today. */
    public record Verdict(Progress progress, List<Escalation> escalations) {
        public Verdict {
            escalations = List.copyOf(escalations);
        }
    }
}
