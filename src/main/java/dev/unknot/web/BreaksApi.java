package dev.unknot.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.unknot.breaks.BreakEvent;
import dev.unknot.breaks.BreakKind;
import dev.unknot.breaks.BreakOffer;
import dev.unknot.breaks.BreakSettings;
import dev.unknot.breaks.BreakStatus;
import dev.unknot.breaks.DaySummary;
import dev.unknot.breaks.Postponement;
import dev.unknot.intake.InvalidInputException;
import dev.unknot.json.StrictJson;
import dev.unknot.knowledge.BreakExercise;
import dev.unknot.pathway.RunningBreaks;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The movement breaks as JSON for a signed-in person, what the breaks page's script calls: {@code
 * POST /api/breaks/check} with the time away from the keyboard answers where the schedule stands,
 * and the person's answers ({@code notice-shown}, {@code postpone}, {@code skip}, {@code start},
 * {@code done}, {@code pause}, {@code resume}) go to the same {@link RunningBreaks}. Every answer
 * carries its words for people beside the codes.
 */
final class BreaksApi {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The longest time away a page may report: a day. */
    private static final int MAX_IDLE_SECONDS = 24 * 60 * 60;

    private final RunningBreaks breaks;
    private final Clock clock;
    private final ZoneId zone;

    BreaksApi(RunningBreaks breaks, Clock clock) {
        this.breaks = breaks;
        this.clock = clock;
        this.zone = clock.getZone();
    }

    /** The request body of {@code POST /api/breaks/check}. */
    record CheckRequest(Integer idleSeconds) {}

    /** The request body of {@code PUT /api/breaks/settings}: a field left out keeps its value. */
    record SettingsRequest(
            Boolean enabled,
            Integer everyMinutes,
            Integer longAfterMinutes,
            Integer longBreakMinutes,
            Integer noticeMinutes,
            Integer postponeMinutes,
            Integer naturalBreakMinutes,
            String start,
            String end,
            List<String> days,
            String place) {}

    /** The form's field names as the JSON names them, for messages. */
    private static final Map<String, String> JSON_FIELDS =
            Map.of(
                    "every", "everyMinutes",
                    "long-after", "longAfterMinutes",
                    "long-break", "longBreakMinutes",
                    "notice", "noticeMinutes",
                    "postpone", "postponeMinutes",
                    "natural-break", "naturalBreakMinutes",
                    "hours", "start");

    /** The request body of {@code POST /api/breaks/pause}. */
    record PauseRequest(Integer minutes, Boolean untilTomorrow) {}

    void show(Context ctx) {
        String profile = Visitor.of(ctx).required().profile();
        ObjectNode json = MAPPER.createObjectNode();
        json.set("settings", settings(breaks.settings(profile)));
        json.set("today", today(breaks.today(profile)));
        send(ctx, json);
    }

    void saveSettings(Context ctx) {
        String profile = Visitor.of(ctx).required().profile();
        SettingsRequest body = StrictJson.read(Bodies.json(ctx), SettingsRequest.class);
        BreakSettingsForm current = BreakSettingsForm.of(breaks.settings(profile));
        BreakSettingsForm typed =
                new BreakSettingsForm(
                        Optional.ofNullable(body.enabled()).orElse(current.enabled()),
                        or(body.everyMinutes(), current.every()),
                        or(body.longAfterMinutes(), current.longAfter()),
                        or(body.longBreakMinutes(), current.longBreak()),
                        or(body.noticeMinutes(), current.notice()),
                        or(body.postponeMinutes(), current.postpone()),
                        or(body.naturalBreakMinutes(), current.naturalBreak()),
                        Optional.ofNullable(body.start()).orElse(current.start()),
                        Optional.ofNullable(body.end()).orElse(current.end()),
                        Optional.ofNullable(body.days()).orElse(current.days()),
                        Optional.ofNullable(body.place()).orElse(current.place()));
        BreakSettings saved;
        try {
            saved = breaks.save(profile, typed.settings(breaks.breaks().knowledge()));
        } catch (InvalidInputException e) {
            throw new InvalidInputException(
                    JSON_FIELDS.getOrDefault(e.path(), e.path()), e.reason());
        }
        ObjectNode json = MAPPER.createObjectNode();
        json.set("settings", settings(saved));
        json.set("today", today(breaks.today(profile)));
        send(ctx, json);
    }

    private static String or(Integer given, String current) {
        return given == null ? current : String.valueOf(given);
    }

