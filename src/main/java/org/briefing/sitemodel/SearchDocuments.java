package org.briefing.sitemodel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.briefing.analysis.entities.Entity;
import org.briefing.analysis.entities.EntityId;
import org.briefing.content.Outlet;
import org.briefing.analysis.entities.EntityType;
import org.briefing.analysis.stories.Passage;
import org.briefing.analysis.stories.Story;
import org.briefing.cleaning.CleanArticle;
import org.briefing.content.PublicationDate;
import org.briefing.search.SearchDocument;
import org.briefing.search.SearchDocument.Kind;
import org.briefing.search.SearchDocument.Ref;
import org.jsoup.Jsoup;

/**
 * The site's pages as the search sees them: each story (its headline, summary, facts and its
 * reports' headlines), article (its headline and cleaned text), actor, place (name, aliases,
 * description) and outlet, with the path of its page and the line its result shows. Texts are
 * made when the index is written, not here.
 */
final class SearchDocuments {

    private final ArchiveIndex index;
    private final Routes routes;
    private final DateText dates;

    SearchDocuments(ArchiveIndex index, Routes routes, DateText dates) {
        this.index = index;
        this.routes = routes;
        this.dates = dates;
    }

    List<SearchDocument> documents() {
        List<SearchDocument> documents = new ArrayList<>();
        index.stories.forEach(story -> documents.add(story(story)));
        index.articles.forEach(article -> documents.add(article(article)));
        index.entities.forEach(entity -> documents.add(entity(entity)));
        index.articlesBySource.forEach((name, articles) -> documents.add(outlet(name, articles)));
        return documents;
    }

    private SearchDocument story(Story story) {
        List<CleanArticle> reports = index.articlesOf(story);
        Set<String> outlets = new TreeSet<>();
        Set<Ref> filters = new LinkedHashSet<>();
        for (CleanArticle report : reports) {
            report.source().map(Outlet::name).ifPresent(outlets::add);
            filters.addAll(filtersOf(report));
        }
        int count = reports.size();
        String shown = dates.span(story.start(), story.end()) + " · " + count + (count == 1 ? " report" : " reports");
        return new SearchDocument(Kind.STORY, story.id().value(), story.start(), story.end(),
                Routes.story(story.id()).value(), story.title(), shown, List.copyOf(outlets),
                () -> storyText(story, reports), List.copyOf(filters));
    }

    private static String storyText(Story story, List<CleanArticle> reports) {
        List<String> lines = new ArrayList<>(story.summary());
        story.facts().stream().map(Passage::text).filter(fact -> !story.summary().contains(fact)).forEach(lines::add);
        reports.forEach(report -> lines.add(report.headline()));
        return String.join("\n", lines);
    }

    private SearchDocument article(CleanArticle article) {
        Optional<LocalDate> day = article.date().map(PublicationDate::date);
        Story story = index.storyOf.get(article.id());
        String shown = dates.published(article.date()) + " · in " + story.title();
        return new SearchDocument(Kind.ARTICLE, article.id().value(), day, day, routes.article(article.id()).value(),
                article.headline(), shown, article.source().map(Outlet::name).stream().toList(), article::text, filtersOf(article));
    }

    private List<Ref> filtersOf(CleanArticle article) {
        List<Ref> filters = new ArrayList<>();
        article.source().ifPresent(source -> filters.add(new Ref(Kind.OUTLET, source.name())));
        for (EntityId id : index.entityIdsOf(article.id())) {
            Entity entity = index.entityById.get(id);
            filters.add(new Ref(entity.type() == EntityType.ACTOR ? Kind.ACTOR : Kind.PLACE, id.value()));
        }
        return filters;
    }

    private SearchDocument entity(Entity entity) {
        List<CleanArticle> naming = index.articlesNaming.getOrDefault(entity.id(), List.of());
        Kind kind = entity.type() == EntityType.ACTOR ? Kind.ACTOR : Kind.PLACE;
        String shown = (kind == Kind.ACTOR ? "Actor" : "Place") + " (" + entity.kind().key() + ") · " + reports(naming.size());
        String description = entity.description().isEmpty() ? "" : Jsoup.parse(entity.description()).text();
        return new SearchDocument(kind, entity.id().value(), firstDay(naming), firstDay(naming),
                routes.entity(entity.id(), 1).value(), entity.name(), shown, List.of(),
                () -> String.join("\n", entity.aliases()) + "\n" + description, List.of());
    }

    private SearchDocument outlet(Outlet outlet, List<CleanArticle> articles) {
        // What sources.yml says of it is searchable too: its country, owner and notes.
        return new SearchDocument(Kind.OUTLET, outlet.name(), firstDay(articles), firstDay(articles),
                routes.source(outlet).value(), outlet.name(), "Outlet · " + reports(articles.size()), List.of(),
                () -> String.join("\n", Stream.of(outlet.aliases().stream(), outlet.country().stream(),
                        outlet.owner().stream(), outlet.notes().stream()).flatMap(s -> s).toList()), List.of());
    }

    /** The first day of newest-first articles: the last dated one's. */
    private static Optional<LocalDate> firstDay(List<CleanArticle> newestFirst) {
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            if (newestFirst.get(i).date().isPresent()) {
                return newestFirst.get(i).date().map(PublicationDate::date);
            }
        }
        return Optional.empty();
    }

    private static String reports(int count) {
        return count + (count == 1 ? " report" : " reports");
    }
}
