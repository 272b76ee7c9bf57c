package dev.unknot.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.unknot.assessment.Assessor;
import dev.unknot.assessment.Interview;
import dev.unknot.intake.Intake;
import dev.unknot.intake.Question;
import dev.unknot.intake.Region;
import dev.unknot.intake.Side;
import dev.unknot.plan.LikelyMuscle;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

class BodyMapTest {
    private static final Interview INTERVIEW =
            new Interview(WebClient.KNOWLEDGE, new Assessor(WebClient.KNOWLEDGE).triage());
    private static final Pattern ID = Pattern.compile(" id=\"([^\"]+)\"");
    private static final Pattern TEXT = Pattern.compile("<text[^>]*>(.*?)</text>");

    /** The answers of a wizard question as its page offers them, "not sure" included. */
    static List<Choice> choices(Question question) {
        return QuestionView.of(
                        INTERVIEW.wording(question), Intake.empty(), false, Optional.empty(), false)
                .choices();
    }

    /** Every muscle the knowledge base can name, once, as likely. */
    static List<LikelyMuscle> everyMuscle() {
        Map<String, LikelyMuscle> muscles = new LinkedHashMap<>();
        for (Region region : Region.values()) {
            var regionMuscles = WebClient.KNOWLEDGE.musclesOf(region);
            regionMuscles
                    .muscles()
                    .forEach(
                            muscle ->
                                    muscles.putIfAbsent(
                                            muscle.id(),
                                            new LikelyMuscle(
                                                    muscle,
                                                    region,
                                                    regionMuscles.why(),
                                                    regionMuscles.sources())));
        }
        return List.copyOf(muscles.values());
    }

    /** The words drawn on the map, each label's lines joined by a space. */
    static List<String> drawnWords(String markup) {
        List<String> words = new ArrayList<>();
        Matcher text = TEXT.matcher(markup);
        while (text.find()) {
            words.add(
                    text.group(1)
                            .replaceAll("</tspan><tspan[^>]*>", " ")
                            .replaceAll("<[^>]+>", "")
                            .replace("&amp;", "&"));
        }
        return words;
    }

    /** Everything a sighted person reads: the words on the drawing and in the caption. */
    static String visibleText(String markup) {
        return String.join(" ", drawnWords(markup))
                + " "
                + markup.replaceAll("(?s)<svg.*?</svg>", " ").replaceAll("<[^>]+>", " ");
    }

    static List<String> ids(String markup) {
        List<String> ids = new ArrayList<>();
        Matcher id = ID.matcher(markup);
        while (id.find()) {
            ids.add(id.group(1));
        }
        return ids;
    }

    @Test
    void everyPlaceAKnotCanBeHasAShapeOnTheMapAndItsOwnWordsBesideIt() {
        List<Choice> regions = choices(Question.REGIONS);
        String map = BodyMap.picker("regions", regions);

        for (Region region : Region.values()) {
            Choice choice =
                    regions.stream()
                            .filter(offered -> offered.code().equals(region.code()))
                            .findFirst()
                            .orElseThrow();
            assertThat(map)
                    .contains(
                            "<label for=\"regions-" + region.code() + "\" class=\"map-choice",
                            "<path class=\"hit\" id=\"map-regions-" + region.code() + "\"");
            assertThat(drawnWords(map)).as(region.code()).contains(choice.label());
        }
        assertThat(map).doesNotContain("not-sure");
    }

    @Test
    void eachSideIsAShapeNamedInWordsAndBothSidesIsBothHalves() {
        String map = BodyMap.picker("side", choices(Question.SIDE));

        assertThat(map).contains("id=\"map-side-left\"", "id=\"map-side-right\"");
        assertThat(map).contains("id=\"map-side-center\"").doesNotContain("map-side-both");
        assertThat(drawnWords(map)).contains("left", "right", "in the middle", "Left", "Right");
    }

