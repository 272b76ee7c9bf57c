package dev.unknot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FhirCommandsTest {
    @TempDir Path directory;

    private CliRun.Home home() {
        return new CliRun.Home(directory.resolve("home"));
    }

    private void someHistory() throws IOException {
        Path intake = directory.resolve("intake.json");
        Files.writeString(intake, AssessCommandTest.EXAMPLE);
        assertThat(home().run("assess", "--answers", intake.toString(), "--save").exitCode())
                .isZero();
        home().run("log", "--pain=6", "--date=2026-11-01", "--did=heat,stretch", "--note=stiff");
        home().run("log", "--pain=4", "--date=2026-11-10");
        assertThat(home().run("measure", "odi", "--answers=2,1,-,3,2,1,0,0,2,1").exitCode())
                .isZero();
    }

    @Test
    void aFhirExportImportsBackIntoAnotherProfileUnchangedAndOnlyOnce() throws IOException {
        someHistory();
        Path exported = directory.resolve("me.fhir.json");
        CliRun export = home().run("export", "--format=fhir", "--output", exported.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(Files.readString(exported)).contains("\"resourceType\": \"Bundle\"");

        CliRun imported = home().run("import", exported.toString(), "--profile=copy");

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out())
                .contains(
                        "Imported into 'copy':",
                        "  2 diary entries: 2 new, 0 already there",
                        "  1 outcome measure: 1 new, 0 already there",
                        "  1 saved assessment: 1 new, 0 already there",
                        "  skipped: ",
                        "Questionnaire 5");
        String original = home().run("export").out();
        String copy = home().run("export", "--profile=copy").out();
        assertThat(copy.replace("\"profile\" : \"copy\"", "\"profile\" : \"me\""))
                .isEqualTo(original);

        CliRun again = home().run("import", exported.toString(), "--profile=copy");
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("Nothing new");
    }

    @Test
    void aBundleFromElsewhereImportsItsPainScoresAndNamesWhatItSkipped() throws IOException {
        Path bundle = directory.resolve("other.json");
        Files.writeString(
                bundle,
                """
                {"resourceType": "Bundle", "type": "searchset", "entry": [
                  {"resource": {"resourceType": "Encounter", "id": "e1", "status": "finished",
                    "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "AMB"}}},
                  {"resource": {"resourceType": "Practitioner", "id": "p1"}},
                  {"resource": {"resourceType": "Observation", "id": "bp", "status": "final",
                    "code": {"coding": [{"system": "http://loinc.org", "code": "8480-6"}]},
                    "valueQuantity": {"value": 120}}},
                  {"resource": {"resourceType": "Observation", "id": "pain", "status": "final",
                    "code": {"coding": [{"system": "http://loinc.org", "code": "72514-3"}]},
                    "effectiveDateTime": "2026-11-12T08:00:00+01:00", "valueInteger": 4}}
                ]}
                """);

        CliRun imported = home().run("import", bundle.toString(), "--profile=other");

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out())
                .contains(
                        "  1 diary entry: 1 new, 0 already there",
                        "  skipped: 3 resources (Encounter 1, Observation 1, Practitioner 1)");
        assertThat(home().run("export", "--profile=other").out())
                .contains("\"date\" : \"2026-11-12\"", "\"pain\" : 4");
    }

    @Test
    void aWrongValueInABundleIsRefusedNamingItsPlace() throws IOException {
        Path bundle = directory.resolve("bad.json");
        Files.writeString(
                bundle,
                """
                {"resourceType": "Bundle", "type": "collection", "entry": [
                  {"resource": {"resourceType": "Observation", "status": "final",
                    "code": {"coding": [{"system": "http://loinc.org", "code": "72514-3"}]},
                    "effectiveDateTime": "2026-11-12", "valueInteger": 11}}
                ]}
                """);

        CliRun imported = home().run("import", bundle.toString(), "--profile=bad");

        assertThat(imported.exitCode()).isEqualTo(2);
        assertThat(imported.err()).contains("entry[0].resource.value").doesNotContain("at dev.");
        assertThat(home().run("export", "--profile=bad").exitCode()).isEqualTo(2);
    }

    @Test
    void aFhirResourceThatIsNoBundleIsRefusedNamingResourceType() throws IOException {
        Path patient = directory.resolve("patient.json");
        Files.writeString(patient, "{\"resourceType\": \"Patient\"}");

        CliRun imported = home().run("import", patient.toString());

        assertThat(imported.exitCode()).isEqualTo(2);
        assertThat(imported.err()).contains("resourceType").contains("Bundle");
    }

    @Test
    void aBundleFhirCannotParseIsRefusedWithoutAStackTrace() throws IOException {
        Path bundle = directory.resolve("broken.json");
        Files.writeString(
                bundle, "{\"resourceType\": \"Bundle\", \"type\": \"collection\", \"entry\": 7}");

        CliRun imported = home().run("import", bundle.toString());

        assertThat(imported.exitCode()).isEqualTo(2);
        assertThat(imported.err()).contains("Bundle").doesNotContain("at ca.uhn");
    }
}
