package dev.unknot.calendar;

import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VAlarm;
import biweekly.component.VEvent;
import biweekly.io.text.ICalWriter;
import biweekly.parameter.Related;
import biweekly.property.Trigger;
import biweekly.util.DayOfWeek;
import biweekly.util.Frequency;
import biweekly.util.ICalDate;
import biweekly.util.Recurrence;
import dev.unknot.breaks.BreakKind;
import dev.unknot.breaks.BreakSettings;
import dev.unknot.exercise.ExercisePlan;
import dev.unknot.exercise.PlanItem;
import dev.unknot.knowledge.BreakExercise;
import dev.unknot.knowledge.BreakKnowledge;
import dev.unknot.knowledge.LibraryExercise;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The break schedule and the individual plan's sessions as an iCalendar file (RFC 5545), so they
 * land in any calendar app. Each break of the working day is one event repeating weekly on the
 * working days, with an alarm at the notice; each session of the plan is one event repeating on its
 * days. Times are floating (09:30 wherever the person is), as a working day is. Every description
 * names the exercises and says this is self-care support, not a diagnosis.
 */
public final class BreakCalendar {
    public static final String PRODUCT = "-//unknot//Movement breaks and exercise plan//EN";
    static final String NOT_A_DIAGNOSIS =
            "unknot gives self-care support. It is not a diagnosis and does not replace a doctor or"
                    + " physical therapist.";
    private static final Duration SESSION = Duration.ofMinutes(20);

    private final BreakKnowledge breaks;
    private final Function<String, Optional<LibraryExercise>> library;

    public BreakCalendar(
            BreakKnowledge breaks, Function<String, Optional<LibraryExercise>> library) {
        this.breaks = breaks;
        this.library = library;
    }

