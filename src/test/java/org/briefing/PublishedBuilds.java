package org.briefing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.briefing.config.BaseUrl;
import org.briefing.config.BuildPaths;
import org.briefing.config.ConfigLoader;
import org.briefing.config.SiteConfig;
import org.briefing.problems.Problem;

/**
 * Test support for builds that follow a published one: builds an archive into a folder, optionally
 * reading a previous build's folder as {@code build --previous} does, and reads back what the
 * site's API says.
 */
public final class PublishedBuilds {

    /** The time every test build runs at, so a feed time taken from the clock is known. */
    public static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");

    private static final ObjectMapper JSON = new ObjectMapper();

    private PublishedBuilds() {
    }

    /** A written site and the warnings its build gave. */
    public record Site(Path folder, List<Problem> warnings) {

        public SitePages pages() {
            return new SitePages(folder);
        }

        /** The id of the story holding {@code article}, from {@code api/stories.json}. */
        public String storyOf(String article) {
            for (JsonNode story : api("stories.json")) {
                for (JsonNode id : story.path("articles")) {
                    if (id.asText().equals(article)) {
                        return story.path("id").asText();
                    }
                }
            }
            throw new AssertionError(article + " is in no story of " + folder);
        }

        public List<String> storyIds() {
            List<String> ids = new ArrayList<>();
            api("stories.json").forEach(story -> ids.add(story.path("id").asText()));
            return ids;
        }

        /** {@code api/redirects.json} as old path to new path. */
        public Map<String, String> redirects() {
            Map<String, String> redirects = new TreeMap<>();
            api("redirects.json").forEach(redirect -> redirects.put(redirect.path("from").asText(), redirect.path("to").asText()));
            return redirects;
        }

        public boolean has(String file) {
            return Files.isRegularFile(folder.resolve(file));
        }

        public JsonNode api(String file) {
            try {
                return JSON.readTree(folder.resolve("api").resolve(file).toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Builds {@code content} at {@code base} into {@code out}, after the site in {@code previous} if given. */
    public static Site build(Path content, Path out, String base, Optional<String> previous) {
        BuildPaths paths = new BuildPaths(content, TestPaths.templates(), out);
        SiteConfig config = new ConfigLoader().load(paths).withBaseUrl(BaseUrl.parse(base));
        SiteBuilder.Build build = new SiteBuilder(config, paths).withPrevious(previous, Clock.fixed(NOW, ZoneOffset.UTC)).build();
        return new Site(out, build.warnings());
    }

    public static Site build(Path content, Path out, String base, Site previous) {
        return build(content, out, base, Optional.of(previous.folder().toString()));
    }

    /** Copies each file of {@code folders} into {@code content/articles/} of a new archive in {@code root}. */
    public static Archive archiveOf(Path root, Path... folders) {
        Archive archive = Archive.in(root);
        for (Path folder : folders) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.sorted().toList()) {
                    archive.articleBytes(file.getFileName().toString(), Files.readAllBytes(file));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return archive;
    }
}
