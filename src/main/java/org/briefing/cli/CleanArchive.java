package org.briefing.cli;

import java.nio.file.Path;
import java.util.List;
import org.briefing.analysis.entities.EntityRecognizer;
import org.briefing.analysis.entities.RecognizedEntities;
import org.briefing.cleaning.CleanArticle;
import org.briefing.cleaning.Cleaner;
import org.briefing.config.BuildPaths;
import org.briefing.config.ConfigLoader;
import org.briefing.config.SiteConfig;
import org.briefing.content.ContentLoader;
import org.briefing.content.RegistryEntry;
import org.briefing.content.RegistryLoader;
import org.briefing.cleaning.OutletResolver;
import org.briefing.content.SourcesLoader;

/**
 * An archive read as a build reads it, for the commands that measure (eval-*, bench): loaded,
 * cleaned, with the editor's registry of actors and places.
 */
record CleanArchive(List<CleanArticle> articles, List<RegistryEntry> registry) {

    CleanArchive {
        articles = List.copyOf(articles);
        registry = List.copyOf(registry);
    }

    static CleanArchive read(Path content) {
        BuildPaths paths = new BuildPaths(content, Path.of("templates"), Path.of("site"));
        SiteConfig config = new ConfigLoader().load(paths);
        List<CleanArticle> articles = new OutletResolver(new SourcesLoader().loadOutlets(paths))
                .resolveAll(new Cleaner().cleanAll(new ContentLoader(config).loadArticles(paths).articles()));
        return new CleanArchive(articles, new RegistryLoader(config).loadRegistry(paths).entries());
    }

    /** Actors and places, recognised as in a build. */
    RecognizedEntities recognize() {
        return new EntityRecognizer(registry).recognize(articles);
    }
}
