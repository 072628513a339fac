package org.briefing.analysis.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.briefing.Archive;
import org.briefing.TestPaths;
import org.briefing.cleaning.CleanArticle;
import org.briefing.cleaning.Cleaner;
import org.briefing.config.BuildPaths;
import org.briefing.config.SiteConfig;
import org.briefing.content.ContentLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Readers cite story URLs, so a story's id must not move when the archive around it changes:
 * unrelated reports added or removed, or a later report joining the story. The archives are the
 * golden Markdown case (two US politics stories, three outlets each) and the five seed articles.
 */
class StoryIdStabilityTest {

    private static final Path MARKDOWN = TestPaths.projectRoot().resolve("src/test/resources/golden/markdown/content/articles");
    private static final Path SEEDS = TestPaths.projectRoot().resolve("src/test/resources/golden/seeds/content/articles");
    /** The latest NAACP report (a raw .txt with a sidecar), published the day after the others. */
    private static final String LATE_REPORT = "2010-07-14-fox-93ba0f89";

    @Test
    void keepsIdsWhenUnrelatedArticlesAreAdded(@TempDir Path temp) throws IOException {
        Map<String, String> before = storyIdsByArticle(archive(temp.resolve("a"), MARKDOWN));
        Map<String, String> after = storyIdsByArticle(archive(temp.resolve("b"), MARKDOWN, SEEDS));
        before.forEach((article, story) -> assertThat(after.get(article)).as(article).isEqualTo(story));
        assertThat(Set.copyOf(after.values())).hasSize(3);
    }

    @Test
    void keepsIdsWhenUnrelatedArticlesAreRemoved(@TempDir Path temp) throws IOException {
        Map<String, String> before = storyIdsByArticle(archive(temp.resolve("a"), MARKDOWN, SEEDS));
        Map<String, String> after = storyIdsByArticle(archive(temp.resolve("b"), MARKDOWN));
        after.forEach((article, story) -> assertThat(story).as(article).isEqualTo(before.get(article)));
    }

    @Test
    void keepsIdWhenALaterReportJoinsTheStory(@TempDir Path temp) throws IOException {
        Path without = archive(temp.resolve("a"), MARKDOWN);
        try (Stream<Path> late = Files.list(without.resolve("articles"))) {
            for (Path file : late.filter(f -> f.getFileName().toString().startsWith(LATE_REPORT)).toList()) {
                Files.delete(file);
            }
        }
        Map<String, String> before = storyIdsByArticle(without);
        Map<String, String> after = storyIdsByArticle(archive(temp.resolve("b"), MARKDOWN));
        assertThat(after.get(LATE_REPORT)).isEqualTo(after.get("2010-07-13-hpo-8824d4fb"));
        before.forEach((article, story) -> assertThat(after.get(article)).as(article).isEqualTo(story));
    }

    @Test
    void givesTheSameIdsOnEveryBuild(@TempDir Path temp) throws IOException {
        Path content = archive(temp.resolve("a"), MARKDOWN, SEEDS);
        assertThat(storyIdsByArticle(content)).isEqualTo(storyIdsByArticle(content));
    }

    /** Story id by article id: a map, so only the stories articles belong to matter. */
    private static Map<String, String> storyIdsByArticle(Path content) {
        BuildPaths paths = new BuildPaths(content, TestPaths.templates(), content.resolveSibling("site"));
        List<CleanArticle> articles = new Cleaner().cleanAll(
                new ContentLoader(SiteConfig.defaults()).loadArticles(paths).articles());
        Map<String, CleanArticle> byId = articles.stream().collect(Collectors.toMap(a -> a.id().value(), Function.identity()));
        return new StoryGrouper().group(articles).stream()
                .flatMap(story -> story.articles().stream().map(id -> Map.entry(id.value(), story.id().value())))
                .filter(entry -> byId.containsKey(entry.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static Path archive(Path root, Path... folders) throws IOException {
        Archive archive = Archive.in(root);
        for (Path folder : folders) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    archive.articleBytes(file.getFileName().toString(), Files.readAllBytes(file));
                }
            }
        }
        return archive.content();
    }
}
