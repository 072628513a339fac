package org.briefing.sitemodel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.time.Clock;
import org.briefing.analysis.entities.EntityType;
import org.briefing.analysis.Analysis;
import org.briefing.cleaning.CleanArticle;
import org.briefing.config.SiteConfig;
import org.briefing.search.SearchIndex;
import org.briefing.search.SearchIndexer;
import org.briefing.published.PublishedSite;

/**
 * Decides the whole site from the analysed archive: every page with its path and view, the feeds,
 * the sitemap, the JSON API, and redirect pages at the addresses the previous site had and this
 * one moved. Pure: the same archive and previous site always give the same model, sorted by path
 * (the clock is read only for a feed entry that changed without a newer report).
 *
 * <pre>{@code
 * SiteModel model = new SiteModelBuilder(config).build(analysis);
 * }</pre>
 */
public final class SiteModelBuilder {

    private final SiteConfig config;
    private final PublishedSite published;
    private final Clock clock;

    /** A builder for a first build: no previous site, so no redirects and every feed time from the content. */
    public SiteModelBuilder(SiteConfig config) {
        this(config, PublishedSite.NONE, Clock.systemUTC());
    }

    /**
     * A builder that leaves a redirect at each address {@code published} had and this site moved
     * ({@link Redirects}), and keeps each unchanged feed entry's time ({@link EntryTimes}).
     *
     * @param clock the time of this build, given to a feed entry that changed without a newer report
     */
    public SiteModelBuilder(SiteConfig config, PublishedSite published, Clock clock) {
        this.config = config;
        this.published = published;
        this.clock = clock;
    }

    public SiteModel build(Analysis analysis) {
        List<CleanArticle> articles = analysis.articles();
        ArchiveIndex index = new ArchiveIndex(analysis);
        Routes routes = new Routes(config.baseUrl(), articles, index.entityById);
        DateText dates = new DateText(config.locale(), config.timeZone());
        Cards cards = new Cards(index, routes, dates);
        StoryPages storyPages = new StoryPages(index, routes, dates, cards, config);
        EntityPages entityPages = new EntityPages(index, routes, cards, config);
        EntryTimes times = new EntryTimes(index, published, config.timeZone(), clock);
        FeedPages feeds = new FeedPages(index, routes, cards, config, times);

        List<Page> pages = new ArrayList<>();
        pages.addAll(storyPages.homePages());
        pages.addAll(storyPages.indexPages());
        pages.addAll(storyPages.storyPages());
        pages.addAll(new ComparisonPages(index, routes, cards).pages());
        pages.addAll(new PairPages(index, routes, cards).pages());
        pages.addAll(new ArticlePages(index, routes, dates, cards, config.locale()).pages());
        EntityIndexPages entityIndexes = new EntityIndexPages(index, routes);
        pages.addAll(entityIndexes.indexPages(EntityType.ACTOR));
        pages.addAll(entityIndexes.indexPages(EntityType.PLACE));
        pages.addAll(entityPages.entityPages());
        pages.addAll(new SourcePages(index, routes, dates, cards).pages());
        pages.addAll(new ArchivePages(index, routes, dates, cards).pages());
        pages.add(new Page(new SitePath("404.html"), new NotFoundView(routes.url(Routes.archive()))));
        pages.add(new Page(Routes.search(), new SearchView(routes.url(new SitePath(SearchIndexer.FOLDER)),
                routes.url(Routes.archive()), routes.url(Routes.storyIndex(1)), routes.url(Routes.entityIndex("actors", 1)),
                routes.url(Routes.entityIndex("places", 1)), routes.url(Routes.sources()))));
        pages.add(feeds.siteFeed(storyPages.latestFirst()));
        index.entities.forEach(entity -> pages.add(feeds.entityFeed(entity)));
        pages.add(new Page(new SitePath("sitemap.xml"), new SitemapView(pages.stream()
                .map(Page::path).filter(SitePath::isPage).sorted().map(routes::absoluteUrl).toList())));
        pages.add(new Page(new SitePath("robots.txt"), new RobotsView(routes.absoluteUrl(new SitePath("sitemap.xml")))));
        // After the sitemap, which lists only pages with content of their own.
        List<Redirects.Redirect> redirects = new Redirects(index, routes).find(published,
                pages.stream().map(Page::path).collect(Collectors.toSet()));
        redirects.forEach(redirect -> pages.add(new Page(redirect.from(), new RedirectView(redirect.title(),
                routes.url(redirect.to()), routes.absoluteUrl(redirect.to())))));
        pages.sort(Comparator.comparing(Page::path));

        List<DataFile> data = new ArrayList<>(new ApiFiles(index, routes, dates, times).files(redirects));
        data.sort(Comparator.comparing(DataFile::path));
        SearchIndex search = new SearchIndexer().index(new SearchDocuments(index, routes, dates).documents());
        List<SiteModel.BinaryFile> files = search.files().stream()
                .map(file -> new SiteModel.BinaryFile(new SitePath(file.path()), file.bytesMaker())).toList();
        return new SiteModel(siteView(routes), pages, data,
                List.of(new SiteModel.TextFile(new SitePath(".nojekyll"), "")), files);
    }

    private SiteView siteView(Routes routes) {
        List<LinkView> navigation = List.of(
                new LinkView("Stories", routes.url(SitePath.ROOT), "", "home"),
                new LinkView("Actors", routes.url(Routes.entityIndex("actors", 1)), "", "actors"),
                new LinkView("Places", routes.url(Routes.entityIndex("places", 1)), "", "places"),
                new LinkView("Sources", routes.url(Routes.sources()), "", "sources"),
                new LinkView("Archive", routes.url(Routes.archive()), "", "archive"));
        return new SiteView(config.title(), config.description(), config.languageTag(), routes.url(SitePath.ROOT),
                routes.url(SitePath.page("assets")), routes.url(Routes.feed()), routes.url(Routes.search()), navigation);
    }
}
