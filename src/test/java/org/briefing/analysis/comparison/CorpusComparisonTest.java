package org.briefing.analysis.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.briefing.TestPaths;
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
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Quotes and figures of basil-dev reports against the hand-made gold in
 * {@code src/test/resources/comparison/}: the reports used while tuning and the reports held out.
 * The floors sit a little under the measured figures (docs: comparison.md), so a change that makes
 * the extractors worse fails here. Skipped when {@code ../shared} is not beside the clone.
 */
class CorpusComparisonTest {

    private static List<CleanArticle> articles;
    private static RecognizedEntities recognized;

    @BeforeAll
    static void read() {
        Optional<Path> corpus = TestPaths.sharedCorpus("basil-dev");
        assumeTrue(corpus.isPresent(), "../shared/corpora/basil-dev is not beside this clone");
        BuildPaths paths = new BuildPaths(corpus.get(), TestPaths.templates(), corpus.get().resolveSibling("unused-site"));
        articles = new Cleaner().cleanAll(new ContentLoader(SiteConfig.defaults()).loadArticles(paths).articles());
        recognized = new EntityRecognizer().recognize(articles);
    }

    @ParameterizedTest
    @CsvSource({"basil-dev-gold.json, 0.97", "basil-dev-heldout-gold.json, 0.94"})
    void aQuoteShownWithASpeakerHasTheRightOne(String file, double floor) {
        Path gold = TestPaths.projectRoot().resolve("src/test/resources/comparison").resolve(file);
        ComparisonScore.Result score = ComparisonScore.scoreReports(ComparisonScore.readGold(gold), articles, recognized);

        assertThat(score.speakerPrecision().value()).as("speaker precision; %s", score.errors()).isGreaterThanOrEqualTo(floor);
        assertThat(score.namedSpeakers().value()).as("named speakers found; %s", score.errors()).isGreaterThanOrEqualTo(0.80);
    }

    /**
     * Issue 11: on basil-dev's /actors/barack-obama/ four of the first five quotes were not
     * Obama's but Elizabeth Lauten's, Marco Rubio's (twice) and Mike Pence's; a quote that names
     * Obama in its words, or follows a report of his, is still its own speaker's.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "Sadly, I believe President Obama often disagrees with that simple truth",
        "President Kennedy, like most presidents before and since, understood what I believe our current president does not",
        "Rise to the occasion. Dress like you deserve respect",
        "I abhor discrimination. I believe in the Golden Rule",
    })
    void quotesOfOthersThatNameObamaAreNotGivenToObama(String words) {
        List<Quote> found = articles.stream()
                .flatMap(article -> new QuoteFinder().find(article, recognized.byArticle().get(article.id()), recognized.byId()).stream())
                .filter(quote -> quote.text().contains(words))
                .toList();

        assertThat(found).as("quotes with " + words).isNotEmpty();
        assertThat(found).allSatisfy(quote -> assertThat(quote.speaker().map(id -> recognized.byId().get(id).name()))
                .as("speaker of " + words).isNotEqualTo(Optional.of("Barack Obama")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"basil-dev-gold.json", "basil-dev-heldout-gold.json"})
    void findsQuotesWithTheirSpeakersAndFiguresWithWhatTheyCount(String file) {
        Path gold = TestPaths.projectRoot().resolve("src/test/resources/comparison").resolve(file);
        ComparisonScore.Result score = ComparisonScore.scoreReports(ComparisonScore.readGold(gold), articles, recognized);

        assertThat(score.quotePrecision().value()).as("quote precision; %s", score.errors()).isGreaterThanOrEqualTo(0.95);
        assertThat(score.quoteRecall().value()).as("quote recall; %s", score.errors()).isGreaterThanOrEqualTo(0.93);
        assertThat(score.speakers().value()).as("speakers right; %s", score.errors()).isGreaterThanOrEqualTo(0.80);
        assertThat(score.figurePrecision().value()).as("figure precision; %s", score.errors()).isGreaterThanOrEqualTo(0.92);
        assertThat(score.figureRecall().value()).as("figure recall; %s", score.errors()).isGreaterThanOrEqualTo(0.86);
        assertThat(score.counts().value()).as("counted things right; %s", score.errors()).isGreaterThanOrEqualTo(0.91);
        assertThat(score.sources().value()).as("sources right; %s", score.errors()).isGreaterThanOrEqualTo(0.78);
    }
}
