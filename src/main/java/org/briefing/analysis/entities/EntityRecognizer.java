package org.briefing.analysis.entities;

import java.util.List;
import org.briefing.cleaning.CleanArticle;

/**
 * Finds the actors and places of an archive: each article is read on its own (in parallel), then
 * the names are merged into entities across the archive.
 *
 * <pre>{@code
 * RecognizedEntities entities = new EntityRecognizer().recognize(cleanArticles);
 * }</pre>
 */
public final class EntityRecognizer {

    private final Gazetteer gazetteer;
    private final KnownNames known;

    /** Loads the gazetteer and name lists; do it once per build. */
    public EntityRecognizer() {
        this.gazetteer = Gazetteer.load();
        this.known = KnownNames.load();
    }

    public RecognizedEntities recognize(List<CleanArticle> articles) {
        ArticleRecognizer reader = new ArticleRecognizer(gazetteer, known);
        List<List<Found>> found = articles.parallelStream().map(reader::recognize).toList();
        return new AliasMerger(gazetteer, known).merge(articles, found);
    }
}
