package org.briefing.analysis.entities;

import java.util.List;
import org.briefing.cleaning.CleanArticle;
import org.briefing.content.RegistryEntry;

/**
 * Finds the actors and places of an archive: each article is read on its own (in parallel), then
 * the names are merged into entities across the archive. Entries of the editor's registry are
 * recognised first, and names found that match an entry join it.
 *
 * <pre>{@code
 * RecognizedEntities entities = new EntityRecognizer().recognize(cleanArticles);
 * }</pre>
 */
public final class EntityRecognizer {

    private final Gazetteer gazetteer;
    private final KnownNames known;
    private final Registry registry;

    /** Loads the gazetteer and name lists; do it once per build. */
    public EntityRecognizer() {
        this(List.of());
    }

    /** Also uses the editor's registry ({@code content/entities/}) before anything else. */
    public EntityRecognizer(List<RegistryEntry> registry) {
        this.gazetteer = Gazetteer.load();
        this.known = KnownNames.load();
        this.registry = new Registry(registry);
    }

    public RecognizedEntities recognize(List<CleanArticle> articles) {
        ArticleRecognizer reader = new ArticleRecognizer(gazetteer, known, registry);
        List<List<Found>> found = articles.parallelStream().map(reader::recognize).toList();
        return new AliasMerger(gazetteer, known, registry).merge(articles, found);
    }
}
