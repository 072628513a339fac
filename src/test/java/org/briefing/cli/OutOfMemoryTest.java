package org.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.briefing.TestPaths;
import org.briefing.site.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Out of memory exited with status 1, the code for content problems, and a raw JVM trace. */
class OutOfMemoryTest {

    @Test
    void exitsWithTheInternalErrorCodeAndAHintOnMemory(@TempDir Path temp) throws IOException, InterruptedException {
        Path content = TestSites.copyTree(TestSites.seeds(), temp.resolve("content"));
        Path err = temp.resolve("err.txt");
        Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx24m", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "build", "--content", content.toString(), "--templates", TestPaths.templates().toString(),
                "--out", temp.resolve("site").toString())
                .redirectError(err.toFile()).redirectOutput(temp.resolve("out.txt").toFile()).start();
        assertThat(java.waitFor(120, TimeUnit.SECONDS)).isTrue();

        String printed = Files.readString(err, StandardCharsets.UTF_8);
        assertThat(java.exitValue()).as(printed).isEqualTo(ExitCodes.INTERNAL_ERROR);
        assertThat(printed).contains("ran out of memory").contains("-Xmx").doesNotContain("\tat ");
        assertThat(temp.resolve("site")).doesNotExist();
    }
}
