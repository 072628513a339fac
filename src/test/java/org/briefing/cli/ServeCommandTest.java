package org.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.briefing.Cli;
import org.briefing.TestPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 10, item 19: `--port -1`, `--port 70000` and a port in use exited 3 instead of 2. */
class ServeCommandTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"-1", "70000"})
    void refusesAPortOutOfRangeAsAUsageError(String port) {
        Cli run = Cli.run("serve", "--port", port, "--content=" + TestPaths.seedContent(), "--out=" + temp.resolve("site"));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--port", port, "0 to 65535");
    }

    @Test
    void saysAPortInUseIsInUse() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            Cli run = Cli.run("serve", "--port", String.valueOf(taken.getLocalPort()), "--content=" + TestPaths.seedContent(),
                    "--templates=" + TestPaths.templates(), "--out=" + temp.resolve("site"));

            assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err()).contains("in use", "--port");
        }
    }
}
