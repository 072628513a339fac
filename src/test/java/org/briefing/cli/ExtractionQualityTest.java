package org.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.briefing.TestPaths;
import org.briefing.cli.ExtractionEvaluation.Figures;
import org.briefing.cli.ExtractionEvaluation.Part;
import org.junit.jupiter.api.Test;

/**
 * Extraction quality on the article-extraction benchmark's development pages, as eval-extraction
 * measures it; floors a little under the measured figures (see the user guide). Skipped when
 * {@code ../shared} is not beside the clone.
 */
class ExtractionQualityTest {

    private static Optional<ExtractionEvaluation> evaluation() {
        return TestPaths.sharedCorpus("article-extraction-dev").map(ExtractionEvaluation::new);
    }

    @Test
    void findsTheArticleInSavedPages() {
        Optional<ExtractionEvaluation> evaluation = evaluation();
        assumeTrue(evaluation.isPresent(), "../shared/corpora/article-extraction-dev is not beside this clone");
        Map<Part, Figures> figures = evaluation.get().savedPages(true);
        for (Figures part : figures.values()) {
            assertThat(part.body.f1()).as(part.describe()).isGreaterThanOrEqualTo(0.965);
            assertThat(part.body.recall()).as(part.describe()).isGreaterThanOrEqualTo(0.975);
            assertThat((double) part.headlinesRight / part.headlines).as(part.describe()).isGreaterThanOrEqualTo(0.95);
            // the page facts the article now carries: found on most pages, and the language an English page states is English
            assertThat((double) part.updatesFound / part.headlines).as(part.describe()).isGreaterThanOrEqualTo(0.7);
            assertThat((double) part.languagesFound / part.headlines).as(part.describe()).isGreaterThanOrEqualTo(0.7);
            assertThat((double) part.languagesRight / part.languagesFound).as(part.describe()).isGreaterThanOrEqualTo(0.95);
        }
    }

    @Test
    void cutsWholePagePastesDownToTheArticle() {
        Optional<ExtractionEvaluation> evaluation = evaluation();
        assumeTrue(evaluation.isPresent(), "../shared/corpora/article-extraction-dev is not beside this clone");
        Map<Part, Figures> figures = evaluation.get().pastes(true);
        assertThat(figures.get(Part.TUNING).body.f1()).as(figures.get(Part.TUNING).describe()).isGreaterThanOrEqualTo(0.94);
        assertThat(figures.get(Part.TUNING).body.recall()).as(figures.get(Part.TUNING).describe()).isGreaterThanOrEqualTo(0.99);
        assertThat(figures.get(Part.HELD_OUT).body.f1()).as(figures.get(Part.HELD_OUT).describe()).isGreaterThanOrEqualTo(0.925);
        assertThat(figures.get(Part.HELD_OUT).body.recall()).as(figures.get(Part.HELD_OUT).describe()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void scoresWordsAsBagsPageByPage() {
        ExtractionScore score = new ExtractionScore();
        ExtractionScore.Page page = score.add("a", "the cat sat sat menu", "The cat sat sat on the mat");
        assertThat(page.precision()).isEqualTo(4 / 5.0);
        assertThat(page.recall()).isEqualTo(4 / 7.0);
        score.add("b", "", "Nothing was found");
        assertThat(score.recall()).isEqualTo((4 / 7.0) / 2);
    }

    @Test
    void aHeadlineWithTheSiteNameAfterItIsTheSameHeadline() {
        assertThat(ExtractionEvaluation.sameHeadline("Nadal keeps Spain alive", "Nadal keeps Spain alive - Sportsnet.ca")).isTrue();
        assertThat(ExtractionEvaluation.sameHeadline("Nadal keeps Spain alive", "Spain out of the Davis Cup")).isFalse();
    }
}
