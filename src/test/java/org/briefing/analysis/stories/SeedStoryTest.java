package org.briefing.analysis.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.briefing.SeedArchive;
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
        assertThat(story.summary()).isNotEmpty().anyMatch(sentence -> sentence.contains("terrorist escalation"));
    }
}
