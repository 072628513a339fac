package org.briefing.analysis.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.briefing.SeedArchive;
import org.briefing.analysis.text.Quotation;
import org.junit.jupiter.api.Test;

/** The five seed articles are five outlets' reports of one day of the Aleppo offensive. */
class SeedStoryTest {

    private static List<Story> seedStories() {
        return new StoryGrouper().group(SeedArchive.cleanArticles());
    }

    @Test
    void formOneStory() {
        List<Story> stories = seedStories();
        assertThat(stories).hasSize(1);
        assertThat(stories.get(0).articles()).hasSize(5);
        assertThat(stories.get(0).id().value()).startsWith("2024-12-02-");
    }

    @Test
    void findAssadsStatementAsAFactOfFourReports() {
        Story story = seedStories().get(0);
        Passage statement = story.facts().stream().filter(f -> f.text().contains("terrorist escalation")).findFirst().orElseThrow();
        assertThat(statement.reports()).hasSize(4);
    }

    @Test
    void summariseInTheReportsOwnVoiceLeadFirst() {
        Story story = seedStories().get(0);
        // Assad's statement is a quote: four reports carry it, but it is his voice, not theirs
        assertThat(story.summary()).hasSizeBetween(1, 3).noneMatch(sentence -> sentence.contains("terrorist escalation"))
                .allMatch(sentence -> Quotation.balanced(sentence) && !Quotation.opensWithQuote(sentence));
        assertThat(story.summary().get(0)).startsWith("Syria's President Bashar al-Assad on Monday branded an offensive");
    }
}