    /**
     * The calendar of {@code profile}: the breaks of {@code settings} (none when they are off) and,
     * with a plan, its sessions; starting on {@code from}, stamped {@code now}.
     */
    public ICalendar calendar(
            String profile,
            BreakSettings settings,
            Optional<ExercisePlan> plan,
            LocalDate from,
            Instant now) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId(PRODUCT);
        calendar.setName("unknot: movement breaks and exercises");
        if (settings.enabled()) {
            for (Slot slot : slots(settings)) {
                calendar.addEvent(breakEvent(profile, settings, slot, from, now));
            }
        }
        plan.ifPresent(
                version ->
                        sessions(profile, settings, version, from, now)
                                .forEach(calendar::addEvent));
        for (VEvent event : calendar.getEvents()) {
            calendar.getTimezoneInfo().setFloating(event.getDateStart(), true);
        }
        return calendar;
    }

    /** The calendar written as text. */
    public static String write(ICalendar calendar) {
        StringWriter text = new StringWriter();
        try (ICalWriter writer = new ICalWriter(text, ICalVersion.V2_0)) {
            writer.write(calendar);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** One break of the working day: its time and whether it is a long one. */
    record Slot(LocalTime at, BreakKind kind) {}

    /**
     * The breaks of a day when each is taken on time: every {@code every} minutes from the start of
     * working hours, long once {@code longAfter} minutes have passed since the last long one.
     */
    static List<Slot> slots(BreakSettings settings) {
        List<Slot> slots = new ArrayList<>();
        LocalTime start = settings.hours().start();
        LocalTime end = settings.hours().end();
        LocalTime lastLong = start;
        for (LocalTime at = start.plus(settings.every());
                at.isAfter(start) && at.isBefore(end);
                at = at.plus(settings.every())) {
            boolean isLong = Duration.between(lastLong, at).compareTo(settings.longAfter()) >= 0;
            if (isLong) {
                lastLong = at;
            }
            slots.add(new Slot(at, isLong ? BreakKind.LONG : BreakKind.SHORT));
        }
        return slots;
    }

    private VEvent breakEvent(
            String profile, BreakSettings settings, Slot slot, LocalDate from, Instant now) {
        Set<java.time.DayOfWeek> days = settings.hours().days();
        LocalDate first = firstOn(from, days);
        List<BreakExercise> offered =
                breaks.exercises().stream()
                        .filter(
                                exercise ->
                                        settings.place().code().equals("home") || exercise.office())
                        .toList();
        Duration length =
                slot.kind() == BreakKind.LONG ? settings.longBreak() : Duration.ofMinutes(2);
        VEvent event = new VEvent();
        event.setUid(uid(profile, "break-" + slot.at().toString().replace(":", "")));
        event.setDateTimeStamp(Date.from(now));
        event.setDateStart(floating(first.atTime(slot.at())));
        event.setDuration(
                biweekly.util.Duration.builder().minutes((int) length.toMinutes()).build());
        event.setSummary(
                slot.kind() == BreakKind.LONG
                        ? "Movement break: away from the screen"
                        : "Movement break");
        event.setDescription(
                "Time for "
                        + slot.kind().words()
                        + ". Choose one or two:\n"
                        + offered.stream()
                                .map(
                                        exercise ->
                                                "- "
                                                        + exercise.name()
                                                        + " ("
                                                        + exercise.seconds()
                                                        + " s)")
                                .collect(Collectors.joining("\n"))
                        + "\n\n"
                        + NOT_A_DIAGNOSIS);
        event.addCategories("unknot", "movement break");
        event.setRecurrenceRule(weekly(days));
        Trigger trigger =
                new Trigger(
                        biweekly.util.Duration.builder()
                                .prior(true)
                                .minutes(settings.noticeMinutes())
                                .build(),
                        Related.START);
        event.addAlarm(
                VAlarm.display(
                        trigger, "A movement break in " + settings.noticeMinutes() + " minute(s)"));
        return event;
    }

    private List<VEvent> sessions(
            String profile,
            BreakSettings settings,
            ExercisePlan plan,
            LocalDate from,
            Instant now) {
        Map<String, List<java.time.DayOfWeek>> byItems = new LinkedHashMap<>();
        Map<String, List<PlanItem>> items = new LinkedHashMap<>();
        Map<String, Integer> times = new LinkedHashMap<>();
        for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
            List<PlanItem> that =
                    plan.items().stream().filter(item -> item.dose().days().contains(day)).toList();
            if (that.isEmpty()) {
                continue;
            }
            String key = that.stream().map(PlanItem::exerciseId).collect(Collectors.joining(","));
            byItems.computeIfAbsent(key, ignored -> new ArrayList<>()).add(day);
            items.put(key, that);
            times.put(
                    key, that.stream().mapToInt(item -> item.dose().timesPerDay()).max().orElse(1));
        }
        List<VEvent> events = new ArrayList<>();
        int group = 0;
        for (Map.Entry<String, List<java.time.DayOfWeek>> entry : byItems.entrySet()) {
            Set<java.time.DayOfWeek> days = EnumSet.copyOf(entry.getValue());
            LocalDate first = firstOn(from, days);
            for (int session = 0; session < times.get(entry.getKey()); session++) {
                VEvent event = new VEvent();
                event.setUid(uid(profile, "plan-v" + plan.version() + "-" + group + "-" + session));
                event.setDateTimeStamp(Date.from(now));
                event.setDateStart(floating(first.atTime(sessionTime(settings, session))));
                event.setDuration(
                        biweekly.util.Duration.builder()
                                .minutes((int) SESSION.toMinutes())
                                .build());
                event.setSummary("Exercise session (plan version " + plan.version() + ")");
                event.setDescription(
                        "Your exercises:\n"
                                + items.get(entry.getKey()).stream()
                                        .map(this::line)
                                        .collect(Collectors.joining("\n"))
                                + "\n\nRun it with 'unknot session': the stop signs come first.\n\n"
                                + NOT_A_DIAGNOSIS);
                event.addCategories("unknot", "exercise session");
                event.setRecurrenceRule(weekly(days));
                events.add(event);
            }
            group++;
        }
        return events;
    }

    private String line(PlanItem item) {
        String name =
                library.apply(item.exerciseId())
                        .map(LibraryExercise::name)
                        .orElse(item.exerciseId());
        return "- " + name + ": " + item.dose().amount();
    }

    /**
     * When session {@code index} of a day is: the first after work, the second before it, any more
     * an hour apart after work.
     */
    static LocalTime sessionTime(BreakSettings settings, int index) {
        LocalTime afterWork = settings.hours().end().plusMinutes(30);
        if (index == 0) {
            return afterWork;
        }
        if (index == 1) {
            return settings.hours().start().minusHours(1);
        }
        return afterWork.plusHours(index - 1L);
    }

    private static LocalDate firstOn(LocalDate from, Set<java.time.DayOfWeek> days) {
        LocalDate date = from;
        while (!days.contains(date.getDayOfWeek())) {
            date = date.plusDays(1);
        }
        return date;
    }

    private static Recurrence weekly(Set<java.time.DayOfWeek> days) {
        Recurrence.Builder rule = new Recurrence.Builder(Frequency.WEEKLY);
        for (java.time.DayOfWeek day : EnumSet.copyOf(days)) {
            rule.byDay(DayOfWeek.valueOfAbbr(day.name().substring(0, 2)));
        }
        return rule.build();
    }

    /** A wall-clock time: biweekly writes (and reads) floating times in the JVM's own zone. */
    private static ICalDate floating(LocalDateTime at) {
        return new ICalDate(
                Date.from(at.atZone(java.time.ZoneId.systemDefault()).toInstant()), true);
    }

    private static String uid(String profile, String what) {
        return "unknot-" + profile + "-" + what + "@unknot.invalid";
    }
}
