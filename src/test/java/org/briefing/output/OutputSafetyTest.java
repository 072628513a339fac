package org.briefing.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.briefing.Cli;
import org.briefing.cli.ExitCodes;
import org.briefing.site.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The faults of the hardening issue that lost or leaked a site through {@code --out}. */
class OutputSafetyTest {

    @TempDir
    Path temp;
    Path content;

    @BeforeEach
    void copyContent() {
        content = TestSites.copyTree(TestSites.seeds(), temp.resolve("content"));
    }

    /** {@code --out} a symlink to a folder replaced the folder it pointed to. */
    @Test
    void refusesASymbolicLinkAndLeavesWhatItPointsToAlone() throws IOException {
        Path elsewhere = temp.resolve("elsewhere");
        assertThat(TestSites.runBuild(content, elsewhere).exitCode()).isZero();
        SortedMap<String, String> before = TestSites.fingerprint(elsewhere);
        Path link = Files.createSymbolicLink(temp.resolve("site"), elsewhere);

        Cli run = TestSites.runBuild(content, link);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CONTENT_PROBLEMS);
        assertThat(run.err()).contains("symbolic link");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(TestSites.fingerprint(elsewhere)).isEqualTo(before);
    }

    /** {@code mkfifo p; briefing build --out p} deleted the FIFO and put a site there. */
    @Test
    void refusesAFifo() throws IOException, InterruptedException {
        Path fifo = temp.resolve("p");
        assumeTrue(mkfifo(fifo), "mkfifo is not available here");

        Cli run = TestSites.runBuild(content, fifo);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CONTENT_PROBLEMS);
        assertThat(run.err()).contains("special file");
        assertThat(Files.isDirectory(fifo)).isFalse();
        assertThat(Files.exists(fifo)).isTrue();
    }

    /** A second build's sweep deleted the first build's folder while it was being written. */
    @Test
    void refusesToBuildWhileAnotherBuildWritesTheSameFolder() throws IOException {
        Path out = temp.resolve("site");
        assertThat(TestSites.runBuild(content, out).exitCode()).isZero();
        SortedMap<String, String> before = TestSites.fingerprint(out);
        try (FileChannel channel = FileChannel.open(temp.resolve(".site.lock"), StandardOpenOption.WRITE);
             FileLock held = channel.lock()) {

            Cli second = TestSites.runBuild(content, out);

            assertThat(second.exitCode()).isEqualTo(ExitCodes.CONTENT_PROBLEMS);
            assertThat(second.err()).contains("is being written by another build");
        }
        assertThat(TestSites.fingerprint(out)).isEqualTo(before);
        assertThat(TestSites.runBuild(content, out).exitCode()).as("the lock is free again").isZero();
    }

    /** Killed between the two renames of the swap, the next build deleted the old site. */
    @Test
    void restoresTheOldSiteABuildKilledMidSwapLeftAside() throws IOException {
        Path out = temp.resolve("site");
        assertThat(TestSites.runBuild(content, out).exitCode()).isZero();
        SortedMap<String, String> site = TestSites.fingerprint(out);
        Files.move(out, temp.resolve(".site.old-1234"));
        Files.createDirectories(temp.resolve(".site.tmp-5678/stories"));
        Files.writeString(content.resolve("articles/2024-12-05-bad-date.md"), "---\ndate: 2024-13-45\n---\nText.\n");

        Cli failed = TestSites.runBuild(content, out);

        assertThat(failed.exitCode()).isEqualTo(ExitCodes.CONTENT_PROBLEMS);
        assertThat(TestSites.fingerprint(out)).isEqualTo(site);
        try (Stream<Path> beside = Files.list(temp)) {
            assertThat(beside.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrder("content", "site", ".site.lock");
        }
    }

    /** A rebuild rewrote every file, so publishing tools saw the whole site change. */
    @Test
    void rewritesOnlyTheFilesWhoseBytesChanged() throws IOException {
        Path out = temp.resolve("site");
        assertThat(TestSites.runBuild(content, out).exitCode()).isZero();
        Object robots = Files.getAttribute(out.resolve("robots.txt"), "unix:ino");
        Object home = Files.getAttribute(out.resolve("index.html"), "unix:ino");
        Files.writeString(content.resolve("site.yml"), "title: A renamed briefing\n");

        assertThat(TestSites.runBuild(content, out).exitCode()).isZero();

        assertThat(Files.getAttribute(out.resolve("robots.txt"), "unix:ino")).as("unchanged").isEqualTo(robots);
        assertThat(Files.getAttribute(out.resolve("index.html"), "unix:ino")).as("retitled").isNotEqualTo(home);
        assertThat(Files.readString(out.resolve("index.html"))).contains("A renamed briefing");
    }

    private static boolean mkfifo(Path path) throws InterruptedException {
        try {
            return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
