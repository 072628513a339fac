package org.briefing.sitemodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.briefing.Archive;
import org.briefing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Side-by-side pages of one story never share a path. With "FIRST--SECOND" as one folder name,
 * the reports {@code a}, {@code a--b}, {@code b--c} and {@code c} gave the pairs (a, b--c) and
 * (a--b, c) the same page {@code compare/a--b--c/}, and one comparison was lost.
 */
class PairPathsTest {

    private static final String TEXT = "---\nstory: one-event\ntitle: Rebels enter Aleppo\nsource: %s\n---\n"
            + "Rebels entered the northern city of Aleppo on Friday, a war monitor said.\n\n"
            + "Government forces withdrew from several districts overnight, residents said.\n";

    @Test
    void givesEveryPairOfReportsItsOwnPage(@TempDir Path root) throws IOException {
        Archive archive = Archive.in(root);
        for (String id : List.of("a", "a--b", "b--c", "c")) {
            archive.article(id + ".md", TEXT.formatted("Outlet " + id));
        }

        Cli run = Cli.run(archive.buildArguments());

        assertThat(run.exitCode()).as(run.err()).isZero();
        Path compare = archive.out().resolve("stories/one-event/compare");
        List<String> pairs;
        try (Stream<Path> walk = Files.walk(compare)) {
            pairs = walk.filter(file -> file.getFileName().toString().equals("index.html"))
                    .map(file -> compare.relativize(file.getParent()).toString()).filter(name -> !name.isEmpty()).sorted().toList();
        }
        // the four reports say the same, so every pair is a rewrite and has a page
        assertThat(pairs).hasSize(6).doesNotHaveDuplicates().allSatisfy(name -> assertThat(name.split("/")).hasSize(2));
    }
}
