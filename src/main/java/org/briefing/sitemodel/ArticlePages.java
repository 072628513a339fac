package org.briefing.sitemodel;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.briefing.analysis.entities.ArticleEntities;
import org.briefing.analysis.entities.EntityId;
import org.briefing.analysis.entities.EntityType;
import org.briefing.analysis.stories.Story;
import org.briefing.cleaning.CleanArticle;
import org.briefing.cleaning.MetaField;
import org.briefing.sitemodel.ArticleView.RemovedBlock;
import org.briefing.content.LanguageTag;
import org.briefing.content.Outlet;

/** One page per article: the cleaned text with names linked, its facts, its story and what was removed. */
final class ArticlePages {

    private final ArchiveIndex index;
    private final Routes routes;
    private final DateText dates;
    private final Cards cards;
    /** The site's language: an article in another one says so on its headline and body. */
    private final Locale siteLanguage;
    private final EntityLinker linker = new EntityLinker();

    ArticlePages(ArchiveIndex index, Routes routes, DateText dates, Cards cards, Locale siteLanguage) {
        this.index = index;
        this.routes = routes;
        this.dates = dates;
        this.cards = cards;
        this.siteLanguage = siteLanguage;
    }

    List<Page> pages() {
        return index.articles.stream().map(article -> new Page(routes.article(article.id()), () -> view(article))).toList();
    }

    private ArticleView view(CleanArticle article) {
        Story story = index.storyOf.get(article.id());
        ArticleEntities found = index.entitiesOf.get(article.id());
        String body = HeadingOutline.nestUnderTitle(linker.link(article.body(), found == null ? List.of() : found.mentions(),
                id -> routes.url(routes.entity(id, 1))));
        List<ReportRow> others = index.articlesOf(story).stream()
                .filter(other -> !other.id().equals(article.id()))
                .map(cards::reportRow)
                .toList();
        Map<EntityId, Integer> counts = index.entityCounts(List.of(article));
        return new ArticleView(
                article.headline(),
                article.title().isPresent(),
                article.source().map(Outlet::name).orElse(""),
                article.source().map(outlet -> routes.url(routes.source(outlet))).orElse(""),
                dates.published(article.date()),
                dates.iso(article.date()),
                article.updated().map(d -> dates.published(article.updated())).orElse(""),
                dates.iso(article.updated()),
                article.section().orElse(""),
                article.language().filter(tag -> !tag.sameLanguageAs(siteLanguage)).map(LanguageTag::value).orElse(""),
                article.author().orElse(""),
                article.dateline().orElse(""),
                article.url().orElse(""),
                body,
                LinkView.of(story.title(), routes.url(Routes.story(story.id()))),
                others,
                cards.entityLinks(counts, EntityType.ACTOR, Integer.MAX_VALUE, false),
                cards.entityLinks(counts, EntityType.PLACE, Integer.MAX_VALUE, false),
                article.missing().stream().map(MetaField::label).toList(),
                inferredNotes(article),
                article.removed().stream().map(r -> new RemovedBlock(r.reason().label(), r.text(), r.line())).toList(),
                article.file());
    }

    private static List<String> inferredNotes(CleanArticle article) {
        return article.inferred().stream().sorted().map(field -> switch (field) {
            case TITLE -> "The headline was read from the top of the pasted text.";
            case DATE -> "The date was read from a date line in the text.";
            case DATELINE -> "The dateline was read from the text.";
            case SOURCE -> "The outlet was read from the original's address.";
            default -> "The " + field.label() + " was read from the text.";
        }).toList();
    }
}
