package org.briefing.cli;

import java.nio.file.Path;
import org.briefing.config.BaseUrl;
import org.briefing.config.BuildPaths;
import org.briefing.config.ConfigLoader;
import org.briefing.config.SiteConfig;
import org.briefing.problems.Problem;
import org.briefing.problems.ProblemsFound;
import picocli.CommandLine.Option;

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

    @Option(names = "--base-url", paramLabel = "PATH",
            description = "Where the site is served, e.g. /briefing/ or https://user.github.io/briefing/; overrides base_url in site.yml. Empty means: as site.yml says (default: /).")
    String baseUrl;

    @Option(names = "--drafts", description = "Include articles marked draft: true.")
    boolean drafts;

    BuildPaths paths() {
        return new BuildPaths(content, templates, out);
    }

    SiteConfig config() {
        BuildPaths paths = paths();
        SiteConfig config = new ConfigLoader().load(paths).withIncludeDrafts(drafts);
        if (baseUrl != null && !baseUrl.isBlank()) {
            try {
                config = config.withBaseUrl(BaseUrl.parse(baseUrl));
            } catch (IllegalArgumentException e) {
                throw ProblemsFound.of(Problem.error("", 0, "--base-url " + e.getMessage() + ".",
                        "Use a path such as --base-url /briefing/."));
            }
        }
        return config;
    }
}
