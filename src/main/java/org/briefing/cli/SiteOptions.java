package org.briefing.cli;

import java.nio.file.Path;
import org.briefing.config.BaseUrl;
import org.briefing.config.BuildPaths;
import org.briefing.config.ConfigLoader;
import org.briefing.config.SiteConfig;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The folders and settings every command that builds shares. */
final class SiteOptions {

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "The archive to build: articles/, and optionally site.yml (default: ${DEFAULT-VALUE}).")
    Path content;

    @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates",
            description = "Templates and static assets (default: ${DEFAULT-VALUE}).")
    Path templates;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "site",
            description = "Where the site is written; replaced as a whole (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--base-url", paramLabel = "PATH", converter = BaseUrlConverter.class,
            description = "Where the site is served, e.g. /briefing/ or https://user.github.io/briefing/; overrides base_url in site.yml. Empty means: as site.yml says (default: /).")
    BaseUrl baseUrl;

    @Option(names = "--drafts", description = "Include articles marked draft: true.")
    boolean drafts;

    @Option(names = "--skip-bad-articles",
            description = "Build without an article file that has errors (each reported as a warning) instead of stopping.")
    boolean skipBadArticles;

    BuildPaths paths() {
        return new BuildPaths(content, templates, out);
    }

    SiteConfig config() {
        BuildPaths paths = paths();
        SiteConfig config = new ConfigLoader().load(paths).withIncludeDrafts(drafts).withSkipBadArticles(skipBadArticles);
        return baseUrl == null ? config : config.withBaseUrl(baseUrl);
    }

    /**
     * Reads {@code --base-url} while the command line is parsed, so a bad value is a usage error
     * (exit code 2, with the usage), like any other bad option value.
     */
    static final class BaseUrlConverter implements ITypeConverter<BaseUrl> {
        @Override
        public BaseUrl convert(String value) {
            // Maven passes --base-url= when -Dbriefing.baseUrl is not set: then site.yml decides.
            if (value.isBlank()) {
                return null;
            }
            try {
                return BaseUrl.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
