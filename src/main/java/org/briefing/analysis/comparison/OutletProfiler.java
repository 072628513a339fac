package org.briefing.analysis.comparison;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.briefing.analysis.entities.ArticleEntities;
import org.briefing.analysis.entities.EntityId;
import org.briefing.analysis.entities.Mention;
import org.briefing.analysis.stories.Passage;
import org.briefing.analysis.stories.Story;
import org.briefing.analysis.stories.StoryId;
import org.briefing.cleaning.CleanArticle;
import org.briefing.content.ArticleId;
import org.briefing.content.Outlet;
import org.briefing.content.PublicationDate;

/**
 * Builds each outlet's {@link OutletProfile} from the stories it shares with other outlets. An
 * outlet with several reports in one story counts once there: it carries a passage, names an
 * actor or uses a word when any of its reports does. Reports of no known outlet are left out.
 *
 * <pre>{@code
 * Map<Outlet, OutletProfile> profiles = new OutletProfiler().profile(stories, articles, comparisons, mentions);
 * }</pre>
 */
public final class OutletProfiler {

    /** Profiles of every outlet that has a report, by outlet. */
    public Map<Outlet, OutletProfile> profile(List<Story> stories, List<CleanArticle> articles,
                                              Map<StoryId, SourceComparison> comparisons,
                                              Map<ArticleId, ArticleEntities> entities) {
        Map<ArticleId, CleanArticle> byId = new HashMap<>();
        articles.forEach(a -> byId.put(a.id(), a));
        Map<Outlet, Tally> tallies = new TreeMap<>();
        articles.forEach(a -> a.source().ifPresent(outlet -> tallies.computeIfAbsent(outlet, Tally::new)));
        for (Story story : stories) {
            Map<Outlet, List<CleanArticle>> byOutlet = new LinkedHashMap<>();
            for (ArticleId id : story.articles()) {
                CleanArticle article = byId.get(id);
                if (article != null && article.source().isPresent()) {
                    byOutlet.computeIfAbsent(article.source().get(), k -> new ArrayList<>()).add(article);
                }
            }
            if (byOutlet.size() >= 2) {
                Optional<SourceComparison> comparison = Optional.ofNullable(comparisons.get(story.id()));
                new StoryTally(story, byOutlet, comparison, entities).addTo(tallies);
            }
        }
        Map<Outlet, OutletProfile> profiles = new TreeMap<>();
        tallies.forEach((outlet, tally) -> profiles.put(outlet, tally.profile()));
        return profiles;
    }

    /** What one story adds to the profiles of its outlets. */
    private record StoryTally(Story story, Map<Outlet, List<CleanArticle>> byOutlet, Optional<SourceComparison> comparison,
                              Map<ArticleId, ArticleEntities> entities) {

        void addTo(Map<Outlet, Tally> tallies) {
            Map<ArticleId, Outlet> outletOf = new HashMap<>();
            byOutlet.forEach((outlet, reports) -> reports.forEach(r -> outletOf.put(r.id(), outlet)));
            int outlets = byOutlet.size();
            List<Passage> passages = comparison.map(SourceComparison::passages).orElse(story.passages());
            Map<Outlet, Set<EntityId>> named = new HashMap<>();
            byOutlet.forEach((outlet, reports) -> named.put(outlet, namedBy(reports)));
            Map<String, Map<Outlet, Set<String>>> words = wordsByParty(outletOf);
            for (Outlet outlet : byOutlet.keySet()) {
                Tally tally = tallies.get(outlet);
                tally.sharedStories++;
                if (wasFirst(outlet)) {
                    tally.first.add(story);
                }
                if (outlets >= 3) {
                    // one passage a story, the most carried: a list of one story's passages says less
                    boolean oneLeftOut = false;
                    for (Passage passage : passages) {
                        Set<Outlet> carriers = new HashSet<>();
                        passage.reports().forEach(id -> Optional.ofNullable(outletOf.get(id)).ifPresent(carriers::add));
                        if (carriers.size() * 2 > outlets && carriers.size() >= 2) {
                            tally.corePassages++;
                            if (carriers.contains(outlet)) {
                                tally.coreCarried++;
                            } else if (!oneLeftOut) {
                                tally.leftOut.add(new OutletProfile.OmittedPassage(story.id(), passage.text(), carriers.size()));
                                oneLeftOut = true;
                            }
                        }
                    }
                    Map<EntityId, Integer> byOthers = new HashMap<>();
                    named.forEach((other, ids) -> {
                        if (!other.equals(outlet)) {
                            ids.forEach(id -> byOthers.merge(id, 1, Integer::sum));
                        }
                    });
                    byOthers.forEach((id, count) -> {
                        if (count * 2 > outlets - 1 && count >= 2 && !named.get(outlet).contains(id)) {
                            tally.leftOutNames.merge(id, 1, Integer::sum);
                        }
                    });
                }
                words.values().forEach(party -> tally.addWording(outlet, party));
            }
        }

        private Set<EntityId> namedBy(List<CleanArticle> reports) {
            Set<EntityId> ids = new HashSet<>();
            for (CleanArticle report : reports) {
                ArticleEntities found = entities.get(report.id());
                if (found != null) {
                    found.mentions().stream().map(Mention::entity).forEach(ids::add);
                    ids.addAll(found.tagged());
                }
            }
            return ids;
        }

        /**
         * The words each outlet uses for each party: an actor the comparison ties the word to, or
         * else a side (challengers, government). Words for "either side" ("militants",
         * "fighters") tied to no actor are left out: two outlets using them may mean two groups.
         */
        private Map<String, Map<Outlet, Set<String>>> wordsByParty(Map<ArticleId, Outlet> outletOf) {
            Map<String, Map<Outlet, Set<String>>> parties = new TreeMap<>();
            for (Term term : comparison.map(SourceComparison::terms).orElse(List.of())) {
                Outlet outlet = outletOf.get(term.article());
                if (outlet == null || (term.refersTo().isEmpty() && term.side() == Term.Side.ARMED)) {
                    continue;
                }
                String party = term.refersTo().map(id -> "actor " + id.value()).orElse("side " + term.side());
                parties.computeIfAbsent(party, k -> new TreeMap<>()).computeIfAbsent(outlet, k -> new TreeSet<>())
                        .add(term.term());
            }
            return parties;
        }

        /** Whether its first report is dated strictly before every other outlet's first. */
        private boolean wasFirst(Outlet outlet) {
            Optional<PublicationDate> own = earliest(byOutlet.get(outlet));
            if (own.isEmpty()) {
                return false;
            }
            for (Map.Entry<Outlet, List<CleanArticle>> other : byOutlet.entrySet()) {
                if (!other.getKey().equals(outlet)) {
                    Optional<PublicationDate> theirs = earliest(other.getValue());
                    if (theirs.isEmpty() || !before(own.get(), theirs.get())) {
                        return false;
                    }
                }
            }
            return true;
        }

        private static Optional<PublicationDate> earliest(List<CleanArticle> reports) {
            return reports.stream().flatMap(r -> r.date().stream()).min(Comparator.naturalOrder());
        }

        /** Times count only when both reports give one; a day alone is not before a time that day. */
        private static boolean before(PublicationDate a, PublicationDate b) {
            if (a.timeKnown() && b.timeKnown()) {
                return a.dateTime().isBefore(b.dateTime());
            }
            return a.date().isBefore(b.date());
        }
    }

