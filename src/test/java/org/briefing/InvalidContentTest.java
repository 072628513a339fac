package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.briefing.cli.ExitCodes;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken archives, one folder each under {@code src/test/resources/golden-invalid/<case>/}: its
 * {@code content/} and {@code expected-problems.txt}, the exact standard error of {@code build}.
 * Each case is built into a folder that already holds a site; the build must exit with
 * {@link ExitCodes#CONTENT_PROBLEMS}, print exactly the expected problems, and leave both the old
 * site and the content byte for byte as they were.
 *
 * <p>To add a case, make its folder with a {@code content/} and run
 * {@code mvn test -Dtest=InvalidContentTest -Dgolden.update=true}: that (re)writes every
 * {@code expected-problems.txt} from what the build prints. Review the diff as you would code.
 */
class InvalidContentTest {

    private static final Path CASES = TestPaths.projectRoot().resolve("src/test/resources/golden-invalid");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    private static final String EXPECTED = "expected-problems.txt";

    static Stream<String> cases() throws IOException {
        try (Stream<Path> folders = Files.list(CASES)) {
            return folders.filter(Files::isDirectory).map(folder -> folder.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusesToBuildAndChangesNothing(String name, @TempDir Path temp) throws IOException {
        Path source = CASES.resolve(name);
        Path project = temp.resolve(name);
        copyTree(source.resolve("content"), project.resolve("content"));
        Path site = project.resolve("site");
        writePreviousSite(site);
        Map<String, byte[]> siteBefore = filesIn(site);

        Cli run = Cli.run("build", "--content=" + project.resolve("content"), "--templates=" + TestPaths.templates(),
                "--out=" + site);

        if (UPDATE) {
            Files.writeString(source.resolve(EXPECTED), run.err(), StandardCharsets.UTF_8);
        }
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.CONTENT_PROBLEMS);
        assertThat(run.err()).isEqualTo(Files.readString(source.resolve(EXPECTED), StandardCharsets.UTF_8));
        assertThat(run.out()).isEmpty();
        assertSameFiles(filesIn(site), siteBefore);
        assertSameFiles(filesIn(project.resolve("content")), filesIn(source.resolve("content")));
        try (Stream<Path> left = Files.list(project)) {
            assertThat(left.map(path -> path.getFileName().toString()).filter(file -> !file.equals(".site.lock")))
                    .as("nothing beside the site but its build lock").containsOnly("content", "site");
        }
    }

    /**
     * A site as an earlier build left it; OutputGuard recognises a site by its index.html,
     * .nojekyll and api/stories.json.
     */
    private static void writePreviousSite(Path site) throws IOException {
        Files.createDirectories(site.resolve("articles/old"));
        Files.createDirectories(site.resolve("assets"));
        Files.createDirectories(site.resolve("api"));
        Files.writeString(site.resolve("api/stories.json"), "[ ]\n");
        Files.writeString(site.resolve("index.html"), "<!DOCTYPE html><title>Old site</title><p>Built yesterday.</p>\n");
        Files.writeString(site.resolve("articles/old/index.html"), "<!DOCTYPE html><title>Old article</title>\n");
        Files.writeString(site.resolve("assets/site.css"), "body { color: black; }\n");
        Files.writeString(site.resolve(".nojekyll"), "");
    }

    private static void assertSameFiles(Map<String, byte[]> actual, Map<String, byte[]> expected) {
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        expected.forEach((file, bytes) -> assertThat(Arrays.equals(actual.get(file), bytes)).as("%s is unchanged", file).isTrue());
    }

    /** Every file under {@code root} by its relative path, with its bytes. */
    private static Map<String, byte[]> filesIn(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return files;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            walk.forEach(path -> {
                try {
                    Path target = to.resolve(from.relativize(path).toString());
                    if (Files.isDirectory(path)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(path, target);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
