package org.briefing.sitemodel;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.briefing.analysis.entities.Entity;
import org.briefing.analysis.entities.EntityId;
import org.briefing.analysis.entities.EntityType;
import org.briefing.analysis.stories.StoryId;
import org.briefing.analysis.text.Slugs;
import org.briefing.cleaning.CleanArticle;
import org.briefing.config.BaseUrl;
import org.briefing.content.ArticleId;
import org.briefing.content.Outlet;

/**
 * The site's URL scheme, in one place: where each kind of page lives and the slugs of articles
 * and outlets. Slugs that would collide (two ids that differ only in case, two outlet names that
 * fold to the same words) get {@code -2}, {@code -3}… in sorted order, so they are stable.
 */
final class Routes {

    static final String ARTICLES = "articles";
    static final String STORIES = "stories";
    static final String SOURCES = "sources";
    static final String ARCHIVE = "archive";
    static final String API = "api";

    private final BaseUrl base;
    private final Map<ArticleId, String> articleSlugs;
    private final Map<Outlet, String> sourceSlugs;
    private final Map<EntityId, Entity> entities;

    Routes(BaseUrl base, List<CleanArticle> articles, Map<EntityId, Entity> entities) {
        this.base = base;
        this.entities = entities;
        this.articleSlugs = new HashMap<>();
        Set<String> used = new HashSet<>();
        for (CleanArticle article : articles) {
            articleSlugs.put(article.id(), unique(Slugs.idSegment(article.id().value(), "article"), used));
        }
        this.sourceSlugs = new HashMap<>();
        Set<String> usedSources = new HashSet<>();
        TreeSet<Outlet> outlets = new TreeSet<>();
        articles.forEach(article -> article.source().ifPresent(outlets::add));
        for (Outlet outlet : outlets) {
            sourceSlugs.put(outlet, unique(Slugs.slugify(outlet.name(), "source"), usedSources));
        }
    }

    private static String unique(String slug, Set<String> used) {
        String candidate = slug;
        for (int n = 2; !used.add(candidate); n++) {
            candidate = slug + "-" + n;
        }
        return candidate;
    }

    String url(SitePath path) {
        return base.link(path.value());
    }

    String absoluteUrl(SitePath path) {
        return base.absolute(path.value());
    }

    BaseUrl base() {
        return base;
    }

    static SitePath homePage(int number) {
        return number == 1 ? SitePath.ROOT : SitePath.page("page", Integer.toString(number));
    }

    SitePath article(ArticleId id) {
        return SitePath.page(ARTICLES, articleSlugs.get(id));
    }

    static SitePath storyIndex(int number) {
        return number == 1 ? SitePath.page(STORIES) : SitePath.page(STORIES, "page", Integer.toString(number));
    }

    static SitePath story(StoryId id) {
        return SitePath.page(STORIES, id.value());
    }

    static SitePath comparison(StoryId id) {
        return SitePath.page(STORIES, id.value(), "compare");
    }

    /** A compared story's comparison in the JSON API. */
    static SitePath comparisonData(StoryId id) {
        return api("compare/" + id.value() + ".json");
    }

    /** The side-by-side page of two reports of a story, in the story's order. */
    SitePath pair(StoryId id, ArticleId first, ArticleId second) {
        // One folder per report: article slugs never hold a '/', so no two pairs share a path
        // (with "a--b" joined in one name, a + b--c and a--b + c collided).
        return SitePath.page(STORIES, id.value(), "compare", articleSlugs.get(first), articleSlugs.get(second));
    }

    static SitePath entityIndex(String typeFolder, int number) {
        return number == 1 ? SitePath.page(typeFolder) : SitePath.page(typeFolder, "page", Integer.toString(number));
    }

    /** The index of one kind of entity ({@code actors/kind/person/}), page {@code number}. */
    static SitePath entityKindIndex(String typeFolder, String kind, int number) {
        return number == 1 ? SitePath.page(typeFolder, "kind", kind) : SitePath.page(typeFolder, "kind", kind, "page", Integer.toString(number));
    }

    /** The index of the entities whose names begin with one initial ({@code actors/initial/b/}). */
    static SitePath entityInitialIndex(String typeFolder, String initial, int number) {
        return number == 1 ? SitePath.page(typeFolder, "initial", initial)
                : SitePath.page(typeFolder, "initial", initial, "page", Integer.toString(number));
    }

    SitePath entity(EntityId id, int number) {
        String folder = folderOf(entities.get(id));
        return number == 1 ? SitePath.page(folder, id.value()) : SitePath.page(folder, id.value(), "page", Integer.toString(number));
    }

    SitePath entityFeed(EntityId id) {
        return new SitePath(folderOf(entities.get(id)) + "/" + id.value() + "/feed.xml");
    }

    static String folderOf(Entity entity) {
        return folderOf(entity.type());
    }

    static String folderOf(EntityType type) {
        return type.key() + "s";
    }

    SitePath source(Outlet outlet) {
        return SitePath.page(SOURCES, sourceSlugs.get(outlet));
    }

    static SitePath sources() {
        return SitePath.page(SOURCES);
    }

    static SitePath archive() {
        return SitePath.page(ARCHIVE);
    }

    /** The archive's page of one month's reports, e.g. {@code archive/2024/12/}. */
    static SitePath archiveMonth(java.time.YearMonth month) {
        return SitePath.page(ARCHIVE, String.format(java.util.Locale.ROOT, "%04d", month.getYear()),
                String.format(java.util.Locale.ROOT, "%02d", month.getMonthValue()));
    }

    /** The archive's page of the reports no one dated. */
    static SitePath archiveUndated() {
        return SitePath.page(ARCHIVE, "undated");
    }

    static SitePath search() {
        return SitePath.page("search");
    }

    static SitePath feed() {
        return new SitePath("feed.xml");
    }

    static SitePath api(String file) {
        return new SitePath(API + "/" + file);
    }
}
