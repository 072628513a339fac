package org.briefing.analysis.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.briefing.analysis.entities.EntityRecognizer;
import org.briefing.analysis.stories.Reports;
import org.briefing.analysis.stories.Story;
import org.briefing.analysis.stories.StoryGrouper;
import org.briefing.analysis.stories.StoryId;
import org.briefing.cleaning.CleanArticle;
import org.briefing.content.ArticleId;
import org.junit.jupiter.api.Test;

/**
 * Issue 10: a comparison that throws for one story must not stop the build; the story keeps its
 * aligned passages, the other stories are compared as usual, and a warning names a file.
 */
class ComparisonFailureTest {

    @Test
    void aStoryWhoseComparisonThrowsKeepsItsPassagesAndTheOthersAreCompared() {
        CleanArticle report = Reports.report("a", "Outlet", "2024-12-02", "Rebels leave Homs",
                "\"We are leaving,\" said Ahmed Hassan, a rebel commander in Homs. Two hundred fighters left on Monday.");
        List<CleanArticle> articles = List.of(report);
        Story good = new StoryGrouper().group(articles).get(0);
        // a report the archive does not hold: compare() meets a null and throws
        Story broken = new Story(new StoryId("broken"), "Broken", List.of(), good.passages(),
                List.of(report.id(), new ArticleId("missing")), Optional.empty(), Optional.empty(), Optional.empty());

        Comparisons compared = new StoryComparer().compareAll(List.of(broken, good), articles,
                new EntityRecognizer().recognize(articles));

        assertThat(compared.comparisons()).hasSize(2);
        SourceComparison fallback = compared.comparisons().get(0);
        assertThat(fallback.story()).isEqualTo(broken.id());
        assertThat(fallback.passages()).isEqualTo(good.passages());
        assertThat(fallback.quotes()).isEmpty();
        assertThat(compared.comparisons().get(1).reports()).isEqualTo(good.articles());
        assertThat(compared.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.isError()).isFalse();
            assertThat(warning.file()).isEqualTo(report.file());
            assertThat(warning.message()).contains("story `broken`", "NullPointerException");
        });
    }
}
