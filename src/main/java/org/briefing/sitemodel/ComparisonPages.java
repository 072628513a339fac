package org.briefing.sitemodel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
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
 * of its reports, and {@code api/compare/SLUG.json} for every story.
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
            pages.add(new Page(Routes.comparison(story.id()), comparisonView(story, comparison)));
            for (Rewrite pair : comparison.pairs()) {
                pages.add(new Page(routes.pair(story.id(), pair.first(), pair.second()), pairView(story, comparison, pair)));
            }
        }
        return pages;
    }

    /** A story's quotes for its own page: at most {@code limit}, those with a known speaker and most carriers first. */
    List<ComparisonView.QuoteRow> quoteRows(Story story, int limit) {
        return index.comparisons.get(story.id()).quotes().stream()
                .filter(q -> q.speaker().isPresent())
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
                .map(story -> new DataFile(Routes.api("compare/" + story.id().value() + ".json"),
                        apiComparison(story, index.comparisons.get(story.id()))))
                .toList();
    }

    private ComparisonView comparisonView(Story story, SourceComparison comparison) {
        int reports = comparison.reports().size();
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
                routes.url(Routes.api("compare/" + story.id().value() + ".json")),
                comparison.reports().stream().map(cards::reportLink).toList(), shared, partial,
                only.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                        .map(e -> new ComparisonView.ReportSentences(cards.reportLink(e.getKey()), e.getValue())).toList(),
                comparison.reports().stream()
                        .map(id -> new ComparisonView.ReportSentences(cards.reportLink(id),
                                comparison.leftOutBy(id).stream().map(p -> p.sentences().get(0).text()).toList()))
                        .filter(row -> !row.sentences().isEmpty()).toList(),
                comparison.quotes().stream().map(this::quoteRow).toList(),
                comparison.claims().stream().map(this::claimRow).toList(),
                wording(comparison),
                comparison.pairs().stream().map(pair -> pairRow(story, pair)).toList());
    }

    private ComparisonView.QuoteRow quoteRow(SharedQuote quote) {
        List<ComparisonView.CarrierRow> carriers = quote.carriers().stream()
                .map(c -> new ComparisonView.CarrierRow(cards.reportLink(c.article()), c.fidelity().name().toLowerCase(Locale.ROOT),
                        switch (c.fidelity()) {
                            case VERBATIM -> WordDiff.plain(c.text());
                            case ALTERED -> WordDiff.of(quote.text(), c.text()).second();
                        }))
                .toList();
        return new ComparisonView.QuoteRow(quote.text(), quote.speaker().map(this::entityLink).orElse(null), carriers);
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

    private ComparisonView.PairRow pairRow(Story story, Rewrite pair) {
        return new ComparisonView.PairRow(cards.reportLink(pair.first()), cards.reportLink(pair.second()),
                (int) Math.round(pair.similarity() * 100), pair.similarity() >= SourceComparison.REWRITE,
                routes.url(routes.pair(story.id(), pair.first(), pair.second())));
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
        List<PairView.Row> rows = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < first.size(); i++) {
            Integer match = firstToSecond.get(i);
            if (match == null) {
                rows.add(new PairView.Row(WordDiff.plain(first.get(i)), List.of()));
                continue;
            }
            // the second report's sentences that no sentence of the first matches, up to this match
            for (; next < match; next++) {
                if (!firstToSecond.containsValue(next)) {
                    rows.add(new PairView.Row(List.of(), WordDiff.plain(second.get(next))));
                }
            }
            next = Math.max(next, match + 1);
            WordDiff.Sides sides = WordDiff.of(first.get(i), second.get(match));
            rows.add(new PairView.Row(sides.first(), sides.second()));
        }
        for (; next < second.size(); next++) {
            if (!firstToSecond.containsValue(next)) {
                rows.add(new PairView.Row(List.of(), WordDiff.plain(second.get(next))));
            }
        }
        LinkView a = cards.reportLink(pair.first());
        LinkView b = cards.reportLink(pair.second());
        return new PairView(a.label() + " and " + b.label() + " side by side: " + story.title(), story.title(),
                routes.url(Routes.story(story.id())), routes.url(Routes.comparison(story.id())), a, b,
                (int) Math.round(pair.similarity() * 100), rows);
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

    private ApiComparison apiComparison(Story story, SourceComparison comparison) {
        int reports = comparison.reports().size();
        return new ApiComparison(story.id().value(), compared(story) ? Routes.comparison(story.id()).value() : null,
                ids(comparison.reports()),
                comparison.passages().stream().map(p -> new ApiComparison.Passage(
                        p.sentences().size() == reports && reports > 1 ? "all" : p.sentences().size() == 1 ? "one" : "some",
                        p.sentences().stream().map(s -> new ApiComparison.Sentence(s.article().value(), s.text())).toList())).toList(),
                comparison.reports().stream()
                        .map(id -> new ApiComparison.LeftOut(id.value(), comparison.leftOutBy(id).stream()
                                .map(p -> p.sentences().get(0).text()).toList()))
                        .filter(l -> !l.passages().isEmpty()).toList(),
                comparison.quotes().stream().map(q -> new ApiComparison.Quote(q.speaker().map(EntityId::value).orElse(null), q.text(),
                        q.carriers().stream().map(c -> new ApiComparison.Carrier(c.article().value(), c.text(),
                                c.fidelity().name().toLowerCase(Locale.ROOT))).toList())).toList(),
                comparison.figures().stream().map(ComparisonPages::apiNumber).toList(),
                comparison.claims().stream().map(c -> new ApiComparison.Claim(c.counts(), c.disagree(),
                        c.figures().stream().map(ComparisonPages::apiNumber).toList())).toList(),
                comparison.terms().stream().map(t -> new ApiComparison.Term(t.article().value(), t.term(),
                        t.side().name().toLowerCase(Locale.ROOT), t.refersTo().map(EntityId::value).orElse(null))).toList(),
                comparison.rewrites().stream().map(r -> new ApiComparison.Rewrite(
                        List.of(r.first().value(), r.second().value()), rounded(r.similarity()))).toList(),
                comparison.pairs().stream().map(r -> new ApiComparison.Pair(List.of(r.first().value(), r.second().value()),
                        rounded(r.similarity()), routes.pair(story.id(), r.first(), r.second()).value())).toList());
    }

    private static ApiComparison.Number apiNumber(Figure f) {
        Number value = f.value() == Math.rint(f.value()) && Math.abs(f.value()) < 1e15 ? (Number) (long) f.value() : f.value();
        return new ApiComparison.Number(value, f.text(), f.qualifier().orElse(null), f.counts().orElse(null),
                f.attributedTo().map(EntityId::value).orElse(null), f.attribution().orElse(null), f.article().value());
    }

    private static double rounded(double share) {
        return Math.round(share * 1000) / 1000.0;
    }

    private static List<String> ids(List<ArticleId> ids) {
        return ids.stream().map(ArticleId::value).toList();
    }
}
