package org.briefing.cleaning;

import java.util.Optional;
import org.briefing.content.Article;

/**
 * Remembers what cleaning an article gave, so an article read from the same files as in the last
 * build is not cleaned again. Cleaning is a pure function of the article, so whoever knows the
 * article's files unchanged (the read cache) can answer.
 */
public interface CleanCache {

    /** Remembers nothing: every article is cleaned. */
    CleanCache NONE = new CleanCache() {
        @Override
        public Optional<CleanArticle> find(Article article) {
            return Optional.empty();
        }

        @Override
        public void keep(Article article, CleanArticle clean) {
        }
    };

    Optional<CleanArticle> find(Article article);

    /** Called from several threads at once. */
    void keep(Article article, CleanArticle clean);
}
