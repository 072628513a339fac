package org.briefing.sitemodel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.briefing.analysis.comparison.Figure;
import org.briefing.analysis.comparison.FigureClaim;
import org.briefing.analysis.stories.Passage;
import org.briefing.analysis.comparison.Rewrite;
import org.briefing.analysis.comparison.SharedQuote;
import org.briefing.analysis.comparison.SourceComparison;
import org.briefing.analysis.comparison.Term;
import org.briefing.analysis.entities.Entity;
import org.briefing.analysis.entities.EntityId;
import org.briefing.analysis.stories.Story;
import org.briefing.content.ArticleId;

/**
 * The comparison page of each story with two or more reports, a side-by-side page for each pair
 * of its reports, and {@code api/compare/SLUG.json} for each of those stories (a story of one report
 * has nothing to compare; its quotes and figures are on its own page).
 */
final class ComparisonPages {

    private final ArchiveIndex index;
    private final Routes routes;
    private final Cards cards;

    ComparisonPages(ArchiveIndex index, Routes routes, Cards cards) {
        this.index = index;
        this.routes = routes;
        this.cards = cards;
    }

    /**
     * Sentences the page lists of what only one report carries; the rest are counted and left to
     * the report's own page, which a compare page would otherwise repeat almost whole.
     */
    static final int ONLY_SHOWN = 3;
    /** Passages listed per report as left out; the rest are counted, and all are in the JSON. */
    static final int LEFT_OUT_SHOWN = 5;

    /** Whether a story gets a comparison page: it needs two reports to compare. */
    static boolean compared(Story story) {
        return story.articles().size() >= 2;
    }

    List<Page> pages() {
        List<Page> pages = new ArrayList<>();
        for (Story story : index.stories) {
            if (!compared(story)) {
                continue;
            }
            SourceComparison comparison = index.comparisons.get(story.id());
            pages.add(new Page(Routes.comparison(story.id()), () -> comparisonView(story, comparison)));
            for (Rewrite pair : sideBySide(comparison)) {
                pages.add(new Page(routes.pair(story.id(), pair.first(), pair.second()), () -> pairView(story, comparison, pair)));
            }
        }
        return pages;
    }

    /**
     * The pairs that get a side-by-side page: the story's closest pair, and every rewrite pair. Every pair of a story of n reports would be n(n-1)/2 pages, most of them of two
     * reports that share little; the aligned share of every pair stays on the comparison page and
     * in its JSON.
     */
    static Set<Rewrite> sideBySide(SourceComparison comparison) {
        Set<Rewrite> chosen = new LinkedHashSet<>();
        // pairs come most similar first: the first is the story's closest pair
        comparison.pairs().stream().findFirst().ifPresent(chosen::add);
        chosen.addAll(comparison.rewrites());
        return chosen;
    }

    /** A story's quotes for its own page: at most {@code limit}, those with a named speaker and most carriers first. */
    List<ComparisonView.QuoteRow> quoteRows(Story story, int limit) {
        return index.comparisons.get(story.id()).quotes().stream()
                .filter(q -> q.speaker().isPresent() || q.speakerName().isPresent())
                .sorted(Comparator.comparingInt((SharedQuote q) -> -q.carriers().size()))
                .limit(limit)
                .map(this::quoteRow)
                .toList();
    }

    /** Quotes whose speaker is {@code speaker}, at most {@code limit}, newest story first. */
    List<EntityView.SpokenQuote> quotesBy(EntityId speaker, int limit) {
        return index.quotesBySpeaker.getOrDefault(speaker, List.of()).stream()
                .limit(limit)
                .map(spoken -> new EntityView.SpokenQuote(
                        LinkView.of(spoken.story().title(), routes.url(Routes.story(spoken.story().id()))), quoteRow(spoken.quote())))
                .toList();
    }

    /**
     * A story's figures in brief for its own page: at most {@code limit} claims, those most
     * reports give first, each wording once with the reports that give it. The comparison page
     * has them all side by side.
     */
    List<ComparisonView.ClaimBrief> claimBriefs(Story story, int limit) {
        return index.comparisons.get(story.id()).claims().stream().limit(limit).map(this::claimRow)
                .map(row -> {
                    Map<String, List<ComparisonView.FigureRow>> byText = new LinkedHashMap<>();
                    row.figures().forEach(f -> byText.computeIfAbsent(f.text(), k -> new ArrayList<>()).add(f));
                    return new ComparisonView.ClaimBrief(row.counts(), row.disagree(), byText.entrySet().stream()
                            .map(e -> new ComparisonView.Stated(e.getKey(), e.getValue())).toList());
                })
                .toList();
    }

