package dev.unknot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the packaged jar as a separate process, the way the launcher and a shell see it. */
class UnknotJarIT {
    private static final Path JAR = Path.of("target", "unknot.jar");

    @TempDir Path dir;

    record Result(int exitCode, String out, String err) {}

    private static Result run(String stdin, String... args)
            throws IOException, InterruptedException {
        return runIn(null, stdin, args);
    }

    /**
     * Runs with {@code UNKNOT_HOME} set to {@code home} (when not null), so the record lives there.
     */
    private static Result runIn(Path home, String stdin, String... args)
            throws IOException, InterruptedException {
        List<String> command =
                new ArrayList<>(
                        List.of(
                                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                "-jar",
                                JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        if (home != null) {
            builder.environment().put("UNKNOT_HOME", home.toString());
            builder.environment().remove("UNKNOT_DB_URL");
            builder.environment().remove("UNKNOT_PROFILE");
        }
        Process process = builder.start();
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(
                process.exitValue(),
                new String(out, StandardCharsets.UTF_8),
                new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void exampleFileExitsZeroWithJson() throws Exception {
        Result result = run("", "assess", "--answers", "examples/intake.json", "--json");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("\"disposition\" : \"SELF_CARE\"");
    }

    @Test
    void invalidFieldExitsTwoWithoutStackTrace() throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"painNow\": 11}");

        Result result = run("", "assess", "--answers", file.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err())
                .isEqualTo("unknot: painNow: must be a whole number from 0 to 10, was 11\n");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void wizardOverAPipeReportsAnEmergencyAtOnce() throws Exception {
        Result result = run("no\nyes\n", "assess");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .contains("[2/27]")
                .doesNotContain("[3/27]")
                .contains("EMERGENCY")
                .contains("R2");
    }

    @Test
    void wizardOverAPipeTakesEverydayAnswersAndKeepsAnIdkOpenNeverNo() throws Exception {
        Result result = run("nah\nwhat?\nidk\nnope\nyes\nboth\n", "assess");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .contains("[4/27]")
                .contains("Please answer yes, no or not sure.")
                .contains("Please say which, by its number (1 to 4) or its words.")
                .contains("!!! EMERGENCY")
                .contains("you said: weakness in both legs")
                .doesNotContain("flags.")
                .doesNotContain("both-legs");
        Result open = run("n\nidk\n", "assess", "--json");
        assertThat(open.out())
                .contains("\"disposition\" : \"INCOMPLETE\"")
                .contains("\"saddleNumbness\"");
    }

    @Test
    void serveAnswersFromThePackagedJarAndStopsOnATerminateSignalWithItsAccessLogWritten()
            throws Exception {
        Path accessLog = dir.resolve("logs/access.log");
        Process process =
                new ProcessBuilder(
                                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                "-jar",
                                JAR.toString(),
                                "serve",
                                "--db",
                                "jdbc:h2:mem:it",
                                "--port",
                                "0",
                                "--access-log",
                                accessLog.toString())
                        .redirectErrorStream(true)
                        .start();
        try {
            BufferedReader out =
                    new BufferedReader(
                            new InputStreamReader(
                                    process.getInputStream(), StandardCharsets.UTF_8));
            String first = out.readLine();
            assertThat(first).startsWith("unknot is running: open http://127.0.0.1:");
            String address = first.replaceAll(".*(http://[^ ]+/).*", "$1");
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> health =
                    client.send(
                            HttpRequest.newBuilder(URI.create(address + "health")).build(),
                            HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> home =
                    client.send(
                            HttpRequest.newBuilder(URI.create(address)).build(),
                            HttpResponse.BodyHandlers.ofString());

            assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
            assertThat(home.body()).contains("<html lang=\"en\">", "not a diagnosis");
        } finally {
            process.destroy();
        }
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readAllLines(accessLog))
                .hasSize(2)
                .anySatisfy(
                        line ->
                                assertThat(line)
                                        .contains("\"route\":\"/health\"", "\"status\":200"))
                .anySatisfy(line -> assertThat(line).contains("\"route\":\"/\"", "\"status\":200"));
    }

    @Test
    void aSessionFromAnIndividualPlanAsksTheStopSignsFirstAndAYesSavesNothing() throws Exception {
        Path home = dir.resolve("plan-stop");
        assertThat(
                        runIn(home, "", "assess", "--answers", "examples/intake.json", "--save")
                                .exitCode())
                .isZero();
        Result start = runIn(home, "", "plan", "start");
        assertThat(start.exitCode()).as(start.err()).isZero();

        Result session = runIn(home, "no\nyes\n", "session", "--speed", "1000", "--color=never");

        assertThat(session.exitCode()).as(session.err()).isZero();
        assertThat(session.out()).contains("You said yes to:").doesNotContain("Step 1 of");
        assertThat(session.err()).doesNotContain("\tat ");
        assertThat(runIn(home, "", "diary").out()).doesNotContain("guided session");
    }

    @Test
    void guidedSessionTypedThroughAPipeRunsTheWholePlanOnTheRealTimer() throws Exception {
        Path home = dir.resolve("home");
        assertThat(
                        runIn(home, "", "assess", "--answers", "examples/intake.json", "--save")
                                .exitCode())
                .isZero();

        Result result =
                runIn(
                        home,
                        "no\nno\nno\nno\nno\nno\n5\n" + "\n".repeat(9) + "3\n",
                        "session",
                        "--speed",
                        "1000");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out())
                .contains("Step 8 of 8")
                .contains("8 done, 0 skipped, 0 not reached")
                .contains("pain 5 -> 3.");
        assertThat(runIn(home, "", "diary").out())
                .contains("session")
                .contains("guided session: 8 done");
    }

    @Test
    void handoutWritesThePlanAsAPdf() throws Exception {
        Path home = dir.resolve("handout");
        assertThat(
                        runIn(home, "", "assess", "--answers", "examples/intake.json", "--save")
                                .exitCode())
                .isZero();
        Path pdf = dir.resolve("plan.pdf");

        Result result = runIn(home, "", "handout", "-o", pdf.toString(), "--paper", "letter");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).isEqualTo("Wrote the plan of 'me' (letter) to " + pdf + ".\n");
        byte[] start = new byte[5];
        System.arraycopy(Files.readAllBytes(pdf), 0, start, 0, 5);
        assertThat(new String(start, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void aFhirExportImportsBackThroughTheJarUnchanged() throws Exception {
        Path home = dir.resolve("fhir");
        assertThat(runIn(home, "", "log", "--pain", "5", "--did", "stretch").exitCode()).isZero();
        assertThat(runIn(home, "", "measure", "nprs", "--answers=6").exitCode()).isZero();
        Path bundle = dir.resolve("me.fhir.json");

        Result export = runIn(home, "", "export", "--format", "fhir", "-o", bundle.toString());
        Result imported = runIn(home, "", "import", bundle.toString(), "--profile=copy");

        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(Files.readString(bundle)).contains("\"resourceType\": \"Bundle\"");
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out())
                .contains("1 diary entry: 1 new", "1 outcome measure: 1 new", "skipped: ");
        String exportedAt = "\"exportedAt\" : \"[^\"]*\"";
        String original = runIn(home, "", "export").out().replaceAll(exportedAt, "");
        String copy = runIn(home, "", "export", "--profile=copy").out().replaceAll(exportedAt, "");
        assertThat(copy.replace("\"profile\" : \"copy\"", "\"profile\" : \"me\""))
                .isEqualTo(original);
    }

    @Test
    void assessLoadsNoFhirClasses() throws Exception {
        Path log = dir.resolve("classes.log");
        Process process =
                new ProcessBuilder(
                                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                "-Xlog:class+load=info:file=" + log,
                                "-jar",
                                JAR.toString(),
                                "assess",
                                "--answers",
                                "examples/intake.json")
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.DISCARD)
                        .start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        assertThat(Files.readString(log))
                .doesNotContain("ca.uhn.fhir")
                .doesNotContain("org.hl7.fhir");
    }

    @Test
    void diaryEntryWithAYesToASafetyQuestionIsTriagedAgainAndKeptWithItsEscalation()
            throws Exception {
        Path home = dir.resolve("diary-yes");

        Result result =
                runIn(home, "yes\n", "log", "--pain", "5", "--check-safety", "--color=never");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).doesNotContain("internal error");
        assertThat(result.out())
                .contains("Saved to the diary")
                .contains("EMERGENCY")
                .contains("R1")
                .contains("F3")
                .doesNotContain("[2/");
        Result diary = runIn(home, "", "diary");
        assertThat(diary.out()).contains("[safety: yes]");
        Result export = runIn(home, "", "export", "--format", "json");
        assertThat(export.out())
                .contains("\"rule\" : \"F3\"")
                .contains("\"bladderBowelChange\" : true");
    }

    @Test
    void diaryEntryWithEverySafetyQuestionAnsweredNoIsKeptWithoutEscalation() throws Exception {
        Path home = dir.resolve("diary-no");

        Result result =
                runIn(
                        home,
                        "no\n".repeat(17),
                        "log",
                        "--pain",
                        "4",
                        "--check-safety",
                        "--color=never");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out())
                .contains("Saved to the diary")
                .doesNotContain("EMERGENCY")
                .doesNotContain("F3");
    }

