package org.briefing.sitemodel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.briefing.analysis.comparison.FigureClaim;
import org.briefing.analysis.comparison.Rewrite;
import org.briefing.analysis.comparison.SharedQuote;
import org.briefing.analysis.comparison.SourceComparison;
import org.briefing.analysis.entities.Entity;
import org.briefing.analysis.entities.EntityId;
import org.briefing.analysis.entities.EntityType;
import org.briefing.analysis.stories.Story;
import org.briefing.analysis.stories.StoryId;
import org.briefing.cleaning.CleanArticle;
import org.briefing.content.ArticleId;
import org.briefing.content.Outlet;

/**
 * Makes the small views many pages share (story cards, report rows, entity links, quote and
 * figure rows) the same way everywhere.
 */
final class Cards {

    private static final int CARD_ACTORS = 4;
    private static final int CARD_PLACES = 3;
    private static final int SUMMARY_CHARACTERS = 260;

    private final ArchiveIndex index;
    private final Routes routes;
    private final DateText dates;
    private final Map<StoryId, StoryCard> storyCards = new ConcurrentHashMap<>();
    private final Map<StoryId, Map<ArticleId, String>> reportLabels = new ConcurrentHashMap<>();

    Cards(ArchiveIndex index, Routes routes, DateText dates) {
        this.index = index;
        this.routes = routes;
        this.dates = dates;
    }

    /**
     * A report named as {@link ReportLabels} names it within its story (its outlet, else a short
     * form of its headline), linking to its article page, with its headline as the detail.
     */
    LinkView reportLink(ArticleId id) {
        CleanArticle report = index.articleById.get(id);
        return new LinkView(reportLabel(id), routes.url(routes.article(id)), report.headline(), "");
    }

    /** The report's label in its story, the same wherever the story's reports are listed. */
    String reportLabel(ArticleId id) {
        Story story = index.storyOf.get(id);
        return reportLabels.computeIfAbsent(story.id(), key -> ReportLabels.of(index.articlesOf(story))).get(id);
    }

    /**
     * A story's card, made once: home pages, entity pages, related stories and feeds all show the
     * same card, and making it ranks every report's entities.
     */
    StoryCard storyCard(Story story) {
        return storyCards.computeIfAbsent(story.id(), id -> newStoryCard(story));
    }

    private StoryCard newStoryCard(Story story) {
        List<CleanArticle> reports = index.articlesOf(story);
        Map<EntityId, Integer> counts = index.entityCounts(reports);
        TreeSet<String> outlets = new TreeSet<>();
        reports.forEach(report -> report.source().map(Outlet::name).ifPresent(outlets::add));
        String summary = story.summary().isEmpty() ? reports.get(0).lead() : String.join(" ", story.summary());
        return new StoryCard(story.title(), routes.url(Routes.story(story.id())), dates.span(story.start(), story.end()),
                story.start().map(Object::toString).orElse(""), shorten(summary), outlets.size(), reports.size(),
                List.copyOf(outlets), entityLinks(counts, EntityType.ACTOR, CARD_ACTORS, false),
                entityLinks(counts, EntityType.PLACE, CARD_PLACES, false));
    }

    /** A story in one line: its headline linking to it, with its dates and number of reports as the detail. */
    LinkView storyLine(Story story) {
        int reports = story.articles().size();
        return new LinkView(story.title(), routes.url(Routes.story(story.id())),
                dates.span(story.start(), story.end()) + " · " + reports + (reports == 1 ? " report" : " reports"), "");
    }

    ReportRow reportRow(CleanArticle article) {
        return new ReportRow(reportLabel(article.id()), article.headline(), routes.url(routes.article(article.id())),
                article.source().map(Outlet::name).orElse(""),
                article.source().map(outlet -> routes.url(routes.source(outlet))).orElse(""),
                dates.published(article.date()), dates.iso(article.date()), article.url().orElse(""));
    }

