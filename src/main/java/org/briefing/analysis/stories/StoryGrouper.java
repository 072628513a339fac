package org.briefing.analysis.stories;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.briefing.analysis.stories.SimilarityGraph.Edge;
import org.briefing.analysis.text.TermVector;
import org.briefing.cleaning.CleanArticle;
import org.briefing.content.PublicationDate;
import org.briefing.published.PublishedSite;

/**
 * Groups articles into stories, each the reports of one event from any number of outlets (an
 * outlet may file several updates of one story).
 *
 * <ol>
 *   <li>Articles sharing an explicit {@code story:} key form one story, whatever their text.</li>
 *   <li>The others become TF-IDF vectors that weight the headline and lead above the rest
 *       ({@link StoryVectors}).</li>
 *   <li>A sparse similarity graph links each article to its most similar articles within a week,
 *       found through an index of distinctive terms rather than by comparing all pairs
 *       ({@link SimilarityGraph}).</li>
 *   <li>Average-linkage clustering joins reports while their mean similarity is at least
 *       {@link #THRESHOLD}, but never two groups whose names and numbers say they are two
 *       look-alike events ({@link AverageLinkage}, {@link EventEvidence}); a centroid pass then
 *       moves reports that were joined too early ({@link CentroidRefiner}).</li>
 * </ol>
 *
 * <p>Measured with {@code eval-stories} (B-cubed F1) on the tuning / held-out parts: ecbplus-dev
 * 0.92 / 0.91, basil-dev 1.00 / 1.00, basil-dev-dense 1.00 / 0.97 (the user guide's stories page
 * has the figures and what was tried). Thresholds were chosen on the tuning parts.
 *
 * <pre>{@code
 * List<Story> stories = new StoryGrouper(previousSite).group(cleanArticles);
 * }</pre>
 */
public final class StoryGrouper {

    private final PublishedSite published;

    /** A grouper for a first build: ids come from the headlines. */
    public StoryGrouper() {
        this(PublishedSite.NONE);
    }

    /** A grouper that keeps the ids {@code published} gave the stories it finds again ({@link StoryIds}). */
    public StoryGrouper(PublishedSite published) {
        this.published = published;
    }

    static final double THRESHOLD = 0.22;
    /**
     * How strongly two groups' names and numbers may disagree before they are taken for two
     * look-alike events ({@link EvidenceCounts#conflictWith}). For one term, a G statistic of 10
     * is a chance of about 0.2 % that reports of one event would differ so.
     */
    static final double MAX_CONFLICT = 10;
    /** Weaker pairs still count in the averages (as what they are, not as zero). */
    private static final double GRAPH_FLOOR = 0.05;

    /** Oldest first; undated articles after dated ones; ties by id. */
    static final Comparator<CleanArticle> CHRONOLOGICAL = Comparator
            .comparing((CleanArticle a) -> a.date().orElse(null), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(CleanArticle::id);

    public List<Story> group(List<CleanArticle> articles) {
        Map<String, List<CleanArticle>> byKey = new TreeMap<>();
        List<CleanArticle> free = new ArrayList<>();
        for (CleanArticle article : articles.stream().sorted(CHRONOLOGICAL).toList()) {
            article.story().ifPresentOrElse(key -> byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(article),
                    () -> free.add(article));
        }
        List<List<CleanArticle>> groups = new ArrayList<>(byKey.values());
        groups.addAll(cluster(free));
        return new StoryAssembler().assemble(groups, byKey.keySet(), published);
    }

    private static List<List<CleanArticle>> cluster(List<CleanArticle> articles) {
        List<TermVector> vectors = StoryVectors.of(articles);
        List<Optional<LocalDate>> dates = articles.stream().map(a -> a.date().map(PublicationDate::date)).toList();
        List<Edge> edges = SimilarityGraph.edges(vectors, dates, GRAPH_FLOOR);
        List<int[]> evidence = EventEvidence.of(articles);
        List<List<Integer>> clusters = AverageLinkage.cluster(articles.size(), edges, THRESHOLD, dates, evidence,
                MAX_CONFLICT);
        clusters = CentroidRefiner.refine(clusters, vectors, dates, edges, THRESHOLD);
        return clusters.stream().map(cluster -> cluster.stream().map(articles::get).toList()).toList();
    }
}
