package org.briefing.analysis.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.briefing.analysis.stories.Reports;
import org.briefing.cleaning.CleanArticle;
import org.junit.jupiter.api.Test;

/**
 * The self-trained tagger: what the rules settle in an archive teaches it the contexts of each
 * kind, and it tags a name the rules leave open by its context; a capitalised word the archive
 * also writes in lower case, and a word opening a sentence, it leaves alone.
 */
class ContextTaggerTest {

    private static final String[] TEAMS = {"Leeds", "Liverpool", "Sheffield", "Bristol", "Coventry", "Nottingham",
        "Leicester", "Derby", "Plymouth", "Brighton"};

    /**
     * Results lines whose teams the rules know (places before a score), enough of them for the
     * tagger to train, and one club the rules do not know.
     */
    private static List<CleanArticle> archive() {
        List<CleanArticle> articles = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            List<String> lines = new ArrayList<>();
            lines.add("Results of English soccer matches on Saturday, given as they came in:");
            for (int match = 0; match < 5; match++) {
                lines.add(TEAMS[(i + match) % TEAMS.length] + " " + (match % 3) + " " + TEAMS[(i + match + 4) % TEAMS.length]
                        + " " + ((i + match) % 2));
            }
            articles.add(Reports.report("r" + i, "Wire", "1996-08-3" + (i % 2), "Results", lines.toArray(String[]::new)));
        }
        articles.add(Reports.report("x", "Wire", "1996-08-31", "Results",
                "Results of English soccer matches on Saturday:", "Leeds 3 Wolvercote Rovers 1",
                "Given the weather, the match at Leeds went ahead."));
        return articles;
    }

    @Test
    void aSmallArchiveIsLeftToTheRules() {
        List<CleanArticle> few = archive().subList(70, 81);
        RecognizedEntities recognized = new EntityRecognizer().recognize(few);

        assertThat(recognized.entities()).extracting(Entity::name).doesNotContain("Wolvercote Rovers");
    }

    @Test
    void tagsAClubTheRulesDoNotKnowByTheScoreAfterIt() {
        RecognizedEntities recognized = new EntityRecognizer().recognize(archive());

        assertThat(recognized.entities()).filteredOn(e -> e.name().equals("Wolvercote Rovers"))
                .singleElement().extracting(Entity::kind).isEqualTo(EntityKind.ORGANIZATION);
    }

    @Test
    void leavesSentenceCapitalsAndLowerCaseWordsAlone() {
        RecognizedEntities recognized = new EntityRecognizer().recognize(archive());

        assertThat(recognized.entities()).extracting(Entity::name).doesNotContain("Given", "Results", "Saturday");
    }

    @Test
    void shapesAreRunsOfCaseAndMarks() {
        assertThat(ContextTagger.shapeOf("McHenry")).isEqualTo("XxXx");
        assertThat(ContextTagger.shapeOf("P.")).isEqualTo("X.");
        assertThat(ContextTagger.shapeOf("Chick-fil-A")).isEqualTo("Xx-x-X");
        assertThat(ContextTagger.afterShape(" 2 Tranmere 0")).isEqualTo("d");
    }
}