    @Test
    void freeTextWithAnEmergencyGivesTheAdviceFirstAndAsksNothingMore() throws Exception {
        Result result =
                run(
                        "",
                        "assess",
                        "--text",
                        "I wet myself this morning",
                        "--ask-rest",
                        "--color=never");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out())
                .startsWith("=".repeat(72) + "\n !!! EMERGENCY")
                .contains("R1", "From your words", "If that is not what you meant")
                .doesNotContain("[1/");
    }

    @Test
    void anEmergencyInTheWordsNotMeantIsAskedAboutAfterTheAdvice() throws Exception {
        Result result =
                run(
                        "no\n\nyes\n",
                        "assess",
                        "--text",
                        "I wet myself this morning",
                        "--ask-rest",
                        "--color=never");

        assertThat(result.exitCode()).as(result.err()).isZero();
        String out = result.out();
        int advice = out.indexOf("!!! EMERGENCY");
        int offer = out.indexOf("If that is not what you meant");
        int asked = out.indexOf("[1/");
        assertThat(advice).isNotNegative().isLessThan(offer);
        assertThat(offer).isLessThan(asked);
        assertThat(out.substring(asked))
                .contains("controlling your bladder or bowels", "!!! EMERGENCY", "R1");
    }

    @Test
    void aYesToAStopSignStartsNoSessionAndKeepsTheAnswer() throws Exception {
        Path home = dir.resolve("stop");
        assertThat(
                        runIn(home, "", "assess", "--answers", "examples/intake.json", "--save")
                                .exitCode())
                .isZero();

        Result result = runIn(home, "no\nno\nyes\n", "session", "--color=never");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out())
                .contains("STOP: the session does not start")
                .contains("EMERGENCY")
                .contains("R1")
                .doesNotContain("Step 1 of");
        assertThat(runIn(home, "", "diary").out()).contains("The diary is empty");
    }

    @Test
    void anExportFromBeforeTheNewSafetyQuestionsImportsAndLeavesThemOpen() throws Exception {
        Path home = dir.resolve("old-export");

        Result imported =
                runIn(home, "", "import", "src/test/resources/exports/before-r25-r26.json");
        Result session = runIn(home, "", "session", "--color=never");

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("2 diary entries");
        assertThat(session.exitCode()).as(session.err()).isZero();
        assertThat(session.out()).contains("No guided session").contains("Not finished");
    }

    @Test
    void aHighRiskStartBackResultIsKeptWithItsAdviceToSeeAClinician() throws Exception {
        Path home = dir.resolve("startback");

        Result measured =
                runIn(
                        home,
                        "agree\nno\nno\nno\nyes\nyes\nyes\nno\nvery much\n",
                        "measure",
                        "startback");

        assertThat(measured.exitCode()).as(measured.err()).isZero();
        assertThat(measured.out()).contains("high risk").contains("M1");
        assertThat(runIn(home, "", "export", "--format", "json").out())
                .contains("\"rule\" : \"M1\"");
    }

    @Test
    void anAdministratorMakesAClinicAndAClinicianWhosePasswordComesThroughAPipe() throws Exception {
        Path home = dir.resolve("clinic");

        Result created = runIn(home, "", "clinic", "create", "North Clinic");
        Result added =
                runIn(
                        home,
                        "correct horse battery\ncorrect horse battery\n",
                        "clinic",
                        "add-clinician",
                        "--clinic",
                        "North Clinic",
                        "--username",
                        "dr.lee",
                        "--name",
                        "Dr Ada Lee");
        Result again =
                runIn(
                        home,
                        "correct horse battery\n",
                        "clinic",
                        "add-clinician",
                        "--clinic",
                        "North Clinic",
                        "--username",
                        "dr.lee",
                        "--name",
                        "Dr Ada Lee",
                        "--password-stdin");
        Result listed = runIn(home, "", "clinic", "list");

        assertThat(created.exitCode()).as(created.err()).isZero();
        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(added.out()).contains("Made the clinician Dr Ada Lee (dr.lee)");
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("'dr.lee' is taken").doesNotContain("Exception");
        assertThat(listed.out()).contains("North Clinic").contains("Dr Ada Lee (dr.lee)");
    }

    @Test
    void helpExitsZero() throws Exception {
        Result result = run("", "--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .contains("assess")
                .contains("session")
                .contains("sources")
                .contains("rules")
                .contains("explain");
    }

    @Test
    void breaksRunInTheBackgroundBesideOtherCommandsOnTheSameDatabaseUntilStopped()
            throws Exception {
        Path home = dir.resolve("home");
        Path pidFile = home.resolve("breaks-me.pid");
        try {
            Result start =
                    runIn(home, "", "breaks", "--background", "--notify", "bell", "--idle", "none");

            assertThat(start.exitCode()).as(start.err()).isZero();
            long pid = Long.parseLong(Files.readString(pidFile).strip());
            assertThat(start.out())
                    .isEqualTo(
                            "Movement breaks run in the background (process "
                                    + pid
                                    + "). 'unknot breaks stop' ends them; the log is "
                                    + home.resolve("breaks-me.log")
                                    + ".\n");
            ProcessHandle breaks = ProcessHandle.of(pid).orElseThrow();
            assertThat(breaks.isAlive()).as("outlives the command that started it").isTrue();
            assertThat(Files.readString(home.resolve("breaks-me.log")))
                    .contains("Movement breaks for 'me': every 30 minutes");
            java.util.Properties lock = new java.util.Properties();
            try (java.io.InputStream in = Files.newInputStream(home.resolve("unknot.lock.db"))) {
                lock.load(in);
            }
            String server = lock.getProperty("server");
            assertThat(server).as("H2 writes 127.0.0.1 as localhost").startsWith("localhost:");
            assertThat(listeningOn(Integer.parseInt(server.substring("localhost:".length()))))
                    .as("the shared database is served on the loopback address only")
                    .isNotEmpty()
                    .allMatch(
                            address -> address.endsWith("0100007F"),
                            "127.0.0.1 (or ::ffff:127.0.0.1)");

            Result settings = runIn(home, "", "breaks", "settings", "--every", "45");
            assertThat(settings.exitCode()).as(settings.err()).isZero();
            Result today = runIn(home, "", "breaks", "today");
            assertThat(today.exitCode()).as(today.err()).isZero();
            assertThat(today.out()).startsWith("Breaks on ");
            Result log =
                    runIn(home, "", "log", "--pain", "3", "--note", "written beside the breaks");
            assertThat(log.exitCode()).as(log.err()).isZero();

            Result again = runIn(home, "", "breaks", "--background");
            assertThat(again.exitCode()).isEqualTo(2);
            assertThat(again.err())
                    .isEqualTo(
                            "unknot: movement breaks for 'me' already run in the background (process "
                                    + pid
                                    + "); 'unknot breaks stop' ends them\n");
            assertThat(breaks.isAlive()).isTrue();

            Result stop = runIn(home, "", "breaks", "stop");
            assertThat(stop.exitCode()).as(stop.err()).isZero();
            assertThat(stop.out()).isEqualTo("Movement breaks stopped.\n");
            assertThat(breaks.onExit().get(10, TimeUnit.SECONDS).isAlive()).isFalse();
            assertThat(pidFile).doesNotExist();

            Result stopAgain = runIn(home, "", "breaks", "stop");
            assertThat(stopAgain.exitCode()).isZero();
            assertThat(stopAgain.out()).isEqualTo("No movement breaks run in the background.\n");
            Result settingsAfter = runIn(home, "", "breaks", "settings");
            assertThat(settingsAfter.exitCode()).as(settingsAfter.err()).isZero();
            assertThat(settingsAfter.out()).contains("a short break every 45 minutes of sitting");
            assertThat(runIn(home, "", "diary").out()).contains("written beside the breaks");
        } finally {
            if (Files.exists(pidFile)) {
                ProcessHandle.of(Long.parseLong(Files.readString(pidFile).strip()))
                        .filter(
                                process ->
                                        process.info().commandLine().orElse("").contains("breaks"))
                        .ifPresent(ProcessHandle::destroyForcibly);
            }
        }
    }

    /**
     * The local addresses (as /proc/net/tcp and tcp6 write them: 0100007F is 127.0.0.1, ending an
     * IPv4-mapped IPv6 one too; all zeros is every interface) on which a socket listens on {@code
     * port}.
     */
    private static List<String> listeningOn(int port) throws IOException {
        String hexPort = String.format("%04X", port);
        List<String> addresses = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            for (String line : Files.readAllLines(Path.of(table))) {
                String[] columns = line.strip().split("\\s+");
                if (columns.length > 3
                        && columns[1].endsWith(":" + hexPort)
                        && columns[3].equals("0A")) {
                    addresses.add(columns[1].substring(0, columns[1].indexOf(':')));
                }
            }
        }
        return addresses;
    }

    @Test
    void aBreakNowOffersExercisesButOnlyTheAdviceToGetHelpOnceAnEmergencyIsSaved()
            throws Exception {
        Path home = dir.resolve("home");
        Result calm = runIn(home, "q\n", "breaks", "now");
        assertThat(calm.exitCode()).as(calm.err()).isZero();
        assertThat(calm.out())
                .contains("Time for a short movement break.", "pelvic tilt (")
                .contains("Left: nothing recorded.");

        Path answers = dir.resolve("emergency.json");
        Files.writeString(
                answers,
                Files.readString(Path.of("examples/intake.json"))
                        .replace("\"bladderBowelChange\": false", "\"bladderBowelChange\": true"));
        runIn(home, "", "assess", "--answers", answers.toString(), "--save");
        Result refused = runIn(home, "q\n", "breaks", "now");

        assertThat(refused.exitCode()).as(refused.err()).isZero();
        assertThat(refused.out())
                .contains("No exercises for now: stand up and move about gently if you can.")
                .doesNotContain("pelvic tilt (");
        assertThat(refused.err()).isEmpty();
    }

    @Test
    void commandHelpExitsZeroWithTheCommandsUsage() throws Exception {
        Result serve = run("", "serve", "--help");
        Result assess = run("", "help", "assess");

        assertThat(serve.exitCode()).as(serve.err()).isZero();
        assertThat(serve.out()).startsWith("Usage: unknot serve [-h]").contains("--port=<port>");
        assertThat(assess.exitCode()).as(assess.err()).isZero();
        assertThat(assess.out()).startsWith("Usage: unknot assess [-h]").contains("--answers=FILE");
        assertThat(serve.err() + assess.err()).isEmpty();
    }
}
