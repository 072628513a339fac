package org.briefing.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.briefing.Archive;
import org.briefing.Cli;
import org.briefing.TestPaths;
import org.briefing.cli.ExitCodes;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 10, item 18: {@code build} published links that {@code check} then rejected. One rule
 * now serves both, so whatever an article holds, the site the build makes passes the check.
 */
class LinkRuleTest {

    @TempDir
    Path root;

    @ParameterizedTest
    @ValueSource(strings = {
            "<a href=\"https://example.org/&#x22;&#x3e;\">the report</a>",
            "<a href=\"mailto:desk@example.org?body=<script>\">the report</a>",
            "[the report](https://example.org/%zz)"})
    void buildsOnlyLinksThatCheckAccepts(String link) throws IOException {
        Archive archive = Archive.in(root).article("a.md", "---\ntitle: T\ndate: 2024-12-02\n---\nRead " + link + " here.\n");

        Cli build = Cli.run(archive.buildArguments());
        Cli check = Cli.run("check", "--content=" + archive.content(), "--templates=" + TestPaths.templates());

        assertThat(build.exitCode()).as(build.err()).isEqualTo(ExitCodes.OK);
        assertThat(check.exitCode()).as(check.err()).isEqualTo(ExitCodes.OK);
        String page = Files.readString(archive.out().resolve("articles/a/index.html"));
        assertThat(page).contains("Read the report here.").doesNotContain("<script");
        assertThat(build.err()).contains("content/articles/a.md:5", "has HTML that is never published");
    }
}
