package org.briefing.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.briefing.Cli;
import org.briefing.cli.ExitCodes;
import org.briefing.site.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build that fails publishes nothing: the previous site stays as it was, and content/ too. */
class AtomicBuildTest {

    @Test
    void failedBuildLeavesThePreviousSiteExactlyAsItWas(@TempDir Path temp) throws IOException {
        Path content = TestSites.copyTree(TestSites.seeds(), temp.resolve("content"));
        Path out = temp.resolve("site");
        assertThat(TestSites.runBuild(content, out).exitCode()).isZero();
        SortedMap<String, String> site = TestSites.fingerprint(out);
        Files.writeString(content.resolve("articles/2024-12-05-bad-date.md"),
                "---\ntitle: A report whose date cannot be read\ndate: 2024-13-45\n---\nText of the report.\n");
        SortedMap<String, String> contentBefore = TestSites.fingerprint(content);

        Cli failed = TestSites.runBuild(content, out);

        assertThat(failed.exitCode()).isEqualTo(ExitCodes.CONTENT_PROBLEMS);
        assertThat(failed.err()).contains("2024-12-05-bad-date.md").contains("2024-13-45").contains("nothing was written");
        assertThat(TestSites.fingerprint(out)).isEqualTo(site);
        assertThat(TestSites.fingerprint(content)).isEqualTo(contentBefore);
        try (Stream<Path> beside = Files.list(temp)) {
            assertThat(beside.map(path -> path.getFileName().toString())).as("no half-written folder is left")
                    .containsExactlyInAnyOrder("content", "site", ".site.lock");
        }
    }
}
