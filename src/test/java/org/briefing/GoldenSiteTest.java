package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.briefing.config.BuildPaths;
import org.briefing.config.ConfigLoader;
import org.briefing.config.SiteConfig;
import org.briefing.render.RenderedPage;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whole-pipeline golden tests: each folder under {@code src/test/resources/golden/} holds
 * {@code content/} (a handful of real articles) and {@code expected/} (every file the build
 * generates, static assets aside). The test builds the content and compares the file set and
 * each file's text exactly.
 *
 * <p>After an intended change, regenerate with {@code mvn test -Dtest=GoldenSiteTest
 * -Dgolden.update=true} and review the git diff of {@code expected/} as you would code.
 */
class GoldenSiteTest {

    private static final Path GOLDEN = TestPaths.projectRoot().resolve("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> folders = Files.list(GOLDEN)) {
            return folders.filter(Files::isDirectory).map(f -> f.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void buildsTheExpectedSite(String name, @TempDir Path temp) throws IOException {
        Path folder = GOLDEN.resolve(name);
        BuildPaths paths = new BuildPaths(folder.resolve("content"), TestPaths.templates(), temp.resolve("site"));
        SiteConfig config = new ConfigLoader().load(paths);
        Map<String, String> actual = new TreeMap<>();
        for (RenderedPage page : new SiteBuilder(config, paths).render().pages()) {
            if (!isBinary(page.path().file())) {
                actual.put(page.path().file(), page.text());
            }
        }
        Path expectedFolder = folder.resolve("expected");
        if (UPDATE) {
            rewrite(expectedFolder, actual);
            return;
        }
        Map<String, String> expected = read(expectedFolder);
        assertThat(actual.keySet()).as("files of " + name).containsExactlyElementsOf(expected.keySet());
        for (Map.Entry<String, String> file : expected.entrySet()) {
            String generated = actual.get(file.getKey());
            if (!generated.equals(file.getValue())) {
                List<String> diff = UnifiedDiffUtils.generateUnifiedDiff("expected/" + file.getKey(), "generated/" + file.getKey(),
                        file.getValue().lines().toList(), DiffUtils.diff(file.getValue().lines().toList(), generated.lines().toList()), 2);
                fail(name + ": " + file.getKey() + " differs (run with -Dgolden.update=true after reviewing):\n"
                        + String.join("\n", diff.subList(0, Math.min(diff.size(), 60))));
            }
        }
    }

    /**
     * The search index's binary shards and result files are not text to diff; SearchIndexerTest
     * reads them, and ReproducibleBuildTest holds them to the same bytes build after build.
     */
    private static boolean isBinary(String file) {
        return file.endsWith(".bin");
    }

    private static Map<String, String> read(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).filter(file -> !isBinary(file.toString())).toList()) {
                files.put(folder.relativize(file).toString().replace('\\', '/'), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static void rewrite(Path folder, Map<String, String> files) throws IOException {
        if (Files.isDirectory(folder)) {
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path target = folder.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
        }
    }
}
