package org.briefing.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.briefing.content.Block;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each cleaning rule on its own, on pasted text that opens with a headline and a lead: what the
 * rule removes (with its reason) and, as important, what it must keep.
 */
class CleaningRulesTest {

    private static final String HEAD = "Rebels enter Aleppo\nRebel fighters entered the city on Saturday, residents said.\n";
    private static final String LEAD = "Rebel fighters entered the city on Saturday, residents said.";
    private static final String LATER = "The army said it had withdrawn to regroup, and promised a counter-attack within days.";

    private static Arguments rule(String name, String after, List<String> removed, List<String> kept) {
        return Arguments.of(name, HEAD + after, removed, kept);
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                rule("read more with its headlines", "Read more:\nWho are the Syrian rebels?\nWhat next for Assad\n\n" + LATER + "\n",
                        List.of("LINK_LIST: Read more:", "LINK_LIST: Who are the Syrian rebels?", "LINK_LIST: What next for Assad"),
                        List.of(LEAD, LATER)),
                rule("read more alone, then a group of headlines", "Read more:\n\nWho are the Syrian rebels?\nWhat next for Assad\n\n" + LATER + "\n",
                        List.of("LINK_LIST: Read more:", "LINK_LIST: Who are the Syrian rebels?", "LINK_LIST: What next for Assad"),
                        List.of(LEAD, LATER)),
                rule("read more alone, then reporting", "Read more\n\nWhat next for Assad\n" + LATER + "\n",
                        List.of("LINK_LIST: Read more"),
                        List.of(LEAD, "What next for Assad", LATER)),
                rule("a sentence that says read more", "Readers can read more about the offensive on our site.\n",
                        List.of(),
                        List.of(LEAD, "Readers can read more about the offensive on our site.")),
                rule("articles you may like at the end", LATER + "\n\nArticles You May Like\n\nTesla settles pay case\n"
                                + "Trump inauguration: a guide\nTeachers to ballot members\n",
                        List.of("UNRELATED_HEADLINES: Articles You May Like", "UNRELATED_HEADLINES: Tesla settles pay case",
                                "UNRELATED_HEADLINES: Trump inauguration: a guide", "UNRELATED_HEADLINES: Teachers to ballot members"),
                        List.of(LEAD, LATER)),
                rule("articles you may like mid-article, then a subheading", "Articles You May Like\n\nWhat the rebels want\n\n" + LATER + "\n",
                        List.of("PAGE_FURNITURE: Articles You May Like"),
                        List.of(LEAD, "What the rebels want", LATER)),
                rule("video timestamp and its caption", "0:59\nRebels celebrate in the square\n" + LATER + "\n",
                        List.of("VIDEO_PLAYER: 0:59", "VIDEO_PLAYER: Rebels celebrate in the square"),
                        List.of(LEAD, LATER)),
                rule("video timestamp before reporting", "1:21:05\n" + LATER + "\n",
                        List.of("VIDEO_PLAYER: 1:21:05"),
                        List.of(LEAD, LATER)),
                rule("player notice", "Please use Chrome browser for a more accessible video player\n" + LATER + "\n",
                        List.of("VIDEO_PLAYER: Please use Chrome browser for a more accessible video player"),
                        List.of(LEAD, LATER)),
                rule("image label and credit", "Image:\nPeople walk past a damaged site in Aleppo. Pic: Reuters\n" + LATER + "\n",
                        List.of("IMAGE_CAPTION: Image:", "IMAGE_CAPTION: People walk past a damaged site in Aleppo. Pic: Reuters"),
                        List.of(LEAD, LATER)),
                rule("caption with a credit", "A damaged building in Aleppo. Photo: AFP / Getty Images\n" + LATER + "\n",
                        List.of("IMAGE_CAPTION: A damaged building in Aleppo. Photo: AFP / Getty Images"),
                        List.of(LEAD, LATER)),
                rule("caption with a bracketed credit", "Protesters march through the city centre (Image: GETTY )\n" + LATER + "\n",
                        List.of("IMAGE_CAPTION: Protesters march through the city centre (Image: GETTY )"),
                        List.of(LEAD, LATER)),
                rule("caption with an agency's photo credit", "A fighter stands guard in Aleppo. (AP Photo/Jane Doe)\n" + LATER + "\n",
                        List.of("IMAGE_CAPTION: A fighter stands guard in Aleppo. (AP Photo/Jane Doe)"),
                        List.of(LEAD, LATER)),
                rule("credit run into the caption", "The rebels reached the citadel at dawnCredit: Getty - Contributor\n" + LATER + "\n",
                        List.of("IMAGE_CAPTION: The rebels reached the citadel at dawnCredit: Getty - Contributor"),
                        List.of(LEAD, LATER)),
                rule("reporting that names a photo and a video", "The ministry released a photo/video of the convoy\n" + LATER + "\n",
                        List.of(),
                        List.of(LEAD, "The ministry released a photo/video of the convoy", LATER)),
                rule("image label before reporting", "Photo:\n" + LATER + "\n",
                        List.of("IMAGE_CAPTION: Photo:"),
                        List.of(LEAD, LATER)),
                rule("notices", "Advertisement\n" + LATER + "\nSource link\nBack to top button\n",
                        List.of("PAGE_FURNITURE: Advertisement", "PAGE_FURNITURE: Source link", "PAGE_FURNITURE: Back to top button"),
                        List.of(LEAD, LATER)),
                rule("adjacent near-duplicate paragraph", LATER + "\n" + LATER.replace("promised", "vowed") + "\n",
                        List.of("REPEATED_PARAGRAPH: " + LATER.replace("promised", "vowed")),
                        List.of(LEAD, LATER)),
                rule("short repeat far from its twin", "“We will not leave,” he said.\n" + LATER + "\n“We will not leave,” he said.\n",
                        List.of(),
                        List.of(LEAD, "“We will not leave,” he said.", LATER, "“We will not leave,” he said.")),
                rule("long repeat far from its twin", LATER + " " + LATER + "\nThe monitor said.\n" + LATER + " " + LATER + "\n",
                        List.of("REPEATED_PARAGRAPH: " + LATER + " " + LATER),
                        List.of(LEAD, LATER + " " + LATER, "The monitor said.")),
                rule("short line said twice in a row", "He said no.\nHe said no.\n",
                        List.of(),
                        List.of(LEAD, "He said no.", "He said no.")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void removesFurnitureAndRepeatsButNeverReporting(String rule, String text, List<String> removed, List<String> kept) {
        CleanArticle article = Pasted.clean(text);
        assertThat(article.removed()).extracting(r -> r.reason() + ": " + r.text()).containsExactlyElementsOf(removed);
        assertThat(article.body()).extracting(Block::text).containsExactlyElementsOf(kept);
        assertThat(article.title()).contains("Rebels enter Aleppo");
    }

    static Stream<Arguments> headLines() {
        return Stream.of(
                Arguments.of("World\nRebels enter Aleppo\n", "SECTION_LABEL: World"),
                Arguments.of("Middle East\nRebels enter Aleppo\n", "SECTION_LABEL: Middle East"),
                Arguments.of("World News\nRebels enter Aleppo\n", "SECTION_LABEL: World News"),
                Arguments.of("Rebels enter Aleppo\nRebels enter Aleppo\n", "REPEATED_TITLE: Rebels enter Aleppo"),
                Arguments.of("Rebels enter Aleppo\nRebels Enter Aleppo.\n", "REPEATED_TITLE: Rebels Enter Aleppo."));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("headLines")
    void removesSectionLabelsAndARepeatedTitleFromTheHead(String head, String removal) {
        CleanArticle article = Pasted.clean(head + LEAD + "\n");
        assertThat(article.removed()).extracting(r -> r.reason() + ": " + r.text()).containsExactly(removal);
        assertThat(article.body()).extracting(Block::text).containsExactly(LEAD);
    }
}
