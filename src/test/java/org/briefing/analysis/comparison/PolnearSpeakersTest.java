package org.briefing.analysis.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.briefing.TestPaths;
import org.briefing.analysis.comparison.ComparisonScore.ReportGold;
import org.briefing.analysis.entities.EntityRecognizer;
import org.briefing.analysis.entities.RecognizedEntities;
import org.briefing.cleaning.CleanArticle;
import org.briefing.cleaning.Cleaner;
import org.briefing.config.BuildPaths;
import org.briefing.config.SiteConfig;
import org.briefing.content.ContentLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Speakers of the PolNeAR election news quotes, on the articles used while tuning and on the
 * quarter held out ({@link ComparisonScore#isHeldOut}). The floors sit a little under the
 * measured figures (docs: comparison.md). Skipped when {@code ../shared} is not beside the clone.
 */
class PolnearSpeakersTest {

    private static List<CleanArticle> articles;
    private static RecognizedEntities recognized;
    private static Map<String, ReportGold> gold;

    @BeforeAll
    static void read() {
        Optional<Path> corpus = TestPaths.sharedCorpus("polnear-train");
        assumeTrue(corpus.isPresent(), "../shared/corpora/polnear-train is not beside this clone");
        BuildPaths paths = new BuildPaths(corpus.get(), TestPaths.templates(), corpus.get().resolveSibling("unused-site"));
        articles = new Cleaner().cleanAll(new ContentLoader(SiteConfig.defaults()).loadArticles(paths).articles());
        recognized = new EntityRecognizer().recognize(articles);
        gold = ComparisonScore.readGold(corpus.get().resolve("gold.json"));
    }

    @ParameterizedTest
    @CsvSource({"false, 0.975, 0.83", "true, 0.95, 0.78"})
    void quotesShownWithASpeakerMostlyHaveTheRightOne(boolean heldOut, double precision, double found) {
        Map<String, ReportGold> part = new LinkedHashMap<>(gold);
        part.keySet().removeIf(id -> ComparisonScore.isHeldOut(id) != heldOut);
        ComparisonScore.Result score = ComparisonScore.scoreReports(part, articles, recognized);

        assertThat(score.quoteRecall().value()).as("quote recall").isGreaterThanOrEqualTo(0.95);
        assertThat(score.speakerPrecision().value()).as("speaker precision").isGreaterThanOrEqualTo(precision);
        assertThat(score.namedSpeakers().value()).as("named speakers found").isGreaterThanOrEqualTo(found);
    }
}
