package org.briefing;

import java.nio.file.Path;
import java.util.List;
import org.briefing.analysis.entities.EntityRecognizer;
import org.briefing.analysis.entities.RecognizedEntities;
import org.briefing.cleaning.CleanArticle;
import org.briefing.cleaning.Cleaner;
import org.briefing.config.BuildPaths;
import org.briefing.config.SiteConfig;
import org.briefing.content.ContentLoader;

/**
 * The five seed articles as the golden case holds them, loaded and cleaned, and the actors and
 * places recognised in them: what the analysis tests read.
 */
public final class SeedArchive {

    private SeedArchive() {
    }

    /** The golden case's copy of the seeds, so analysis tests and golden files read the same text. */
    public static Path content() {
        return TestPaths.projectRoot().resolve("src/test/resources/golden/seeds/content");
    }

    public static List<CleanArticle> cleanArticles() {
        Path content = content();
        BuildPaths paths = new BuildPaths(content, TestPaths.templates(), content.resolveSibling("unused-site"));
        return new Cleaner().cleanAll(new ContentLoader(SiteConfig.defaults()).loadArticles(paths).articles());
    }

    public static RecognizedEntities recognize(List<CleanArticle> articles) {
        return new EntityRecognizer().recognize(articles);
    }
}