    List<DataFile> apiFiles() {
        return index.stories.stream()
                .filter(ComparisonPages::compared)
                .map(story -> new DataFile(Routes.comparisonData(story.id()),
                        () -> apiComparison(story, index.comparisons.get(story.id()))))
                .toList();
    }

    private ComparisonView comparisonView(Story story, SourceComparison comparison) {
        int reports = comparison.reports().size();
        Set<Rewrite> withPage = sideBySide(comparison);
        List<ComparisonView.PassageRow> shared = new ArrayList<>();
        List<ComparisonView.PassageRow> partial = new ArrayList<>();
        Map<ArticleId, List<String>> only = new LinkedHashMap<>();
        comparison.reports().forEach(id -> only.put(id, new ArrayList<>()));
        for (Passage passage : comparison.passages()) {
            int carriers = passage.sentences().size();
            if (carriers == 1) {
                only.get(passage.sentences().get(0).article()).add(passage.sentences().get(0).text());
            } else {
                ComparisonView.PassageRow row = new ComparisonView.PassageRow(passage.sentences().get(0).text(),
                        passage.sentences().stream().map(s -> cards.reportLink(s.article())).toList());
                (carriers == reports ? shared : partial).add(row);
            }
        }
        return new ComparisonView("Compare the reports: " + story.title(), story.title(), routes.url(Routes.story(story.id())),
                routes.url(Routes.comparisonData(story.id())),
                comparison.reports().stream().map(cards::reportLink).toList(), shared, partial,
                only.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                        .map(e -> ComparisonView.ReportSentences.firstOf(cards.reportLink(e.getKey()), e.getValue(), ONLY_SHOWN))
                        .toList(),
                comparison.reports().stream()
                        .map(id -> ComparisonView.ReportSentences.firstOf(cards.reportLink(id),
                                comparison.leftOutBy(id).stream().map(p -> p.sentences().get(0).text()).toList(), LEFT_OUT_SHOWN))
                        .filter(row -> !row.sentences().isEmpty()).toList(),
                comparison.quotes().stream().map(this::quoteRow).toList(),
                comparison.claims().stream().map(this::claimRow).toList(),
                wording(comparison),
                comparison.pairs().stream().map(pair -> pairRow(story, pair, withPage.contains(pair))).toList());
    }

    private ComparisonView.QuoteRow quoteRow(SharedQuote quote) {
        List<ComparisonView.CarrierRow> carriers = quote.carriers().stream()
                .map(c -> new ComparisonView.CarrierRow(cards.reportLink(c.article()), c.fidelity().name().toLowerCase(Locale.ROOT),
                        switch (c.fidelity()) {
                            case VERBATIM -> WordDiff.plain(c.text());
                            case ALTERED -> WordDiff.of(quote.text(), c.text()).second();
                        }))
                .toList();
        // a name the archive does not know as an actor is shown as written, with no page to link to
        LinkView speaker = quote.speaker().map(this::entityLink)
                .or(() -> quote.speakerName().map(name -> LinkView.of(name, ""))).orElse(null);
        return new ComparisonView.QuoteRow(quote.text(), speaker, carriers);
    }

    private ComparisonView.ClaimRow claimRow(FigureClaim claim) {
        return new ComparisonView.ClaimRow(claim.counts(), claim.disagree(), claim.figures().stream()
                .map(f -> new ComparisonView.FigureRow(f.text(), cards.reportLink(f.article()),
                        f.attributedTo().map(id -> index.entityById.get(id).name()).or(f::attribution).orElse(""),
                        f.attributedTo().map(id -> routes.url(routes.entity(id, 1))).orElse("")))
                .toList());
    }

