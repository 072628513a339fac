package org.briefing.sitemodel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.briefing.analysis.entities.EntityType;
import org.briefing.analysis.Analysis;
import org.briefing.cleaning.CleanArticle;
import org.briefing.config.SiteConfig;

/**
 * Decides the whole site from the analysed archive: every page with its path and view, the feeds,
 * the sitemap and the JSON API. Pure: the same archive always gives the same model, sorted by
 * path.
 *
 * <pre>{@code
 * SiteModel model = new SiteModelBuilder(config).build(analysis);
 * }</pre>
 */
public final class SiteModelBuilder {

    private final SiteConfig config;

    public SiteModelBuilder(SiteConfig config) {
        this.config = config;
    }

    public SiteModel build(Analysis analysis) {
        List<CleanArticle> articles = analysis.articles();
        ArchiveIndex index = new ArchiveIndex(analysis);
        Routes routes = new Routes(config.baseUrl(), articles, index.entityById);
        DateText dates = new DateText(config.locale(), config.timeZone());
        Cards cards = new Cards(index, routes, dates);
        ComparisonPages comparisons = new ComparisonPages(index, routes, cards);
        StoryPages storyPages = new StoryPages(index, routes, dates, cards, comparisons, config);
        EntityPages entityPages = new EntityPages(index, routes, cards, comparisons, config);
        FeedPages feeds = new FeedPages(index, routes, cards, config);

        List<Page> pages = new ArrayList<>();
        pages.addAll(storyPages.homePages());
        pages.addAll(storyPages.indexPages());
        pages.addAll(storyPages.storyPages());
        pages.addAll(comparisons.pages());
        pages.addAll(new ArticlePages(index, routes, dates, cards).pages());
        EntityIndexPages entityIndexes = new EntityIndexPages(index, routes);
        pages.addAll(entityIndexes.indexPages(EntityType.ACTOR));
        pages.addAll(entityIndexes.indexPages(EntityType.PLACE));
        pages.addAll(entityPages.entityPages());
        pages.addAll(new SourcePages(index, routes, dates, cards).pages());
        pages.add(new ArchivePage(index, routes, dates, cards).page());
        pages.add(new Page(new SitePath("404.html"), new NotFoundView(routes.url(Routes.archive()))));
        pages.add(feeds.siteFeed(storyPages.latestFirst()));
        index.entities.forEach(entity -> pages.add(feeds.entityFeed(entity)));
        pages.add(new Page(new SitePath("sitemap.xml"), new SitemapView(pages.stream()
                .map(Page::path).filter(SitePath::isPage).sorted().map(routes::absoluteUrl).toList())));
        pages.add(new Page(new SitePath("robots.txt"), new RobotsView(routes.absoluteUrl(new SitePath("sitemap.xml")))));
        pages.sort(Comparator.comparing(Page::path));

        List<DataFile> data = new ArrayList<>(new ApiFiles(index, routes, dates).files());
        data.addAll(comparisons.apiFiles());
        data.sort(Comparator.comparing(DataFile::path));
        return new SiteModel(siteView(routes), pages, data,
                List.of(new SiteModel.TextFile(new SitePath(".nojekyll"), "")));
    }

    private SiteView siteView(Routes routes) {
        List<LinkView> navigation = List.of(
                new LinkView("Stories", routes.url(SitePath.ROOT), "", "home"),
                new LinkView("Actors", routes.url(Routes.entityIndex("actors", 1)), "", "actors"),
                new LinkView("Places", routes.url(Routes.entityIndex("places", 1)), "", "places"),
                new LinkView("Sources", routes.url(Routes.sources()), "", "sources"),
                new LinkView("Archive", routes.url(Routes.archive()), "", "archive"));
        return new SiteView(config.title(), config.description(), config.languageTag(), routes.url(SitePath.ROOT),
                routes.url(SitePath.page("assets")), routes.url(Routes.feed()), navigation);
    }
}
