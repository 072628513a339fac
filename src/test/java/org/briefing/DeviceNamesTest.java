package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, item 20: articles, outlets, stories and tags named {@code con}, {@code aux},
 * {@code nul} or {@code com1} became folders of those names, which Windows cannot create or open,
 * so the site could not be checked out there. They get a safe slug instead.
 */
class DeviceNamesTest {

    private static final List<String> DEVICES = List.of("con", "prn", "aux", "nul", "com1", "lpt9");

    @TempDir
    Path root;

    @Test
    void noFileOrFolderOfTheSiteHasAWindowsDeviceName() throws IOException {
        Archive archive = Archive.in(root)
                .article("con.md", "---\ntitle: Con\nsource: AUX\nstory: nul\ntags: [Com1]\ndate: 2024-12-02\n---\n"
                        + "Rebel fighters entered Aleppo in Syria on Saturday, residents said.\n")
                .article("lpt9.txt", "Prn\n\nThe army regrouped near Hama in Syria, a monitor said.\n");

        Cli run = Cli.run(archive.buildArguments());

        assertThat(run.exitCode()).as(run.err()).isZero();
        try (Stream<Path> files = Files.walk(archive.out())) {
            assertThat(files.map(archive.out()::relativize).flatMap(DeviceNamesTest::segments))
                    .noneMatch(name -> DEVICES.contains(name.replaceFirst("\\..*", "").toLowerCase(Locale.ROOT)));
        }
        assertThat(archive.out().resolve("articles/con-0/index.html")).isRegularFile();
        assertThat(archive.out().resolve("articles/lpt9-0/index.html")).isRegularFile();
    }

    private static Stream<String> segments(Path path) {
        return Stream.iterate(0, i -> i < path.getNameCount(), i -> i + 1).map(i -> path.getName(i).toString());
    }
}
