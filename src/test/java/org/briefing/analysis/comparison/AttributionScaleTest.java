package org.briefing.analysis.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.briefing.analysis.entities.ArticleEntities;
import org.briefing.analysis.entities.EntityRecognizer;
import org.briefing.analysis.entities.RecognizedEntities;
import org.briefing.analysis.stories.Reports;
import org.briefing.cleaning.CleanArticle;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, item 5: a 400 KB line of "Damascus said the rebels " ran out of memory after 71 s at
 * 6.5 GB, as each of the n mentions of a name was placed at all n of its occurrences.
 */
class AttributionScaleTest {

    private static final String REPEATED = "Damascus said the rebels ";

    @Test
    void placesEachNameOncePerOccurrenceHoweverOftenItIsMentioned() {
        int repeats = 2_000;
        CleanArticle article = Reports.report("a", "Outlet", "2024-12-02", "Report", REPEATED.repeat(repeats));
        RecognizedEntities entities = new EntityRecognizer().recognize(List.of(article));
        ArticleEntities found = entities.byArticle().get(article.id());

        Attribution attribution = new Attribution(article, found.mentions(), entities.byId());

        assertThat(attribution.places()).isBetween(1, repeats * 2);
    }

    @Test
    void comparesAReportOfOneLongRepeatedParagraphInSeconds() {
        CleanArticle article = Reports.report("a", "Outlet", "2024-12-02", "Report", REPEATED.repeat(8_000));
        RecognizedEntities entities = new EntityRecognizer().recognize(List.of(article));
        ArticleEntities found = entities.byArticle().get(article.id());

        // 200 KB: before the fix 50 KB alone took 5 s and memory grew with the square
        org.assertj.core.api.Assertions.assertThatCode(() -> {
            List<Quote> quotes = new QuoteFinder().find(article, found, entities.byId());
            new FigureFinder().find(article, found, entities.byId(), quotes);
        }).doesNotThrowAnyException();
        long started = System.nanoTime();
        List<Quote> quotes = new QuoteFinder().find(article, found, entities.byId());
        new FigureFinder().find(article, found, entities.byId(), quotes);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }
}
