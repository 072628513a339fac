package org.briefing.analysis.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.briefing.analysis.stories.Reports;
import org.briefing.cleaning.CleanArticle;
import org.briefing.problems.Problem;
import org.junit.jupiter.api.Test;

/**
 * Issue 10: an exception while reading one article's names (the IndexOutOfBoundsException of
 * NameSpanFinder on CoNLL-2003 sports results) stopped the whole build. It must become a warning
 * naming the file, and the article then names nothing.
 */
class RecognitionFailureTest {

    @Test
    void anArticleWhoseReadingThrowsNamesNothingAndIsReportedByFile() {
        CleanArticle article = Reports.report("a", "Outlet", "2024-12-02", "Report", "Damascus said the rebels left.");
        Queue<Problem> warnings = new ConcurrentLinkedQueue<>();

        ArticleReading reading = EntityRecognizer.recognizeOne(a -> {
            throw new IndexOutOfBoundsException("Index -1 out of bounds for length 0");
        }, article, warnings);

        assertThat(reading.found()).isEmpty();
        assertThat(warnings).singleElement().satisfies(warning -> {
            assertThat(warning.isError()).isFalse();
            assertThat(warning.file()).isEqualTo(article.file());
            assertThat(warning.describe()).contains("actors and places", "IndexOutOfBoundsException", "bug in Briefing");
        });
    }

    @Test
    void aDeepRecursionInReadingIsReportedLikeAnyOtherFailure() {
        CleanArticle article = Reports.report("b", "Outlet", "2024-12-02", "Report", "Text.");
        Queue<Problem> warnings = new ConcurrentLinkedQueue<>();

        EntityRecognizer.recognizeOne(a -> {
            throw new StackOverflowError();
        }, article, warnings);

        assertThat(warnings).singleElement().extracting(Problem::file).isEqualTo(article.file());
    }
}
