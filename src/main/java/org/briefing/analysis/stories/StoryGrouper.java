package org.briefing.analysis.stories;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.briefing.analysis.text.TermVector;
import org.briefing.analysis.text.TfIdf;
import org.briefing.analysis.text.Words;
import org.briefing.cleaning.CleanArticle;
import org.briefing.content.ArticleId;
import org.briefing.content.Block;
import org.briefing.content.PublicationDate;

/**
 * Groups articles into stories. Articles that share an explicit {@code story:} key form one story.
 * The others are clustered in one pass, oldest first: each joins the existing story whose centroid
 * is most similar to it (TF-IDF cosine over title, lead and body, the title and lead weighted
 * higher) if that similarity clears {@link #JOIN_THRESHOLD} and the story's dates are within
 * {@link #MAX_DAYS_APART} days of the article's; otherwise it starts a story. Candidate stories
 * come from an index of their heaviest terms, so an article is compared with the few stories that
 * share a distinctive word, not with all of them.
 *
 * <pre>{@code
 * List<Story> stories = new StoryGrouper().group(cleanArticles);
 * }</pre>
 */
public final class StoryGrouper {

    static final double JOIN_THRESHOLD = 0.22;
    static final long MAX_DAYS_APART = 3;
    private static final double TITLE_WEIGHT = 3;
    private static final double LEAD_WEIGHT = 2;
    private static final int LEAD_BLOCKS = 2;
    private static final int INDEX_TERMS = 12;

    public List<Story> group(List<CleanArticle> articles) {
        List<CleanArticle> ordered = articles.stream().sorted(CHRONOLOGICAL).toList();
        List<TermVector> vectors = TfIdf.vectors(ordered.parallelStream().map(StoryGrouper::weightedTerms).toList());

        Map<String, List<CleanArticle>> byKey = new TreeMap<>();
        List<Cluster> clusters = new ArrayList<>();
        Map<Integer, List<Cluster>> clustersByTerm = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            CleanArticle article = ordered.get(i);
            if (article.story().isPresent()) {
                byKey.computeIfAbsent(article.story().get(), k -> new ArrayList<>()).add(article);
                continue;
            }
            TermVector vector = vectors.get(i);
            Optional<LocalDate> date = article.date().map(PublicationDate::date);
            Cluster best = null;
            double bestScore = JOIN_THRESHOLD;
            for (Cluster candidate : candidates(vector, clustersByTerm)) {
                double score = candidate.similarity(vector);
                if (score >= bestScore && candidate.withinDays(date) && (best == null || score > bestScore)) {
                    best = candidate;
                    bestScore = score;
                }
            }
            if (best == null) {
                best = new Cluster(clusters.size());
                clusters.add(best);
            }
            best.add(article, vector, date);
            for (int term : vector.topTerms(INDEX_TERMS)) {
                List<Cluster> posting = clustersByTerm.computeIfAbsent(term, t -> new ArrayList<>());
                if (posting.isEmpty() || posting.get(posting.size() - 1) != best) {
                    posting.add(best);
                }
            }
        }
        List<List<CleanArticle>> groups = new ArrayList<>(byKey.values());
        clusters.forEach(cluster -> groups.add(cluster.members));
        return new StoryAssembler().assemble(groups, byKey.keySet());
    }

    /** Oldest first; undated articles after dated ones; ties by id. */
    static final Comparator<CleanArticle> CHRONOLOGICAL = Comparator
            .comparing((CleanArticle a) -> a.date().orElse(null), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(CleanArticle::id);

    private static List<Cluster> candidates(TermVector vector, Map<Integer, List<Cluster>> clustersByTerm) {
        Map<Integer, Cluster> found = new LinkedHashMap<>();
        for (int term : vector.topTerms(INDEX_TERMS)) {
            for (Cluster cluster : clustersByTerm.getOrDefault(term, List.of())) {
                found.putIfAbsent(cluster.index, cluster);
            }
        }
        return List.copyOf(found.values());
    }

    private static Map<String, Double> weightedTerms(CleanArticle article) {
        Map<String, Double> counts = new HashMap<>();
        article.title().ifPresent(title -> Words.terms(title).forEach(t -> counts.merge(t, TITLE_WEIGHT, Double::sum)));
        List<Block> body = article.body();
        for (int i = 0; i < body.size(); i++) {
            double weight = i < LEAD_BLOCKS ? LEAD_WEIGHT : 1;
            Words.terms(body.get(i).text()).forEach(t -> counts.merge(t, weight, Double::sum));
        }
        return counts;
    }

    /** A story being built: its members and the running sum of their vectors. */
    private static final class Cluster {
        final int index;
        final List<CleanArticle> members = new ArrayList<>();
        final Map<Integer, Double> sum = new HashMap<>();
        double squaredNorm;
        LocalDate first;
        LocalDate last;

        Cluster(int index) {
            this.index = index;
        }

        double similarity(TermVector vector) {
            if (squaredNorm == 0) {
                return 0;
            }
            double dot = 0;
            for (int i = 0; i < vector.size(); i++) {
                dot += vector.weightAt(i) * sum.getOrDefault(vector.termAt(i), 0.0);
            }
            return dot / Math.sqrt(squaredNorm);
        }

        boolean withinDays(Optional<LocalDate> date) {
            if (date.isEmpty() || first == null) {
                return true;
            }
            return ChronoUnit.DAYS.between(last, date.get()) <= MAX_DAYS_APART
                    && ChronoUnit.DAYS.between(date.get(), first) <= MAX_DAYS_APART;
        }

        void add(CleanArticle article, TermVector vector, Optional<LocalDate> date) {
            members.add(article);
            for (int i = 0; i < vector.size(); i++) {
                double before = sum.getOrDefault(vector.termAt(i), 0.0);
                double after = before + vector.weightAt(i);
                sum.put(vector.termAt(i), after);
                squaredNorm += after * after - before * before;
            }
            date.ifPresent(d -> {
                first = first == null || d.isBefore(first) ? d : first;
                last = last == null || d.isAfter(last) ? d : last;
            });
        }
    }
}