    private List<ComparisonView.WordingRow> wording(SourceComparison comparison) {
        Map<EntityId, Map<ArticleId, List<String>>> byActor = new LinkedHashMap<>();
        comparison.terms().stream()
                .filter(t -> t.refersTo().isPresent())
                .sorted(Comparator.comparing((Term t) -> t.refersTo().orElseThrow()))
                .forEach(t -> {
                    List<String> words = byActor.computeIfAbsent(t.refersTo().orElseThrow(), k -> new LinkedHashMap<>())
                            .computeIfAbsent(t.article(), k -> new ArrayList<>());
                    if (!words.contains(t.term())) {
                        words.add(t.term());
                    }
                });
        return byActor.entrySet().stream()
                .map(e -> new ComparisonView.WordingRow(entityLink(e.getKey()), comparison.reports().stream()
                        .map(id -> List.copyOf(e.getValue().getOrDefault(id, List.of()))).toList()))
                .toList();
    }

    private ComparisonView.PairRow pairRow(Story story, Rewrite pair, boolean hasPage) {
        return new ComparisonView.PairRow(cards.reportLink(pair.first()), cards.reportLink(pair.second()),
                (int) Math.round(pair.similarity() * 100), pair.similarity() >= SourceComparison.REWRITE,
                hasPage ? routes.url(routes.pair(story.id(), pair.first(), pair.second())) : "");
    }

    private PairView pairView(Story story, SourceComparison comparison, Rewrite pair) {
        Map<Integer, Integer> firstToSecond = new LinkedHashMap<>();
        List<String> first = sentencesOf(comparison, pair.first());
        List<String> second = sentencesOf(comparison, pair.second());
        for (Passage passage : comparison.passages()) {
            Optional<Passage.Sentence> a = passage.sentences().stream().filter(s -> s.article().equals(pair.first())).findFirst();
            Optional<Passage.Sentence> b = passage.sentences().stream().filter(s -> s.article().equals(pair.second())).findFirst();
            if (a.isPresent() && b.isPresent()) {
                firstToSecond.put(a.get().index(), b.get().index());
            }
        }
        Set<Integer> matchedSecond = new HashSet<>(firstToSecond.values());
        List<PairView.Row> rows = new ArrayList<>();
        int next = 0;
        int onlyFirst = 0;
        for (int i = 0; i < first.size(); i++) {
            Integer match = firstToSecond.get(i);
            if (match == null) {
                onlyFirst++;
                continue;
            }
            rows.addAll(unalignedRuns(onlyFirst, 0));
            onlyFirst = 0;
            // the second report's sentences that no sentence of the first matches, up to this match
            int onlySecond = 0;
            for (; next < match; next++) {
                if (!matchedSecond.contains(next)) {
                    onlySecond++;
                }
            }
            rows.addAll(unalignedRuns(0, onlySecond));
            next = Math.max(next, match + 1);
            rows.add(PairView.Row.aligned(WordDiff.of(first.get(i), second.get(match))));
        }
        int onlySecond = 0;
        for (; next < second.size(); next++) {
            if (!matchedSecond.contains(next)) {
                onlySecond++;
            }
        }
        rows.addAll(unalignedRuns(onlyFirst, onlySecond));
        LinkView a = cards.reportLink(pair.first());
        LinkView b = cards.reportLink(pair.second());
        return new PairView(a.label() + " and " + b.label() + " side by side: " + story.title(), story.title(),
                routes.url(Routes.story(story.id())), routes.url(Routes.comparison(story.id())), a, b,
                (int) Math.round(pair.similarity() * 100), rows);
    }

    /** Rows counting runs of sentences only the first, or only the second, report has. */
    private static List<PairView.Row> unalignedRuns(int onlyFirst, int onlySecond) {
        List<PairView.Row> rows = new ArrayList<>();
        if (onlyFirst > 0) {
            rows.add(PairView.Row.onlyIn(true, onlyFirst));
        }
        if (onlySecond > 0) {
            rows.add(PairView.Row.onlyIn(false, onlySecond));
        }
        return rows;
    }

    /** A report's sentences in order, read back from the passages that hold them. */
    private static List<String> sentencesOf(SourceComparison comparison, ArticleId report) {
        Map<Integer, String> byIndex = new TreeMap<>();
        for (Passage passage : comparison.passages()) {
            passage.sentences().stream().filter(s -> s.article().equals(report)).forEach(s -> byIndex.put(s.index(), s.text()));
        }
        return List.copyOf(byIndex.values());
    }

