package org.briefing.cleaning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.briefing.TestPaths;
import org.briefing.config.BuildPaths;
import org.briefing.config.SiteConfig;
import org.briefing.content.Article;
import org.briefing.content.ContentLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Cleaning must be conservative on real reporting: the basil-dev articles are clean Markdown, so
 * the only thing it may take out of them is a title repeated as the first line. Skipped when
 * {@code ../shared} is not beside the clone.
 */
class CorpusCleaningTest {

    @ParameterizedTest
    @ValueSource(strings = {"basil-dev", "basil-dev-dense"})
    void removesNothingButARepeatedTitleFromCorpus(String corpusName) {
        Optional<Path> corpus = TestPaths.sharedCorpus(corpusName);
        assumeTrue(corpus.isPresent(), "../shared/corpora/" + corpusName + " is not beside this clone");
        BuildPaths paths = new BuildPaths(corpus.get(), TestPaths.templates(), corpus.get().resolveSibling("unused-site"));
        List<Article> articles = new ContentLoader(SiteConfig.defaults()).loadArticles(paths).articles();
        assertThat(articles).hasSize(180);

        Cleaner cleaner = new Cleaner();
        for (Article article : articles) {
            CleanArticle clean = cleaner.clean(article);
            assertThat(clean.removed()).as(article.file())
                    .allSatisfy(removal -> {
                        assertThat(removal.reason()).isEqualTo(RemovalReason.REPEATED_TITLE);
                        assertThat(removal.line()).isEqualTo(article.blocks().get(0).line());
                    });
            assertThat(clean.body().size()).as(article.file()).isEqualTo(article.blocks().size() - clean.removed().size());
            assertThat(clean.title()).as(article.file()).isEqualTo(article.declared().title());
        }
    }
}
