package org.briefing.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import org.briefing.Cli;
import org.briefing.TestPaths;
import java.util.List;
import org.briefing.cleaning.CleanArticle;
import org.briefing.cleaning.Cleaner;
import org.briefing.config.BuildPaths;
import org.briefing.config.ConfigLoader;
import org.briefing.config.SiteConfig;
import org.briefing.content.ContentLoader;
import org.briefing.content.LoadedArchive;
import org.briefing.site.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A warm build reads only what changed, and is the same as a cold one; a bad cache is never trusted. */
class ArticleCacheTest {

    @TempDir
    Path temp;
    Path content;
    Path cacheFolder;
    BuildPaths paths;
    SiteConfig config;

    @BeforeEach
    void copySeeds() {
        content = TestSites.copyTree(TestSites.seeds(), temp.resolve("content"));
        cacheFolder = temp.resolve("cache");
        paths = new BuildPaths(content, TestPaths.templates(), temp.resolve("site"));
        config = new ConfigLoader().load(paths);
    }

    private LoadedArchive loadWith(ArticleCache cache) throws IOException {
        LoadedArchive archive = new ContentLoader(config, cache).loadArticles(paths);
        cache.save();
        return archive;
    }

    @Test
    void readsNoUnchangedArticleAgainAndGivesTheSameArticles() throws IOException {
        LoadedArchive cold = new ContentLoader(config).loadArticles(paths);
        loadWith(ArticleCache.open(cacheFolder));

        ArticleCache warm = ArticleCache.open(cacheFolder);
        LoadedArchive remembered = loadWith(warm);

        assertThat(warm.trusted()).isTrue();
        assertThat(warm.hits()).isEqualTo(cold.articles().size());
        assertThat(remembered).isEqualTo(cold);
    }

    @Test
    void cleansNoUnchangedArticleAgainAndGivesTheSameCleanArticles() throws IOException {
        Cleaner cleaner = new Cleaner();
        List<CleanArticle> cold = cleaner.cleanAll(new ContentLoader(config).loadArticles(paths).articles());
        ArticleCache first = ArticleCache.open(cacheFolder);
        cleaner.cleanAll(new ContentLoader(config, first).loadArticles(paths).articles(), first.cleaned());
        first.save();

        ArticleCache warm = ArticleCache.open(cacheFolder);
        List<CleanArticle> remembered = cleaner.cleanAll(new ContentLoader(config, warm).loadArticles(paths).articles(),
                warm.cleaned());

        assertThat(warm.cleanHits()).isEqualTo(cold.size());
        assertThat(remembered).isEqualTo(cold);
    }

    @Test
    void readsAChangedArticleAgain() throws IOException {
        loadWith(ArticleCache.open(cacheFolder));
        Path changed;
        try (var files = Files.list(content.resolve("articles"))) {
            changed = files.filter(f -> f.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
        }
        Files.writeString(changed, Files.readString(changed) + "\nA paragraph added after the first build.\n");

        ArticleCache warm = ArticleCache.open(cacheFolder);
        LoadedArchive archive = loadWith(warm);

        assertThat(warm.hits()).isEqualTo(archive.articles().size() - 1);
        assertThat(archive).isEqualTo(new ContentLoader(config).loadArticles(paths));
    }

    @Test
    void ignoresACorruptCacheAndReadsEverything() throws IOException {
        loadWith(ArticleCache.open(cacheFolder));
        Path file = cacheFolder.resolve(ArticleCache.FILE);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x5A;
        Files.write(file, bytes);

        ArticleCache opened = ArticleCache.open(cacheFolder);
        LoadedArchive archive = loadWith(opened);

        assertThat(opened.trusted()).isFalse();
        assertThat(opened.hits()).isZero();
        assertThat(archive).isEqualTo(new ContentLoader(config).loadArticles(paths));
        assertThat(ArticleCache.open(cacheFolder).trusted()).as("the next save replaced it").isTrue();
    }

    @Test
    void ignoresATruncatedCache() throws IOException {
        loadWith(ArticleCache.open(cacheFolder));
        Path file = cacheFolder.resolve(ArticleCache.FILE);
        Files.write(file, java.util.Arrays.copyOf(Files.readAllBytes(file), 40));

        assertThat(ArticleCache.open(cacheFolder).trusted()).isFalse();
    }

    @Test
    void aWarmBuildWritesTheSameSiteAsAColdOne() {
        Path cold = temp.resolve("cold");
        Path warm = temp.resolve("warm");
        String cache = cacheFolder.toString();
        assertThat(Cli.run("build", "--content", content.toString(), "--templates", TestPaths.templates().toString(),
                "--out", cold.toString(), "--no-cache").exitCode()).isZero();
        for (Path out : new Path[] {warm, warm}) {
            Cli run = Cli.run("build", "--content", content.toString(), "--templates", TestPaths.templates().toString(),
                    "--out", out.toString(), "--cache", cache);
            assertThat(run.exitCode()).as(run.err()).isZero();
        }

        SortedMap<String, String> coldSite = TestSites.fingerprint(cold);
        assertThat(TestSites.fingerprint(warm)).isEqualTo(coldSite);
        assertThat(cacheFolder.resolve(ArticleCache.FILE)).isRegularFile();
        assertThat(temp.resolve(".briefing")).as("--no-cache keeps nothing").doesNotExist();
    }
}