    private LinkView entityLink(EntityId id) {
        Entity entity = index.entityById.get(id);
        return new LinkView(entity.name(), routes.url(routes.entity(id, 1)), entity.kind().key(), entity.kind().key());
    }

    /**
     * The comparison's data, compact: reports are named by their place in {@code reports}, a
     * passage left out or a number in a claim by its place in {@code passages} or {@code numbers},
     * and a wording equal to the one it belongs to is {@code null}. At 10,000 articles the
     * files were a seventh of the site, most of it long article ids said again and again.
     */
    private ApiComparison apiComparison(Story story, SourceComparison comparison) {
        int reports = comparison.reports().size();
        Map<ArticleId, Integer> number = new HashMap<>();
        for (int i = 0; i < reports; i++) {
            number.put(comparison.reports().get(i), i);
        }
        Map<Passage, Integer> passageNumber = new HashMap<>();
        for (int i = 0; i < comparison.passages().size(); i++) {
            passageNumber.putIfAbsent(comparison.passages().get(i), i);
        }
        Map<Figure, Integer> figureNumber = new HashMap<>();
        for (int i = 0; i < comparison.figures().size(); i++) {
            figureNumber.putIfAbsent(comparison.figures().get(i), i);
        }
        Set<Rewrite> withPage = sideBySide(comparison);
        return new ApiComparison(story.id().value(), Routes.comparison(story.id()).value(),
                ids(comparison.reports()),
                comparison.passages().stream().map(p -> new ApiComparison.Passage(
                        p.sentences().size() == reports && reports > 1 ? "all" : p.sentences().size() == 1 ? "one" : "some",
                        p.sentences().get(0).text(),
                        p.sentences().stream().map(s -> new ApiComparison.Sentence(number.get(s.article()), s.index(),
                                s.text().equals(p.sentences().get(0).text()) ? null : s.text())).toList())).toList(),
                comparison.reports().stream()
                        .map(id -> new ApiComparison.LeftOut(number.get(id), comparison.leftOutBy(id).stream()
                                .map(passageNumber::get).toList()))
                        .filter(l -> !l.passages().isEmpty()).toList(),
                comparison.quotes().stream().map(q -> new ApiComparison.Quote(q.speaker().map(EntityId::value).orElse(null),
                        q.speakerName().orElse(null), q.text(),
                        q.carriers().stream().map(c -> new ApiComparison.Carrier(number.get(c.article()),
                                c.text().equals(q.text()) ? null : c.text(),
                                c.fidelity().name().toLowerCase(Locale.ROOT))).toList())).toList(),
                comparison.figures().stream().map(f -> apiNumber(f, number.get(f.article()))).toList(),
                comparison.claims().stream().map(c -> new ApiComparison.Claim(c.counts(), c.disagree(),
                        c.figures().stream().map(figureNumber::get).toList())).toList(),
                comparison.terms().stream().map(t -> new ApiComparison.Term(number.get(t.article()), t.term(),
                        t.side().name().toLowerCase(Locale.ROOT), t.refersTo().map(EntityId::value).orElse(null))).toList(),
                comparison.rewrites().stream().map(r -> new ApiComparison.Rewrite(
                        List.of(number.get(r.first()), number.get(r.second())), rounded(r.similarity()))).toList(),
                comparison.pairs().stream().map(r -> new ApiComparison.Pair(List.of(number.get(r.first()), number.get(r.second())),
                        rounded(r.similarity()), withPage.contains(r)
                                ? routes.pair(story.id(), r.first(), r.second()).value() : null)).toList());
    }

    private static ApiComparison.Number apiNumber(Figure f, int report) {
        Number value = f.value() == Math.rint(f.value()) && Math.abs(f.value()) < 1e15 ? (Number) (long) f.value() : f.value();
        return new ApiComparison.Number(value, f.text(), f.qualifier().orElse(null), f.counts().orElse(null),
                f.attributedTo().map(EntityId::value).orElse(null), f.attribution().orElse(null), report);
    }

    private static double rounded(double share) {
        return Math.round(share * 1000) / 1000.0;
    }

    private static List<String> ids(List<ArticleId> ids) {
        return ids.stream().map(ArticleId::value).toList();
    }
}