    @Test
    void theCaptionSaysTheBackIsSeenFromBehindSoYourLeftIsOnTheLeft() {
        String map = BodyMap.picker("regions", choices(Question.REGIONS));

        assertThat(visibleText(map)).contains("seen from behind", "your left is on the left");
    }

    @Test
    void noCodeIsShownAsTextOnlyWords() {
        String pickers =
                BodyMap.picker("regions", choices(Question.REGIONS))
                        + BodyMap.picker("side", choices(Question.SIDE))
                        + BodyMap.muscles(everyMuscle(), Side.BOTH);
        String visible = visibleText(pickers);

        Stream.concat(
                        Arrays.stream(Region.values()).map(Region::code),
                        everyMuscle().stream().map(muscle -> muscle.muscle().id()))
                .filter(code -> code.contains("-"))
                .forEach(code -> assertThat(visible).as(code).doesNotContain(code));
        assertThat(visible).doesNotContain("map-", "regions", "center");
    }

    @Test
    void theRegionAndSidePickersOnOnePageHaveNoIdTwice() {
        List<Choice> regions = choices(Question.REGIONS);
        List<Choice> sides = choices(Question.SIDE);
        String page = BodyMap.picker("regions", regions) + BodyMap.picker("side", sides);
        List<String> ids = new ArrayList<>(ids(page));
        regions.forEach(choice -> ids.add(choice.id()));
        sides.forEach(choice -> ids.add(choice.id()));

        assertThat(ids).doesNotHaveDuplicates();
        Matcher target = Pattern.compile("for=\"([^\"]+)\"").matcher(page);
        while (target.find()) {
            assertThat(ids).contains(target.group(1));
        }
        Matcher reference = Pattern.compile("url\\(#([^)]+)\\)").matcher(page);
        while (reference.find()) {
            assertThat(ids).contains(reference.group(1));
        }
    }

    @Test
    void theMarkupIsWellFormed() {
        String page =
                BodyMap.picker("regions", choices(Question.REGIONS))
                        + BodyMap.picker("side", choices(Question.SIDE))
                        + BodyMap.muscles(everyMuscle(), Side.RIGHT);

        assertThatCode(
                        () ->
                                DocumentBuilderFactory.newInstance()
                                        .newDocumentBuilder()
                                        .parse(
                                                new InputSource(
                                                        new StringReader(
                                                                "<page>" + page + "</page>"))))
                .doesNotThrowAnyException();
    }

    @Test
    void thePickerIsHiddenFromScreenReadersBecauseTheListBesideItCarriesTheMeaning() {
        String map = BodyMap.picker("regions", choices(Question.REGIONS));

        assertThat(map.split("<svg ", -1).length - 1)
                .isEqualTo(map.split("<svg [^>]*aria-hidden=\"true\"", -1).length - 1)
                .isEqualTo(1 + Region.values().length);
    }

    @Test
    void onlyTheRegionAndSideQuestionsHaveAMap() {
        assertThat(BodyMap.picker("feel", choices(Question.SIDE))).isEmpty();
    }

    @Test
    void everyLikelyMuscleIsDrawnOnBothSidesAndNamedInWords() {
        List<LikelyMuscle> muscles = everyMuscle();
        String map = BodyMap.muscles(muscles, Side.BOTH);

        for (LikelyMuscle muscle : muscles) {
            String id = muscle.muscle().id();
            String drawn = map.substring(map.indexOf("id=\"map-muscle-" + id + "\""));
            assertThat(drawn.substring(0, drawn.indexOf("</g>")).split("<path", -1))
                    .as(id)
                    .hasSize(3);
            assertThat(drawnWords(map)).contains(muscle.muscle().name());
        }
    }

