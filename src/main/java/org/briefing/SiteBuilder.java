package org.briefing;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.briefing.cache.ArticleCache;
import org.briefing.analysis.Analyser;
import org.briefing.analysis.Analysis;
import org.briefing.analysis.entities.EntityRecognizer;
import org.briefing.cleaning.CleanArticle;
import org.briefing.cleaning.CleanCache;
import org.briefing.cleaning.Cleaner;
import org.briefing.config.BuildPaths;
import org.briefing.config.SiteConfig;
import org.briefing.content.ContentLoader;
import org.briefing.content.LoadedArchive;
import org.briefing.content.ReadCache;
import org.briefing.content.LoadedRegistry;
import org.briefing.content.RegistryLoader;
import org.briefing.output.SiteWriter;
import org.briefing.problems.Problem;
import org.briefing.progress.Progress;
import org.briefing.published.PublishedSite;
import org.briefing.published.PublishedSiteReader;
import org.briefing.render.RenderedPage;
import org.briefing.render.SiteRenderer;
import org.briefing.sitemodel.SiteModel;
import org.briefing.sitemodel.SiteModelBuilder;
import org.briefing.cleaning.OutletResolver;
import org.briefing.content.SourcesLoader;
import org.briefing.content.OutletRegistry;

/**
 * The build, stage by stage: what was published before (when asked), load, clean, analyse, model,
 * render, write. Each stage's result is a
 * value passed to the next. A stage that finds errors throws
 * {@link org.briefing.problems.ProblemsFound} with all of them, and nothing is written.
 *
 * <pre>{@code
 * Build build = new SiteBuilder(config, paths).build();
 * }</pre>
 */
public final class SiteBuilder {

    private final SiteConfig config;
    private final BuildPaths paths;
    private final Progress progress;
    private final Optional<Path> cacheFolder;
    private final Optional<String> previous;
    private final Clock clock;

    public SiteBuilder(SiteConfig config, BuildPaths paths) {
        this(config, paths, Progress.NONE, Optional.empty());
    }

    /**
     * A builder that reports each stage to {@code progress} and, given a cache folder, reads again
     * only the articles that changed since the build that last used it.
     */
    public SiteBuilder(SiteConfig config, BuildPaths paths, Progress progress, Optional<Path> cacheFolder) {
        this.config = config;
        this.paths = paths;
        this.progress = progress;
        this.cacheFolder = cacheFolder;
        this.previous = Optional.empty();
        this.clock = Clock.systemUTC();
    }

    private SiteBuilder(SiteBuilder builder, Optional<String> previous, Clock clock) {
        this.config = builder.config;
        this.paths = builder.paths;
        this.progress = builder.progress;
        this.cacheFolder = builder.cacheFolder;
        this.previous = previous;
        this.clock = clock;
    }

    /**
     * This builder, reading first what the previous build published at {@code location} (a
     * folder or the live site's address) so that every address it had keeps working: story ids
     * are kept, and moved pages leave redirects. A previous site that cannot be read is a warning.
     *
     * @param clock the build's time, for feed entries that changed without a newer report
     */
    public SiteBuilder withPrevious(Optional<String> location, Clock clock) {
        return new SiteBuilder(this, location, clock);
    }

    /** What a build made, with the warnings met on the way. */
    public record Build(int articles, int stories, int entities, SiteWriter.Written written, List<Problem> warnings) {
    }

    /** Everything before writing: the rendered site, and the analysis it shows. */
    public record Rendered(Analysis analysis, List<RenderedPage> pages, List<Problem> warnings) {
    }

    public Build build() {
        // Opened first: it refuses a bad --out, locks out a second build into the same folder and
        // mends what a killed build left, before any work is done.
        try (SiteWriter.Staging staging = new SiteWriter().open(paths)) {
            // Made before the analysis, so a missing templates folder is found in a moment, not
            // after minutes of work on a large archive.
            SiteRenderer renderer = renderer();
            Optional<ArticleCache> cache = cacheFolder.map(ArticleCache::open);
            Modelled site = cache.isPresent() ? model(cache.get(), cache.get().cleaned()) : model(ReadCache.NONE, CleanCache.NONE);
            progress.run("render and write", SiteRenderer.fileCount(site.model()), () -> {
                renderer.render(site.model(), staging::write, progress);
                return null;
            });
            SiteWriter.Written written = progress.run("swap in", 0, staging::commit);
            List<Problem> warnings = new ArrayList<>(site.warnings());
            cache.ifPresent(used -> saveCache(used, warnings));
            Analysis analysis = site.analysis();
            return new Build(analysis.articles().size(), analysis.stories().size(),
                    analysis.entities().entities().size(), written, warnings);
        }
    }

    /** A cache that cannot be written costs the next build time, not this build its site. */
    private void saveCache(ArticleCache cache, List<Problem> warnings) {
        Path folder = cacheFolder.orElseThrow();
        try {
            cache.save();
        } catch (IOException e) {
            warnings.add(Problem.warning(paths.display(folder), 0, "could not be written (" + e.getMessage()
                    + "); the next build reads every article again.", "Check the folder's permissions, or pass --no-cache."));
        }
    }

    /** Every stage but writing; {@code check} and the tests use it to look at a site without writing it. */
    public Rendered render() {
        SiteRenderer renderer = renderer();
        Modelled site = model(ReadCache.NONE, CleanCache.NONE);
        return new Rendered(site.analysis(), renderer.render(site.model()), site.warnings());
    }

    /** The site decided but not rendered, with the analysis it shows. */
    private record Modelled(Analysis analysis, SiteModel model, List<Problem> warnings) {
    }

    private Modelled model(ReadCache cache, CleanCache cleaned) {
        EntityRecognizer.preload();
        PublishedSiteReader.Read published = previous.map(location -> progress.run("previous site", 0,
                () -> new PublishedSiteReader().read(location))).orElse(new PublishedSiteReader.Read(PublishedSite.NONE, List.of()));
        LoadedArchive archive = progress.run("load", 0, () -> new ContentLoader(config, cache).loadArticles(paths));
        LoadedRegistry registry = progress.run("registry", 0, () -> new RegistryLoader(config).loadRegistry(paths));
        OutletRegistry outlets = progress.run("sources", 0, () -> new SourcesLoader().loadOutlets(paths));
        List<CleanArticle> articles = progress.run("clean", archive.articles().size(),
                () -> new OutletResolver(outlets).resolveAll(new Cleaner().cleanAll(archive.articles(), cleaned)));
        Analysis analysis = new Analyser(published.site()).analyse(articles, registry.entries(), progress);
        SiteModel model = progress.run("site model", 0, () -> new SiteModelBuilder(config, published.site(), clock).build(analysis));
        return new Modelled(analysis, model, Stream.of(published.warnings(), archive.warnings(), registry.warnings(),
                analysis.warnings()).flatMap(List::stream).toList());
    }

    private SiteRenderer renderer() {
        return new SiteRenderer(paths.templates());
    }
}
