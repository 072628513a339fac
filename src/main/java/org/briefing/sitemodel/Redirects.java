package org.briefing.sitemodel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.briefing.analysis.entities.Entity;
import org.briefing.analysis.stories.Story;
import org.briefing.analysis.stories.StoryId;
import org.briefing.cleaning.CleanArticle;
import org.briefing.content.ArticleId;
import org.briefing.content.TextShape;
import org.briefing.published.PublishedSite;
import org.briefing.published.PublishedSite.PublishedArticle;
import org.briefing.published.PublishedSite.PublishedEntity;
import org.briefing.published.PublishedSite.PublishedRedirect;
import org.briefing.published.PublishedSite.PublishedStory;

/**
 * Redirect pages at the addresses the previous site published that this build no longer has, so
 * a published link keeps working:
 *
 * <ul>
 *   <li>a story whose id went to another (two stories merged) sends its page and its comparison
 *       page to the story now holding most of its reports;</li>
 *   <li>an article whose file was renamed (its address is its file name) sends readers to the
 *       article with the same original address ({@code url});</li>
 *   <li>an actor or place whose page moved (its registry file renamed, or merged into another by an
 *       alias) sends readers to the entity of the same type that has its name, as name or alias;</li>
 *   <li>every redirect the previous site had goes on, to where its target is now;</li>
 *   <li>any other page the previous site's sitemap listed that this build does not write goes
 *       to the nearest page above it that it does (an entity's later page to its first page, a
 *       side-by-side page to its story's comparison).</li>
 * </ul>
 *
 * <p>An address whose content is gone (every report of a story removed, an entity hidden or no
 * longer named, an article deleted) gets no redirect: there is nothing to send readers to, and the 404 page says so.
 * A published path that is not one Briefing could have written is ignored. Linear in the size of
 * the previous site and the archive.
 */
final class Redirects {

    /** A redirect decided: readers of {@code from} are sent to {@code to}, a page this build writes. */
    record Redirect(SitePath from, SitePath to, String title) {
    }

    private final ArchiveIndex index;
    private final Routes routes;

    Redirects(ArchiveIndex index, Routes routes) {
        this.index = index;
        this.routes = routes;
    }

    /** Sorted by the old path; none of them at a path this build writes a page at. */
    List<Redirect> find(PublishedSite published, Set<SitePath> pages) {
        Map<SitePath, Redirect> found = new TreeMap<>();
        for (PublishedStory story : published.stories()) {
            successorOf(story).ifPresent(successor -> {
                SitePath page = Routes.story(successor.id());
                add(found, pages, story.path(), page, successor.title());
                if (story.articles().size() >= 2) {
                    SitePath comparison = Routes.comparison(successor.id());
                    add(found, pages, story.path() + "compare/", pages.contains(comparison) ? comparison : page, successor.title());
                }
            });
        }
        if (!published.articles().isEmpty()) {
            Map<String, CleanArticle> byUrl = new HashMap<>();
            index.articles.forEach(article -> article.url().ifPresent(url -> byUrl.putIfAbsent(url, article)));
            for (PublishedArticle article : published.articles()) {
                Optional.ofNullable(article.url()).map(byUrl::get).ifPresent(successor ->
                        add(found, pages, article.path(), routes.article(successor.id()), successor.headline()));
            }
        }
        Map<String, Entity> byName = entitiesByName();
        for (PublishedEntity entity : published.entities()) {
            successorOf(entity, byName).ifPresent(successor ->
                    add(found, pages, entity.path(), routes.entity(successor.id(), 1), successor.name()));
        }
        Map<SitePath, String> titles = published.redirects().isEmpty() && published.pages().isEmpty() ? Map.of() : titles();
        for (PublishedRedirect redirect : published.redirects()) {
            Optional<SitePath> target = sitePath(redirect.to());
            Optional<SitePath> now = target.filter(pages::contains)
                    .or(() -> target.map(found::get).map(Redirect::to));
            now.ifPresent(to -> add(found, pages, redirect.from(), to, titles.getOrDefault(to, "")));
        }
        for (String page : published.pages()) {
            sitePath(page).filter(path -> path.isPage() && !pages.contains(path) && !found.containsKey(path))
                    .flatMap(path -> nearestOwner(path, pages, found))
                    .ifPresent(to -> add(found, pages, page, to, titles.getOrDefault(to, "")));
        }
        return List.copyOf(found.values());
    }

