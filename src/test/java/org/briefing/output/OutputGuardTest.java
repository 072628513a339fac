package org.briefing.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import org.briefing.Cli;
import org.briefing.TestPaths;
import org.briefing.cli.ExitCodes;
import org.briefing.site.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --out} is replaced as a whole, so the build refuses any folder it must not replace and
 * leaves it untouched; it replaces only an empty folder or a site it generated itself.
 */
class OutputGuardTest {

    @TempDir
    Path temp;
    Path content;

    @BeforeEach
    void copyContent() {
        content = TestSites.copyTree(TestSites.awkward(), temp.resolve("content"));
    }

    @Test
    void refusesTheContentFolder() {
        assertRefusedAndUntouched(content, content);
    }

    @Test
    void refusesAFolderInsideTheContentFolder() {
        SortedMap<String, String> before = TestSites.fingerprint(content);

        Cli run = TestSites.runBuild(content, content.resolve("site"));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CONTENT_PROBLEMS);
        assertThat(run.err()).contains("cannot be the output folder");
        assertThat(TestSites.fingerprint(content)).isEqualTo(before);
    }

    @Test
    void refusesTheTemplatesFolder() {
        Path templates = TestSites.copyTree(TestPaths.templates(), temp.resolve("templates"));
        SortedMap<String, String> before = TestSites.fingerprint(templates);

        Cli run = Cli.run("build", "--content", content.toString(),
                "--templates", templates.toString(), "--out", templates.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CONTENT_PROBLEMS);
        assertThat(run.err()).contains("cannot be the output folder");
        assertThat(TestSites.fingerprint(templates)).isEqualTo(before);
    }

    @Test
    void refusesANonEmptyFolderThatIsNotAGeneratedSite() throws IOException {
        Path notes = Files.createDirectories(temp.resolve("notes"));
        Files.writeString(notes.resolve("todo.txt"), "call the desk\n");

        assertRefusedAndUntouched(notes, content);
    }

    /** A hand-made web folder has an index.html too; it used to be taken for a generated site and replaced. */
    @Test
    void refusesAFolderWhoseIndexHtmlBriefingDidNotWrite() throws IOException {
        Path homepage = Files.createDirectories(temp.resolve("homepage"));
        Files.writeString(homepage.resolve("index.html"), "<!DOCTYPE html><title>My page</title><p>Hello</p>\n");
        Files.writeString(homepage.resolve("cv.html"), "<!DOCTYPE html><title>CV</title>\n");

        assertRefusedAndUntouched(homepage, content);
    }

    @Test
    void writesIntoAnEmptyFolder() throws IOException {
        Path out = Files.createDirectories(temp.resolve("site"));

        assertThat(TestSites.runBuild(content, out).exitCode()).isZero();
        assertThat(out.resolve("index.html")).isRegularFile();
    }

    @Test
    void replacesASiteItGeneratedBeforeAsAWhole() throws IOException {
        Path out = temp.resolve("site");
        assertThat(TestSites.runBuild(content, out).exitCode()).isZero();
        Files.writeString(out.resolve("stale.html"), "left from an older build\n");

        Cli again = TestSites.runBuild(content, out);

        assertThat(again.exitCode()).isZero();
        assertThat(out.resolve("index.html")).isRegularFile();
        assertThat(out.resolve("stale.html")).doesNotExist();
    }

    private void assertRefusedAndUntouched(Path out, Path contentFolder) {
        SortedMap<String, String> before = TestSites.fingerprint(out);

        Cli run = TestSites.runBuild(contentFolder, out);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CONTENT_PROBLEMS);
        assertThat(run.err()).contains("cannot be the output folder");
        assertThat(TestSites.fingerprint(out)).isEqualTo(before);
    }
}
