package org.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The same content always gives the same site, byte for byte, and building only reads content/. */
class ReproducibleBuildTest {

    static Stream<Path> archives() {
        return Stream.of(TestSites.seeds(), TestSites.awkward());
    }

    @ParameterizedTest
    @MethodSource("archives")
    void twoBuildsOfTheSameContentAreByteIdentical(Path content, @TempDir Path temp) {
        assertThat(TestSites.runBuild(content, temp.resolve("first")).exitCode()).isZero();
        assertThat(TestSites.runBuild(content, temp.resolve("second")).exitCode()).isZero();

        SortedMap<String, String> first = TestSites.fingerprint(temp.resolve("first"));
        assertThat(first).containsKeys("index.html", "feed.xml", "sitemap.xml", "api/stories.json", "assets/site.css");
        assertThat(TestSites.fingerprint(temp.resolve("second"))).isEqualTo(first);
    }

    @Test
    void buildingNeverChangesTheContentFolder(@TempDir Path temp) {
        SortedMap<String, String> before = TestSites.fingerprint(TestSites.seeds());

        assertThat(TestSites.runBuild(TestSites.seeds(), temp.resolve("site")).exitCode()).isZero();

        assertThat(TestSites.fingerprint(TestSites.seeds())).isEqualTo(before);
    }
}