    /**
     * Where a published page that no API file names and this build does not write (an entity's
     * page 7 of 6, a side-by-side page of a pair no longer shown) now belongs: the nearest page
     * above it that this build writes or redirects, such as the entity's first page or the
     * story's comparison. Never a section's index (two segments at least): a page whose owner is
     * gone too (a story deleted) gets no redirect, as its owner gets none.
     */
    private static Optional<SitePath> nearestOwner(SitePath path, Set<SitePath> pages, Map<SitePath, Redirect> found) {
        String value = path.value();
        for (int end = value.lastIndexOf('/', value.length() - 2); end > 0 && value.substring(0, end).contains("/"); end = value.lastIndexOf('/', end - 1)) {
            SitePath owner = new SitePath(value.substring(0, end + 1));
            if (pages.contains(owner)) {
                return Optional.of(owner);
            }
            if (found.containsKey(owner)) {
                return Optional.of(found.get(owner).to());
            }
        }
        return Optional.empty();
    }

    /** What a redirect's target shows, by its path: a story's headline, an entity's name. */
    private Map<SitePath, String> titles() {
        Map<SitePath, String> titles = new HashMap<>();
        for (Story story : index.stories) {
            titles.put(Routes.story(story.id()), story.title());
            titles.put(Routes.comparison(story.id()), story.title());
        }
        index.entities.forEach(entity -> titles.put(routes.entity(entity.id(), 1), entity.name()));
        index.articles.forEach(article -> titles.put(routes.article(article.id()), article.headline()));
        return titles;
    }

    private static void add(Map<SitePath, Redirect> found, Set<SitePath> pages, String from, SitePath to, String title) {
        sitePath(from).filter(path -> path.isPage() && !pages.contains(path) && !path.equals(to))
                .ifPresent(path -> found.putIfAbsent(path, new Redirect(path, to, title)));
    }

    /** The current story holding most of a published story's reports (ties: the one whose first report is oldest). */
    private Optional<Story> successorOf(PublishedStory story) {
        Map<StoryId, Integer> reports = new HashMap<>();
        Map<StoryId, Story> stories = new HashMap<>();
        for (String article : story.articles()) {
            Story now = index.storyOf.get(new ArticleId(article));
            if (now != null) {
                reports.merge(now.id(), 1, Integer::sum);
                stories.putIfAbsent(now.id(), now);
            }
        }
        return reports.entrySet().stream()
                .max(Comparator.comparingInt((Map.Entry<StoryId, Integer> e) -> e.getValue())
                        .thenComparing(e -> index.articleById.get(stories.get(e.getKey()).articles().get(0)), OLDEST_LAST))
                .map(e -> stories.get(e.getKey()));
    }

    /** {@code max} picks the last: so the oldest report sorts last. */
    private static final Comparator<CleanArticle> OLDEST_LAST = ArchiveIndex.NEWEST_FIRST;

    /** Each type's entities by the key of every name they go by, canonical names before aliases. */
    private Map<String, Entity> entitiesByName() {
        Map<String, Entity> byName = new HashMap<>();
        index.entities.forEach(entity -> byName.putIfAbsent(nameKey(entity.type().key(), entity.name()), entity));
        index.entities.forEach(entity -> entity.aliases().forEach(alias -> byName.putIfAbsent(nameKey(entity.type().key(), alias), entity)));
        return byName;
    }

    private static Optional<Entity> successorOf(PublishedEntity entity, Map<String, Entity> byName) {
        List<String> names = new ArrayList<>();
        names.add(entity.name());
        names.addAll(entity.aliases());
        return names.stream().map(name -> byName.get(nameKey(entity.type(), name))).filter(java.util.Objects::nonNull).findFirst();
    }

    /** Type and folded name; a name with no letters or digits matches nothing. */
    private static String nameKey(String type, String name) {
        if (TextShape.comparisonKey(name).isEmpty()) {
            return type + ":\u0000" + name;
        }
        return type + ":" + TextShape.comparisonKey(name);
    }

    /** A path as the previous site wrote it, if it is one this site could write. */
    private static Optional<SitePath> sitePath(String value) {
        try {
            return Optional.of(new SitePath(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