    /** One outlet's counts as the stories are read. */
    private static final class Tally {
        final Outlet outlet;
        int sharedStories;
        int corePassages;
        int coreCarried;
        final List<Story> first = new ArrayList<>();
        final List<OutletProfile.OmittedPassage> leftOut = new ArrayList<>();
        final Map<EntityId, Integer> leftOutNames = new HashMap<>();
        final Map<String, Integer> wordStories = new HashMap<>();
        final Map<String, Map<String, Integer>> othersSay = new HashMap<>();

        Tally(Outlet outlet) {
            this.outlet = outlet;
        }

        void addWording(Outlet outlet, Map<Outlet, Set<String>> party) {
            Set<String> own = party.getOrDefault(outlet, Set.of());
            // each other word with the number of other outlets that use it
            Map<String, Integer> others = new TreeMap<>();
            party.forEach((other, terms) -> {
                if (!other.equals(outlet)) {
                    terms.forEach(term -> others.merge(term, 1, Integer::sum));
                }
            });
            Set<String> ownOnly = new TreeSet<>(own);
            ownOnly.removeAll(others.keySet());
            others.keySet().removeAll(own);
            if (others.isEmpty()) {
                return;
            }
            for (String term : ownOnly) {
                wordStories.merge(term, 1, Integer::sum);
                others.forEach((word, outlets) -> othersSay.computeIfAbsent(term, k -> new HashMap<>()).merge(word, outlets, Integer::sum));
            }
        }

        OutletProfile profile() {
            List<StoryId> coveredFirst = first.stream()
                    .sorted(Comparator.comparing((Story s) -> s.end().orElse(LocalDate.MIN)).reversed()
                            .thenComparing(s -> s.id().value()))
                    .map(Story::id).toList();
            List<OutletProfile.Wording> wording = wordStories.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(OutletProfile.KEPT)
                    .map(e -> new OutletProfile.Wording(e.getKey(), mostFirst(othersSay.get(e.getKey())), e.getValue()))
                    .toList();
            List<OutletProfile.OmittedName> names = leftOutNames.entrySet().stream()
                    .sorted(Map.Entry.<EntityId, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(OutletProfile.KEPT)
                    .map(e -> new OutletProfile.OmittedName(e.getKey(), e.getValue()))
                    .toList();
            List<OutletProfile.OmittedPassage> passages = leftOut.stream()
                    .sorted(Comparator.comparingInt(OutletProfile.OmittedPassage::outlets).reversed())
                    .limit(OutletProfile.KEPT)
                    .toList();
            return new OutletProfile(outlet, sharedStories, corePassages, coreCarried, coveredFirst, wording, names, passages);
        }

        private static List<String> mostFirst(Map<String, Integer> counts) {
            return counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .map(Map.Entry::getKey).toList();
        }
    }
}
