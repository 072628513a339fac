package org.briefing.analysis.entities;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import org.briefing.cleaning.CleanArticle;
import org.briefing.content.RegistryEntry;
import org.briefing.problems.Problem;
import org.briefing.problems.ProblemsFound;

/**
 * Finds the actors and places of an archive: each article is read on its own (in parallel), then
 * a tagger trained on the names the rules settled decides the names they left open, and the names
 * are merged into entities across the archive. Entries of the editor's registry are
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

    /** Uses the process's gazetteer and name lists, reading them first if no one has yet. */
    public EntityRecognizer() {
        this(List.of());
    }

    /** Also uses the editor's registry ({@code content/entities/}) before anything else. */
    public EntityRecognizer(List<RegistryEntry> registry) {
        this.gazetteer = Gazetteer.shared();
        this.known = KnownNames.shared();
        this.registry = new Registry(registry);
    }

    /**
     * Starts reading the gazetteer and name lists on a background thread, so that a build can
     * read and clean its articles meanwhile: for a small archive that reading is most of the
     * build's time. A recognizer made before it is done waits for it.
     */
    public static void preload() {
        Thread reader = new Thread(() -> {
            try {
                Gazetteer.shared();
                KnownNames.shared();
            } catch (Throwable e) {
                // Not told here: the recognizer meets the same failure when it asks, and reports it.
            }
        }, "briefing-gazetteer");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Never fails for one article: should reading an article's names throw (a bug), the article
     * names nothing and {@link RecognizedEntities#warnings()} says which file it was.
     */
    public RecognizedEntities recognize(List<CleanArticle> articles) {
        ArticleRecognizer reader = new ArticleRecognizer(gazetteer, known, registry);
        Queue<Problem> warnings = new ConcurrentLinkedQueue<>();
        ArchiveWords words = ArchiveWords.of(articles);
        List<ArticleReading> readings = articles.parallelStream()
                .map(article -> recognizeOne(a -> reader.read(a, words), article, warnings)).toList();
        List<List<Found>> found = new OpenNameTagger(gazetteer).tagOpenNames(readings, words);
        RecognizedEntities merged = new AliasMerger(gazetteer, known, registry).merge(articles, found);
        return new RecognizedEntities(merged.entities(), merged.articles(),
                warnings.stream().sorted(ProblemsFound.ORDER).toList());
    }

    /** What {@code reader} finds in {@code article}, or nothing and a warning when it throws. */
    static ArticleReading recognizeOne(Function<CleanArticle, ArticleReading> reader, CleanArticle article,
                                       Queue<Problem> warnings) {
        try {
            return reader.apply(article);
        } catch (RuntimeException | StackOverflowError e) {
            warnings.add(Problem.analysisFailed(article.file(), "Finding the actors and places of this article",
                    "its page links no names and it is on no actor's or place's page", e));
            return ArticleReading.empty();
        }
    }
}
