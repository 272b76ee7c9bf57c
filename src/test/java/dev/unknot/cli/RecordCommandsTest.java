package dev.unknot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordCommandsTest {
    @TempDir Path directory;

    private CliRun.Home home() {
        return new CliRun.Home(directory.resolve("home"));
    }

    private void someHistory() throws IOException {
        saved();
        logs();
    }

    private void saved() throws IOException {
        Path intake = directory.resolve("intake.json");
        Files.writeString(intake, AssessCommandTest.EXAMPLE);
        assertThat(home().run("assess", "--answers", intake.toString(), "--save").exitCode())
                .isZero();
    }

    private void logs() {
        home().run(
                        "log",
                        "--pain=6",
                        "--date=2026-11-01",
                        "--did=heat,stretch",
                        "--note=first day, \"stiff\"");
        home().run("log", "--pain=6", "--date=2026-11-10");
        home().typing(
                        "no\nno\nno\nno\nno\nno\nno\nyes\nno\nno\nno\nno\nno\nno\nno\nno\nno\n",
                        "log",
                        "--pain=5",
                        "--date=2026-11-22",
                        "--check-safety");
    }

    @Test
    void jsonExportImportsBackIntoAnotherProfileUnchanged() throws IOException {
        someHistory();
        Path exported = directory.resolve("me.json");
        assertThat(home().run("export", "--output", exported.toString()).exitCode()).isZero();

        CliRun imported = home().run("import", exported.toString(), "--profile=copy");

        assertThat(imported.exitCode()).isZero();
        assertThat(imported.out())
                .contains(
                        "Imported into 'copy':",
                        "  3 diary entries: 3 new, 0 already there",
                        "  0 guided sessions: 0 new, 0 already there",
                        "  0 outcome measures: 0 new, 0 already there",
                        "  1 saved assessment: 1 new, 0 already there",
                        "  4 pieces of advice raised: 4 new, 0 already there");
        String original = home().run("export").out();
        String copy = home().run("export", "--profile=copy").out();
        assertThat(copy.replace("\"profile\" : \"copy\"", "\"profile\" : \"me\""))
                .isEqualTo(original);
        assertThat(withoutNumbers(home().run("diary", "--profile=copy").out()))
                .isEqualTo(withoutNumbers(home().run("diary").out()));
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The history with an individual plan: version 1 started by unknot, and (written into the
     * export, as only a clinician's pages make one) a version 2 by a clinician.
     */
    private ObjectNode withPlan() throws IOException {
        saved();
        CliRun started = home().run("plan", "start");
        assertThat(started.exitCode()).as(started.err()).isZero();
        logs();
        ObjectNode exported = (ObjectNode) JSON.readTree(home().run("export").out());
        ArrayNode plans = (ArrayNode) exported.get("plans");
        assertThat(plans).hasSize(1);
        ObjectNode first = (ObjectNode) plans.get(0);
        assertThat(first.get("version").asInt()).isEqualTo(1);
        assertThat(first.get("author").get("kind").asText()).isEqualTo("unknot");
        assertThat(first.get("items").size()).isPositive();
        ObjectNode second = first.deepCopy();
        second.put("version", 2);
        second.put("at", "2026-11-25T09:30:00.123456Z");
        ObjectNode author = (ObjectNode) second.get("author");
        author.put("name", "Dr Ann Jones");
        author.put("kind", "clinician");
        second.put("reason", "Fewer repetitions, left side only");
        second.put("note", "Go gently");
        ObjectNode item = (ObjectNode) second.get("items").get(0);
        item.put("sets", 2);
        item.put("reps", 8);
        item.put("side", "left");
        item.put("notes", "Slowly, \"no pain\"");
        ((ArrayNode) item.putArray("days")).add("monday").add("thursday");
        plans.add(second);
        return exported;
    }

    private Path file(String name, JsonNode json) throws IOException {
        Path path = directory.resolve(name);
        Files.writeString(path, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json));
        return path;
    }

    @Test
    void planVersionsComeBackIntoAnotherProfileWithEveryItemAndOnlyOnce() throws IOException {
        ObjectNode exported = withPlan();
        Path path = file("plans.json", exported);

        CliRun imported = home().run("import", path.toString(), "--profile=copy");

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("  2 plan versions: 2 new, 0 already there");
        JsonNode copy = JSON.readTree(home().run("export", "--profile=copy").out());
        assertThat(copy.get("plans")).isEqualTo(exported.get("plans"));
        assertThat(copy.get("plans").get(1).get("author").has("clinicianId")).isFalse();
        assertThat(home().run("plan", "history", "--profile=copy", "--color=never").out())
                .contains("Dr Ann Jones");

        CliRun again = home().run("import", path.toString(), "--profile=copy");

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out())
                .contains("Nothing new", "  2 plan versions: 0 new, 2 already there");
        assertThat(JSON.readTree(home().run("export", "--profile=copy").out()).get("plans"))
                .isEqualTo(exported.get("plans"));

        CliRun intoMe = home().run("import", path.toString());

        assertThat(intoMe.exitCode()).as(intoMe.err()).isZero();
        assertThat(intoMe.out()).contains("  2 plan versions: 1 new, 1 already there");
    }

    @Test
    void planVersionsAreNotMixedWithOtherVersionsOfTheProfile() throws IOException {
        ObjectNode exported = withPlan();
        ((ObjectNode) exported.get("plans").get(0)).put("at", "2026-11-20T08:00:00Z");
        Path path = file("other.json", exported);

        CliRun imported = home().run("import", path.toString());

        assertThat(imported.exitCode()).isEqualTo(2);
        assertThat(imported.err()).contains("plans: ", "already has plan version 1");
        assertThat(JSON.readTree(home().run("export").out()).get("plans")).hasSize(1);
    }

    @Test
    void aBrokenPlanItemIsRefusedByItsPath() throws IOException {
        ObjectNode exported = withPlan();
        ObjectNode item = (ObjectNode) exported.get("plans").get(1).get("items").get(0);
        item.put("exerciseId", "no-such-exercise");
        Path unknown = file("unknown.json", exported);
        item.put(
                "exerciseId",
                exported.get("plans").get(0).get("items").get(0).get("exerciseId").asText());
        item.put("sets", 0);
        Path noSets = file("nosets.json", exported);
        item.put("sets", 1);
        item.remove("side");
        Path noSide = file("noside.json", exported);

        CliRun first = home().run("import", unknown.toString(), "--profile=copy");
        CliRun second = home().run("import", noSets.toString(), "--profile=copy");
        CliRun third = home().run("import", noSide.toString(), "--profile=copy");

        assertThat(first.exitCode()).isEqualTo(2);
        assertThat(first.err()).contains("plans[1].items[0].exerciseId: ", "no-such-exercise");
        assertThat(second.exitCode()).isEqualTo(2);
        assertThat(second.err()).contains("plans[1].items[0].sets: ");
        assertThat(third.exitCode()).isEqualTo(2);
        assertThat(third.err()).contains("plans[1].items[0].side: is missing");
        assertThat(home().run("export", "--profile=copy").exitCode()).isEqualTo(2);
    }

    @Test
    void anExportWithoutPlansStillImports() throws IOException {
        ObjectNode exported = withPlan();
        exported.remove("plans");
        Path path = file("older.json", exported);

        CliRun imported = home().run("import", path.toString(), "--profile=older");

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out())
                .contains(
                        "  3 diary entries: 3 new, 0 already there",
                        "  0 plan versions: 0 new, 0 already there");
        assertThat(JSON.readTree(home().run("export", "--profile=older").out()).get("plans"))
                .isEmpty();
    }

    @Test
    void jsonExportNamesActivitiesAndFlagsAsTheApiDoes() throws IOException {
        someHistory();

        String exported = home().run("export").out();

        assertThat(exported)
                .contains("\"activities\" : [ \"stretch\", \"heat\" ]", "\"flags\" : {")
                .doesNotContain("\"did\"", "\"safety\"");
    }

    @Test
    void anExportMadeBeforeTheRenameStillImports() throws IOException {
        Path older = directory.resolve("older.json");
        Files.writeString(
                older,
                record(
                        """
                {"date": "2026-11-01", "recordedAt": "2026-11-01T10:00:00Z", "pain": 6, "did": ["heat", "stretch"],
                 "note": "older", "safety": {"fever": true}}"""));
        Path newer = directory.resolve("newer.json");
        Files.writeString(
                newer,
                record(
                        """
                {"date": "2026-11-02", "recordedAt": "2026-11-02T10:00:00Z", "pain": 4, "activities": ["walk"],
                 "note": "newer", "flags": {"fever": false}}"""));

        CliRun olderImport = home().run("import", older.toString(), "--profile=older");
        CliRun newerImport = home().run("import", newer.toString(), "--profile=newer");

        assertThat(olderImport.exitCode()).as(olderImport.err()).isZero();
        assertThat(newerImport.exitCode()).as(newerImport.err()).isZero();
        assertThat(home().run("diary", "--profile=older").out())
                .contains("2026-11-01", "stretch,heat", "older", "[safety: yes]");
        assertThat(home().run("diary", "--profile=newer").out())
                .contains("2026-11-02", "walk", "newer")
                .doesNotContain("[safety: yes]");
        assertThat(home().run("export", "--profile=older").out())
                .contains(
                        "\"activities\" : [ \"stretch\", \"heat\" ]",
                        "\"flags\" : {",
                        "\"fever\" : true");
    }

    @Test
    void aProblemInAnEntrysFlagsNamesItsPlace() throws IOException {
        Path wrong = directory.resolve("wrong.json");
        Files.writeString(
                wrong,
                record(
                        """
                {"date": "2026-11-01", "recordedAt": "2026-11-01T10:00:00Z", "pain": 6, "activities": [],
                 "note": "", "flags": {"fever": "maybe"}}"""));

        CliRun imported = home().run("import", wrong.toString(), "--profile=wrong");

        assertThat(imported.exitCode()).isEqualTo(2);
        assertThat(imported.err()).contains("diary[0].flags.fever: ");
    }

    private static String record(String diaryEntry) {
        return "{\"format\": \"unknot-record\", \"version\": 1, \"profile\": \"me\", \"exportedAt\": \"2026-11-22T10:00:00Z\","
                + " \"assessments\": [], \"diary\": ["
                + diaryEntry
                + "], \"sessions\": [], \"measures\": [],"
                + " \"escalations\": []}";
    }

    @Test
    void csvExportHasARowPerItemWithQuotedText() throws IOException {
        someHistory();

        CliRun csv = home().run("export", "--format=csv");

        assertThat(csv.exitCode()).isZero();
        assertThat(csv.out())
                .startsWith("kind,date,time,pain,disposition,activities,rule,text\r\n")
                .contains("assessment,2026-11-22,2026-11-22T10:00:00Z,,SELF_CARE,,,\r\n")
                .contains(
                        "diary,2026-11-01,2026-11-22T10:00:00Z,6,,stretch;heat,,\"first day, \"\"stiff\"\"\"\r\n")
                .contains("escalation,2026-11-22,2026-11-22T10:00:00Z,,URGENT,,F3,");
    }

    @Test
    void corruptImportIsRejectedAndChangesNothing() throws IOException {
        someHistory();
        String exported = home().run("export").out();
        Path corrupt = directory.resolve("corrupt.json");
        Files.writeString(corrupt, exported.replaceFirst("\"pain\" : 6", "\"pain\" : 11"));

        CliRun imported = home().run("import", corrupt.toString(), "--profile=copy");

        assertThat(imported.exitCode()).isEqualTo(2);
        assertThat(imported.err())
                .contains("diary[0].pain: must be a whole number from 0 to 10, was 11");
        assertThat(home().run("diary", "--profile=copy").out()).contains("The diary is empty");
    }

    @Test
    void truncatedOrForeignFilesAreUserErrors() throws IOException {
        Path truncated = directory.resolve("truncated.json");
        Files.writeString(truncated, "{\"format\": \"unknot-record\", \"diary\": [");
        Path foreign = directory.resolve("foreign.json");
        Files.writeString(
                foreign,
                "{\"format\": \"something-else\", \"version\": 1, \"profile\": \"x\", \"exportedAt\": \"2026-01-01T00:00:00Z\","
                        + " \"assessments\": [], \"diary\": [], \"sessions\": [], \"measures\": [], \"escalations\": []}");

        assertThat(home().run("import", truncated.toString()).err()).contains("not valid JSON");
        assertThat(home().run("import", foreign.toString()).err())
                .contains("format: must be \"unknot-record\"");
        assertThat(home().run("import", directory.resolve("missing.json").toString()).err())
                .contains("file not found");
    }

    @Test
    void exportOfAnUnknownProfileIsAUserError() {
        CliRun exported = home().run("export", "--profile=nobody");

        assertThat(exported.exitCode()).isEqualTo(2);
        assertThat(exported.err()).contains("profile: no record is stored for 'nobody'");
    }

    @Test
    void importingTheSameExportTwiceAddsNothingTheSecondTimeAndSaysSo() throws IOException {
        someHistory();
        home().run("measure", "nprs", "--answers=4");
        Path exported = directory.resolve("me.json");
        home().run("export", "--output", exported.toString());
        String before = home().run("export", "--profile=copy").out();

        CliRun first = home().run("import", exported.toString(), "--profile=copy");
        String afterFirst = home().run("export", "--profile=copy").out();
        CliRun second = home().run("import", exported.toString(), "--profile=copy");
        CliRun own = home().run("import", exported.toString());

        assertThat(before).isEmpty();
        assertThat(first.out()).contains("  1 outcome measure: 1 new, 0 already there");
        assertThat(second.exitCode()).isZero();
        assertThat(second.out())
                .contains("Nothing new: everything in " + exported + " is already in 'copy'.")
                .contains("  3 diary entries: 0 new, 3 already there")
                .contains("  1 outcome measure: 0 new, 1 already there")
                .contains("  1 saved assessment: 0 new, 1 already there")
                .contains("  4 pieces of advice raised: 0 new, 4 already there");
        assertThat(home().run("export", "--profile=copy").out()).isEqualTo(afterFirst);
        assertThat(own.out()).contains("Nothing new", "3 diary entries: 0 new, 3 already there");
    }

    @Test
    void anEntryEditedSinceAnOlderExportIsNotImportedASecondTime() throws IOException {
        home().run("log", "--pain=6", "--date=2026-11-01", "--note=stiff");
        Path older = directory.resolve("older.json");
        home().run("export", "--output", older.toString());
        String id = "1";
        home().run("diary", "edit", id, "--pain=4", "--note=better");

        CliRun imported = home().run("import", older.toString());

        assertThat(imported.out()).contains("1 diary entry: 0 new, 1 already there");
        assertThat(home().run("diary").out()).contains("better").doesNotContain("stiff");
    }

    @Test
    void anExportThatOverlapsAddsOnlyWhatIsNew() throws IOException {
        home().run("log", "--pain=6", "--date=2026-11-01");
        Path older = directory.resolve("older.json");
        home().run("export", "--output", older.toString());
        home().run("import", older.toString(), "--profile=copy");
        home().run("log", "--pain=4", "--date=2026-11-10");
        Path newer = directory.resolve("newer.json");
        home().run("export", "--output", newer.toString());

        CliRun imported = home().run("import", newer.toString(), "--profile=copy");

        assertThat(imported.out())
                .contains("Imported into 'copy':", "  2 diary entries: 1 new, 1 already there");
        assertThat(withoutNumbers(home().run("diary", "--profile=copy").out()))
                .isEqualTo(withoutNumbers(home().run("diary").out()));
    }

    @Test
    void exportCountsEveryKindInWords() throws IOException {
        someHistory();
        home().run("measure", "nprs", "--answers=4");

        CliRun exported = home().run("export", "--output", directory.resolve("me.json").toString());

        assertThat(exported.exitCode()).isZero();
        assertThat(exported.err())
                .contains(
                        "Exported 3 diary entries, 0 guided sessions, 1 outcome measure, 1 saved"
                                + " assessment, 4 pieces of advice raised, 0 plan versions, 0 workstation"
                                + " checks and 0 movement breaks to ");
    }

    /** The diary table without its entry numbers, which differ from profile to profile. */
    private static String withoutNumbers(String diary) {
        return diary.replaceAll("(?m)^ *(ID|\\d+)  ", "");
    }
}