    @Test
    void aKnotOnOneSideDrawsItsMusclesOnThatSideOnly() {
        List<LikelyMuscle> muscles = everyMuscle();
        String right = BodyMap.muscles(muscles, Side.RIGHT);
        String left = BodyMap.muscles(muscles, Side.LEFT);

        for (LikelyMuscle muscle : muscles) {
            String id = "id=\"map-muscle-" + muscle.muscle().id() + "\"";
            String onTheRight = right.substring(right.indexOf(id));
            String onTheLeft = left.substring(left.indexOf(id));
            assertThat(onTheRight.substring(0, onTheRight.indexOf("</g>")))
                    .containsOnlyOnce("<path")
                    .contains("transform=\"matrix(-1 0 0 1 300 0)\"");
            assertThat(onTheLeft.substring(0, onTheLeft.indexOf("</g>")))
                    .containsOnlyOnce("<path")
                    .doesNotContain("transform");
        }
    }

    @Test
    void theResultMapIsAnImageWhoseTitleNamesTheMusclesAndTheSide() {
        List<LikelyMuscle> muscles = everyMuscle().subList(0, 2);
        String map = BodyMap.muscles(muscles, Side.RIGHT);

        assertThat(map)
                .contains(
                        "role=\"img\" aria-labelledby=\"map-muscles-title\"",
                        "<title id=\"map-muscles-title\">")
                .contains(muscles.get(0).muscle().name(), muscles.get(1).muscle().name())
                .contains("on the right side");
    }

    @Test
    void aMusclesNameStandsOnTheSideItIsDrawnOnWhenThatPlaceIsFree() {
        List<LikelyMuscle> hip =
                everyMuscle().stream()
                        .filter(muscle -> muscle.muscle().id().equals("quadratus-lumborum"))
                        .toList();
        BodyDrawing.Label label = BodyDrawing.get().muscles().get("quadratus-lumborum").label();
        String home = label.firstSide();
        Side drawnHome = home.equals("left") ? Side.LEFT : Side.RIGHT;
        Side drawnOther = home.equals("left") ? Side.RIGHT : Side.LEFT;

        assertThat(BodyMap.muscles(hip, drawnHome))
                .contains("<text class=\"map-word muscle-word\" x=\"" + (int) label.x() + "\"");
        assertThat(BodyMap.muscles(hip, drawnOther))
                .contains(
                        "<text class=\"map-word muscle-word\" x=\""
                                + (int) (BodyDrawing.get().mirrorX() - label.x())
                                + "\"");
    }

    @Test
    void aMuscleLikelyForTwoRegionsIsDrawnOnce() {
        LikelyMuscle muscle = everyMuscle().get(0);
        String map = BodyMap.muscles(List.of(muscle, muscle), Side.LEFT);

        assertThat(map).containsOnlyOnce("id=\"map-muscle-" + muscle.muscle().id() + "\"");
    }

    @Test
    void eachMuscleHasAColourAndAPatternOfItsOwnSoColourIsNotTheOnlyCue() {
        BodyDrawing drawing = BodyDrawing.get();

        assertThat(drawing.muscles().keySet())
                .containsExactlyInAnyOrderElementsOf(
                        everyMuscle().stream().map(muscle -> muscle.muscle().id()).toList());
        assertThat(drawing.muscles().values().stream().map(BodyDrawing.MuscleArea::colour))
                .doesNotHaveDuplicates();
        assertThat(drawing.muscles().values().stream().map(BodyDrawing.MuscleArea::pattern))
                .doesNotHaveDuplicates()
                .allMatch(drawing.patterns()::containsKey);
    }

    @Test
    void theDrawingHasAShapeForEveryRegionAndNoOther() {
        assertThat(BodyDrawing.get().regions().keySet())
                .containsExactlyInAnyOrderElementsOf(
                        Arrays.stream(Region.values()).map(Region::code).toList());
    }

    @Test
    void labelsBreakAtSpacesToFitTheirWidth() {
        BodyDrawing.Label label = new BodyDrawing.Label(0, 0, "start", 12, Map.of());

        assertThat(label.lines("at the side, between the ribs and the hip"))
                .containsExactly("at the side,", "between the", "ribs and the", "hip");
        assertThat(label.lines("multifidus")).containsExactly("multifidus");
    }
}