    void check(Context ctx) {
        String profile = Visitor.of(ctx).required().profile();
        CheckRequest body = StrictJson.read(Bodies.json(ctx), CheckRequest.class);
        int idle = Optional.ofNullable(body.idleSeconds()).orElse(0);
        if (idle < 0 || idle > MAX_IDLE_SECONDS) {
            throw new InvalidInputException(
                    "idleSeconds",
                    "must be a whole number of seconds from 0 to "
                            + MAX_IDLE_SECONDS
                            + ", was "
                            + idle);
        }
        send(ctx, status(profile, breaks.check(profile, Duration.ofSeconds(idle))));
    }

    void noticeShown(Context ctx) {
        String profile = Visitor.of(ctx).required().profile();
        breaks.noticeShown(profile);
        send(ctx, status(profile, breaks.check(profile, Duration.ZERO)));
    }

    void postpone(Context ctx) {
        String profile = Visitor.of(ctx).required().profile();
        Postponement postponement = breaks.postpone(profile);
        if (postponement instanceof Postponement.Refused refused) {
            throw conflict("not-postponed", "Not postponed", refused.why());
        }
        Instant until = ((Postponement.Postponed) postponement).until();
        ObjectNode json = status(profile, breaks.check(profile, Duration.ZERO));
        json.put("said", "Postponed to " + Dates.time(until, zone) + ".");
        send(ctx, json);
    }

    void skip(Context ctx) {
        String profile = Visitor.of(ctx).required().profile();
        if (breaks.skip(profile).isEmpty()) {
            throw conflict(
                    "no-break", "No break to skip", "there is no break due or announced now");
        }
        ObjectNode json = status(profile, breaks.check(profile, Duration.ZERO));
        json.put("said", "Skipped. Nothing more until a whole interval has passed.");
        send(ctx, json);
    }

    void start(Context ctx) {
        String profile = Visitor.of(ctx).required().profile();
        breaks.start(profile);
        send(ctx, status(profile, breaks.check(profile, Duration.ZERO)));
    }

    void done(Context ctx) {
        String profile = Visitor.of(ctx).required().profile();
        BreakEvent taken =
                breaks.done(profile)
                        .orElseThrow(
                                () ->
                                        conflict(
                                                "no-break",
                                                "No break under way",
                                                "start a break before marking it done"));
        ObjectNode json = status(profile, breaks.check(profile, Duration.ZERO));
        json.put("said", "Break done (" + DaySummary.duration(seconds(taken)) + ").");
        send(ctx, json);
    }

    void pause(Context ctx) {
        String profile = Visitor.of(ctx).required().profile();
        PauseRequest body = StrictJson.read(Bodies.json(ctx), PauseRequest.class);
        boolean tomorrow = Boolean.TRUE.equals(body.untilTomorrow());
        if (tomorrow == (body.minutes() != null)) {
            throw new InvalidInputException(
                    "minutes", "give either minutes (15 to 480) or untilTomorrow: true");
        }
        if (tomorrow) {
            breaks.pauseUntilTomorrow(profile);
        } else {
            int minutes = body.minutes();
            if (minutes < 15 || minutes > 480) {
                throw new InvalidInputException(
                        "minutes", "must be from 15 to 480, was " + minutes);
            }
            breaks.pauseFor(profile, Duration.ofMinutes(minutes));
        }
        send(ctx, status(profile, breaks.check(profile, Duration.ZERO)));
    }

    void resume(Context ctx) {
        String profile = Visitor.of(ctx).required().profile();
        breaks.resume(profile);
        send(ctx, status(profile, breaks.check(profile, Duration.ZERO)));
    }

