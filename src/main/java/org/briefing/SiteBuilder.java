package org.briefing;

import java.util.List;
import java.util.stream.Stream;
import org.briefing.analysis.Analyser;
import org.briefing.analysis.Analysis;
import org.briefing.cleaning.CleanArticle;
import org.briefing.cleaning.Cleaner;
import org.briefing.config.BuildPaths;
import org.briefing.config.SiteConfig;
import org.briefing.content.ContentLoader;
import org.briefing.content.LoadedArchive;
import org.briefing.content.RegistryEntry;
import org.briefing.content.RegistryLoader;
import org.briefing.output.SiteWriter;
import org.briefing.problems.Problem;
import org.briefing.render.RenderedPage;
import org.briefing.render.SiteRenderer;
import org.briefing.sitemodel.SiteModel;
import org.briefing.sitemodel.SiteModelBuilder;

/**
 * The build, stage by stage: load, clean, analyse, model, render, write. Each stage's result is a
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

    public SiteBuilder(SiteConfig config, BuildPaths paths) {
        this.config = config;
        this.paths = paths;
    }

    /** What a build made, with the warnings met on the way. */
    public record Build(int articles, int stories, int entities, SiteWriter.Written written, List<Problem> warnings) {
    }

    /** Everything before writing: the rendered site, and the analysis it shows. */
    public record Rendered(Analysis analysis, List<RenderedPage> pages, List<Problem> warnings) {
    }

    public Build build() {
        SiteWriter writer = new SiteWriter();
        writer.checkTarget(paths);
        Rendered site = render();
        SiteWriter.Written written = writer.write(site.pages(), paths);
        Analysis analysis = site.analysis();
        return new Build(analysis.articles().size(), analysis.stories().size(), analysis.entities().entities().size(),
                written, site.warnings());
    }

    /** Every stage but writing; {@code check} and the tests use it to look at a site without writing it. */
    public Rendered render() {
        LoadedArchive archive = new ContentLoader(config).loadArticles(paths);
        List<RegistryEntry> registry = new RegistryLoader(config).loadRegistry(paths);
        List<CleanArticle> articles = new Cleaner().cleanAll(archive.articles());
        Analysis analysis = new Analyser().analyse(articles, registry);
        SiteModel model = new SiteModelBuilder(config).build(analysis);
        List<RenderedPage> pages = new SiteRenderer(paths.templates()).render(model);
        return new Rendered(analysis, pages, Stream.concat(archive.warnings().stream(), analysis.warnings().stream()).toList());
    }
}