    /**
     * Links to the entities of one type among {@code counts}, in the map's order.
     *
     * @param withCounts whether each link's detail gives its count
     */
    List<LinkView> entityLinks(Map<EntityId, Integer> counts, EntityType type, int limit, boolean withCounts) {
        return counts.entrySet().stream()
                .filter(entry -> index.entityById.get(entry.getKey()).type() == type)
                .limit(limit)
                .map(entry -> entityLink(index.entityById.get(entry.getKey()), withCounts ? entry.getValue() : 0))
                .toList();
    }

    LinkView entityLink(Entity entity, int count) {
        return new LinkView(entity.name(), routes.url(routes.entity(entity.id(), 1)),
                count > 0 ? Integer.toString(count) : "", entity.kind().key());
    }

    LinkView entityLink(EntityId id) {
        return entityLink(index.entityById.get(id), 0);
    }

    /** A quote with its speaker and how each report that carries it words it. */
    ComparisonView.QuoteRow quoteRow(SharedQuote quote) {
        List<ComparisonView.CarrierRow> carriers = quote.carriers().stream()
                .map(c -> new ComparisonView.CarrierRow(reportLink(c.article()), c.fidelity().name().toLowerCase(Locale.ROOT),
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

    /** Figures that count one thing, each with its report and the source that report names. */
    ComparisonView.ClaimRow claimRow(FigureClaim claim) {
        return new ComparisonView.ClaimRow(claim.counts() + outcomeSuffix(claim.outcome()), claim.disagree(), claim.figures().stream()
                .map(f -> new ComparisonView.FigureRow(f.text(), reportLink(f.article()),
                        f.attributedTo().map(id -> index.entityById.get(id).name()).or(f::attribution).orElse(""),
                        f.attributedTo().map(id -> routes.url(routes.entity(id, 1))).orElse("")))
                .toList());
    }

    /** What befell the counted, as a reader reads it after their name: "people killed", "votes". */
    private static String outcomeSuffix(String outcome) {
        return switch (outcome) {
            case "" -> "";
            case "voted" -> " (votes)";
            case "money" -> " (sums)";
            default -> " " + outcome;
        };
    }

    /** A claim in brief: each wording once, with the reports that give it. */
    ComparisonView.ClaimBrief claimBrief(FigureClaim claim) {
        ComparisonView.ClaimRow row = claimRow(claim);
        Map<String, List<ComparisonView.FigureRow>> byText = new LinkedHashMap<>();
        // a report that gives one figure twice, on the same authority, is named once beside it
        row.figures().stream().distinct().forEach(f -> byText.computeIfAbsent(f.text(), k -> new ArrayList<>()).add(f));
        return new ComparisonView.ClaimBrief(row.counts(), row.disagree(), byText.entrySet().stream()
                .map(e -> new ComparisonView.Stated(e.getKey(), e.getValue())).toList());
    }

    /**
     * Each rewrite stated plainly, the later report first ("B is a rewrite of A: 81 % of their words
     * stand in aligned sentences"); when there is none, the closest pair's share.
     */
    List<String> rewriteStatements(SourceComparison comparison) {
        List<Rewrite> rewrites = comparison.rewrites();
        if (rewrites.isEmpty()) {
            return comparison.pairs().stream().findFirst()
                    .map(p -> List.of("No report is a rewrite of another: the closest pair, " + reportLabel(p.first()) + " and "
                            + reportLabel(p.second()) + ", have " + percent(p.similarity()) + " of their words in aligned sentences."))
                    .orElse(List.of());
        }
        return rewrites.stream().map(r -> reportLabel(r.second()) + " is a rewrite of " + reportLabel(r.first()) + ": "
                + percent(r.similarity()) + " of their words stand in aligned sentences.").toList();
    }

    private static String percent(double share) {
        return Math.round(share * 100) + " %";
    }

    /** Cuts a summary at a word boundary so a card shows about two lines. */
    static String shorten(String text) {
        if (text.length() <= SUMMARY_CHARACTERS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SUMMARY_CHARACTERS);
        return text.substring(0, cut > 0 ? cut : SUMMARY_CHARACTERS).replaceAll("[,;:]$", "") + "…";
    }
}