    private ObjectNode status(String profile, RunningBreaks.Check check) {
        ObjectNode json = MAPPER.createObjectNode();
        Instant now = clock.instant();
        BreakStatus status = check.status();
        if (check.started().isPresent()) {
            RunningBreaks.Started started = check.started().get();
            json.put("state", "started");
            json.put("startedAt", started.at().toString());
            kind(json, started.kind());
            json.put("message", "Break under way: " + started.kind().words() + ".");
            json.set("offer", offer(started.offer()));
        } else if (status instanceof BreakStatus.Off) {
            json.put("state", "off");
            json.put("message", "Movement breaks are off. Turn them on in the settings below.");
        } else if (status instanceof BreakStatus.OffHours off) {
            json.put("state", "off-hours");
            json.put("until", off.nextStart().toString());
            json.put(
                    "message",
                    "No break due now: the next working time starts "
                            + Dates.timeFrom(off.nextStart(), now, zone)
                            + ".");
        } else if (status instanceof BreakStatus.Paused paused) {
            json.put("state", "paused");
            json.put("until", paused.pausedUntil().toString());
            json.put(
                    "message",
                    "Paused until " + Dates.timeFrom(paused.pausedUntil(), now, zone) + ".");
        } else if (status instanceof BreakStatus.Waiting waiting) {
            json.put("state", "waiting");
            json.put("breakAt", waiting.breakAt().toString());
            kind(json, waiting.kind());
            json.put("message", "Next break at " + Dates.time(waiting.breakAt(), zone) + ".");
        } else if (status instanceof BreakStatus.Notice notice) {
            json.put("state", "notice");
            json.put("breakAt", notice.breakAt().toString());
            kind(json, notice.kind());
            json.put(
                    "message",
                    capital(notice.kind().words())
                            + " at "
                            + Dates.time(notice.breakAt(), zone)
                            + ".");
        } else if (status instanceof BreakStatus.Due due) {
            json.put("state", "due");
            kind(json, due.kind());
            json.put("mayPostpone", due.mayPostpone());
            json.put("postponeMinutes", check.settings().postponeMinutes());
            json.put("message", "Time for " + due.kind().words() + ".");
        }
        json.put("natural", check.natural().isPresent());
        if (check.natural().isPresent()) {
            json.put("said", "Time away from the keyboard counted as a break.");
        }
        json.set("today", today(check.today()));
        return json;
    }

    private static void kind(ObjectNode json, BreakKind kind) {
        json.put("kind", kind.name().toLowerCase(Locale.ROOT));
        json.put("kindWords", kind.words());
    }

    private static ObjectNode offer(BreakOffer offer) {
        ObjectNode json = MAPPER.createObjectNode();
        if (offer instanceof BreakOffer.GetHelp help) {
            json.put("getHelp", true);
            json.put("headline", help.headline());
            json.put("action", help.action());
            json.put("instead", "No exercises for now: stand up and move about gently if you can.");
            json.putArray("exercises");
            return json;
        }
        json.put("getHelp", false);
        ArrayNode exercises = json.putArray("exercises");
        for (BreakExercise exercise : ((BreakOffer.Exercises) offer).exercises()) {
            ObjectNode row = exercises.addObject();
            row.put("id", exercise.id());
            row.put("name", exercise.name());
            row.put("seconds", exercise.seconds());
            ArrayNode steps = row.putArray("steps");
            exercise.steps().forEach(steps::add);
            ArrayNode sources = row.putArray("sources");
            exercise.sources().forEach(sources::add);
        }
        return json;
    }

    private static ObjectNode today(DaySummary summary) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("date", summary.date().toString());
        json.put("taken", summary.taken());
        json.put("natural", summary.natural());
        json.put("skipped", summary.skipped());
        json.put("postponed", summary.postponed());
        json.put("longestSittingMinutes", summary.longestSitting().toMinutes());
        json.put("minutesMoved", summary.minutesMoved());
        json.put("words", "Today: " + summary.counts() + ". " + summary.movement());
        return json;
    }

    static ObjectNode settings(BreakSettings settings) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("enabled", settings.enabled());
        json.put("everyMinutes", settings.everyMinutes());
        json.put("longAfterMinutes", settings.longAfterMinutes());
        json.put("longBreakMinutes", settings.longBreakMinutes());
        json.put("noticeMinutes", settings.noticeMinutes());
        json.put("postponeMinutes", settings.postponeMinutes());
        json.put("naturalBreakMinutes", settings.naturalBreakMinutes());
        json.put("start", settings.hours().start().toString());
        json.put("end", settings.hours().end().toString());
        ArrayNode days = json.putArray("days");
        settings.hours().days().stream()
                .sorted()
                .forEach(day -> days.add(dev.unknot.breaks.WorkingHours.code(day)));
        json.put("place", settings.place().code());
        return json;
    }

    private static Duration seconds(BreakEvent event) {
        return Duration.ofSeconds(event.seconds());
    }

    private static String capital(String words) {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static ProblemException conflict(String slug, String title, String detail) {
        return new ProblemException(Problem.of(slug, title, 409, detail, ""));
    }

    private static void send(Context ctx, ObjectNode json) {
        ctx.contentType(AssessmentApi.JSON).result(json.toString());
    }
}
