package dev.unknot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeasureCommandTest {
    private static final String NOTHING_STORED = "No outcome measures stored yet";

    @TempDir Path directory;

    private CliRun.Home home() {
        return new CliRun.Home(directory);
    }

    private String stored() {
        return home().run("measures").out();
    }

    @Test
    void oswestryTypedThroughAPipeWithOneSectionSkippedIsScoredAndStored() {
        CliRun odi =
                home().typing("3\n2\n3\n2\n2\n1\n2\n\n1\n1\n", "measure", "odi", "--color=never");

        assertThat(odi.exitCode()).isZero();
        assertThat(odi.out())
                .contains(
                        "[1/10] Pain right now",
                        "  0) I have no pain at the moment.",
                        "(type 0-5; Enter to skip)",
                        "[10/10] Travelling")
                .contains("ODI on 2026-11-22: 38% - moderate disability")
                .contains("Skipped: item 8 (allowed for in the score).")
                .contains(
                        "Source: Fairbank JCT, Pynsent PB. The Oswestry Disability Index. Spine 2000;25(22):2940-53.")
                .contains("Saved to the profile 'me'.");
        assertThat(stored()).contains("2026-11-22  odi        38%").contains("moderate disability");
    }

    @Test
    void aThirdSkippedOswestrySectionMustBeAnswered() {
        CliRun odi = home().typing("\n\n\n4\n4\n4\n4\n4\n4\n4\n4\n", "measure", "odi");

        assertThat(odi.out())
                .contains(
                        "You have skipped 2 items, the most the ODI allows; please answer this one.")
                .contains("ODI on 2026-11-22: 80% - crippling back pain")
                .contains("Skipped: items 1, 2");
    }

    @Test
    void painOfElevenIsAskedAgain() {
        CliRun nprs = home().typing("11\nsix\n6\n", "measure", "nprs");

        assertThat(nprs.exitCode()).isZero();
        assertThat(nprs.out())
                .contains("a number from 0 (no pain) to 10 (the worst pain you can imagine)")
                .contains("Sorry, \"11\" is not one of the answers I can take.\nPlease answer 0-10")
                .contains("Sorry, \"six\"")
                .contains("NPRS on 2026-11-22: 6/10 - moderate pain")
                .contains("A change of 2 points or more");
    }

    @Test
    void painOfElevenGivenAsAnOptionExitsTwoAndStoresNothing() {
        CliRun nprs = home().run("measure", "nprs", "--answers=11");

        assertThat(nprs.exitCode()).isEqualTo(2);
        assertThat(nprs.err()).contains("answers: item 1 of the NPRS: '11' is not one of 0-10");
        assertThat(stored()).contains(NOTHING_STORED);
    }

    @Test
    void anUnknownMeasureExitsTwoNamingTheAllowedOnesAndStoresNothing() {
        CliRun unknown = home().typing("3\n", "measure", "sf36");

        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err())
                .contains(
                        "unknot: unknown measure 'sf36'; choose one of: nprs, odi, rmdq, startback");
        assertThat(unknown.out()).isEmpty();
        assertThat(stored()).contains(NOTHING_STORED);
    }

    @Test
    void noMeasureNamedIsAUsageError() {
        CliRun none = home().run("measure");

        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("Missing required parameter: 'INSTRUMENT'");
    }

    @Test
    void theNameOfAMeasureIsNotCaseSensitive() {
        assertThat(home().run("measure", "NPRS", "--answers=2").out())
                .contains("NPRS on 2026-11-22: 2/10 - mild pain");
    }

    @Test
    void aFutureDateIsRejectedAndAPastDateIsKept() {
        CliRun future = home().run("measure", "nprs", "--answers=4", "--date=2026-11-23");
        assertThat(future.exitCode()).isEqualTo(2);
        assertThat(future.err())
                .contains("date: must not be in the future (today is 2026-11-22), was 2026-11-23");
        assertThat(home().run("measure", "nprs", "--answers=4", "--date=22.11.2026").err())
                .contains("date: must be a date written YYYY-MM-DD, was '22.11.2026'");
        assertThat(stored()).contains(NOTHING_STORED);

        assertThat(home().run("measure", "nprs", "--answers=4", "--date=2026-11-01").exitCode())
                .isZero();
        assertThat(stored()).contains("2026-11-01  nprs       4/10");
    }

    @Test
    void inputEndingBeforeTheLastItemStoresNothing() {
        CliRun cut = home().typing("y\nn\ny\n", "measure", "rmdq");

        assertThat(cut.exitCode()).isEqualTo(2);
        assertThat(cut.err())
                .contains("input ended at item 4 of 24 of the RMDQ; nothing was stored");
        assertThat(stored()).contains(NOTHING_STORED);
    }

    @Test
    void rolandMorrisTakesYesAndNoInShortAndProRatesASkip() {
        String typed =
                "y\nyes\nn\nno\nY\n\nyes\nno\nno\nno\nno\nno\nno\nno\nno\nno\nno\nno\nno\nno\nno\nno\nno\nno\n";
        CliRun rmdq = home().typing(typed, "measure", "rmdq");

        assertThat(rmdq.exitCode()).isZero();
        assertThat(rmdq.out())
                .contains("(no / yes; Enter to skip)")
                .contains("RMDQ on 2026-11-22: 4/24 (pro-rated)") // 4 yes of 23: 4.17 -> 4
                .contains("Skipped: item 6");
        assertThat(stored()).contains("rmdq       4/24 (pro-rated)");
    }

    @Test
    void tooManySkipsInTheAnswersOptionCannotBeScored() {
        CliRun rmdq =
                home().run(
                                "measure",
                                "rmdq",
                                "--answers=-,-,-,n,n,n,n,n,n,n,n,n,n,n,n,n,n,n,n,n,n,n,n,n");

        assertThat(rmdq.exitCode()).isEqualTo(2);
        assertThat(rmdq.err())
                .contains(
                        "the RMDQ cannot be scored: 3 of 24 items unanswered (items [1, 2, 3]);"
                                + " at most 2 may be missing to score the RMDQ; nothing was stored");
        assertThat(home().run("measure", "rmdq", "--answers=n,n").err())
                .contains("answers: the RMDQ has 24 items, 2 answers were given");
        assertThat(stored()).contains(NOTHING_STORED);
    }

    @Test
    void startBackCannotSkipAndTakesBotherByWords() {
        CliRun low =
                home().typing(
                                "disagree\n\nd\nd\nd\nagree\nd\nd\nd\nslightly\n",
                                "measure",
                                "startback");

        assertThat(low.exitCode()).isZero();
        assertThat(low.out())
                .contains("(disagree / agree)\n> ")
                .contains("Every item of the STarT Back needs an answer.")
                .contains("  4) very much")
                .contains("STarT Back on 2026-11-22: total 1/9, psychosocial 1/5 - low risk")
                .doesNotContain("M1");
    }

    @Test
    void startBackHighRiskIsStoredWithAnEscalationToSeeAClinician() {
        CliRun high =
                home().typing(
                                "agree\nd\nno\nd\nyes\nagree\nagree\nd\nvery much\n",
                                "measure",
                                "startback",
                                "--color=never");

        assertThat(high.exitCode()).isZero();
        assertThat(high.out())
                .contains("STarT Back on 2026-11-22: total 5/9, psychosocial 4/5 - high risk")
                .contains(" M1 STarT Back high risk: see a clinician")
                .contains("Book a physical therapist or doctor")
                .contains("(sources: Hill 2008: the STarT Back screening tool)")
                .contains("(STarT Back total 5/9, psychosocial 4/5 on 2026-11-22)");
        assertThat(stored())
                .contains("startback  total 5/9, psychosocial 4/5")
                .contains("high risk");
        assertThat(home().run("export", "--format=csv").out())
                .contains("escalation")
                .contains("M1");
    }

    @Test
    void startBackMediumRiskRaisesNothing() {
        CliRun medium =
                home().run("measure", "startback", "--answers=agree,agree,agree,d,agree,d,d,d,3");

        assertThat(medium.out())
                .contains("total 4/9, psychosocial 1/5 - medium risk")
                .doesNotContain("M1");
    }

    @Test
    void measuresListsResultsOldestFirstAndFiltersByInstrument() {
        home().run("measure", "nprs", "--answers=7", "--date=2026-11-10");
        home().run("measure", "odi", "--answers=1,1,1,1,1,1,1,1,1,1", "--date=2026-11-12");
        home().run("measure", "nprs", "--answers=4");

        String all = stored();
        assertThat(all.split("\n"))
                .containsExactly(
                        "DATE        MEASURE    SCORE                           BAND",
                        "2026-11-10  nprs       7/10                            severe pain",
                        "2026-11-12  odi        20%                             minimal disability",
                        "2026-11-22  nprs       4/10                            moderate pain");
        assertThat(home().run("measures", "--instrument=NPRS").out())
                .contains("7/10", "4/10")
                .doesNotContain("odi");
        assertThat(home().run("measures", "--instrument=bdi").err())
                .contains("unknown measure 'bdi'");
    }

    @Test
    void profilesKeepSeparateResults() {
        home().run("measure", "nprs", "--answers=5", "--profile=ana");

        assertThat(home().run("measures", "--profile=ben").out()).contains(NOTHING_STORED);
        assertThat(home().run("measures", "--profile=ana").out()).contains("5/10");
    }

    @Test
    void helpListsTheMeasureCommands() {
        assertThat(CliRun.run("--help").out()).contains("measure ", "measures ");
    }
}
