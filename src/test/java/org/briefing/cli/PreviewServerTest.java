package org.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.briefing.config.BaseUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The preview's HTTP layer against the requests of issue 10, items 9 and 19, sent as raw bytes. */
class PreviewServerTest {

    @TempDir
    Path site;

    private PreviewServer server;

    @BeforeEach
    void start() throws IOException {
        Files.writeString(site.resolve("index.html"), "<!DOCTYPE html><html><body><p>Home</p></body></html>");
        server = new PreviewServer(site, BaseUrl.ROOT, new InetSocketAddress("127.0.0.1", 0));
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private String request(String method, String path, String host) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void servesAPageToLocalhost() throws IOException {
        assertThat(request("GET", "/", "localhost:" + server.port())).startsWith("HTTP/1.1 200").contains("Home");
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE", "TRACE", "OPTIONS"})
    void refusesMethodsOtherThanGetAndHead(String method) throws IOException {
        assertThat(request(method, "/", "localhost")).startsWith("HTTP/1.1 405").containsIgnoringCase("Allow: GET, HEAD");
    }

    /** DNS rebinding: a page on evil.example that resolves to 127.0.0.1 must not read the preview. */
    @ParameterizedTest
    @ValueSource(strings = {"evil.example", "evil.example:8080", "localhost.evil.example"})
    void refusesAHostThatIsNotLocalhost(String host) throws IOException {
        assertThat(request("GET", "/", host)).startsWith("HTTP/1.1 403");
    }

    /** `/%00` closed the connection with no answer. */
    @Test
    void answersANulInThePathWithBadRequest() throws IOException {
        assertThat(request("GET", "/%00", "localhost")).startsWith("HTTP/1.1 400");
    }

    @Test
    void showsTheProblemsOfAFailedRebuildAboveTheLastGoodPage() throws IOException {
        server.showProblems("Not rebuilt:", List.of("content/articles/a.md:3: `date: 2024-02-30` <b>is not</b> a date."));

        String page = request("GET", "/", "localhost");

        assertThat(page).contains("role=\"alert\"", "content/articles/a.md:3", "&lt;b&gt;is not", "Home");
        server.clearProblems();
        assertThat(request("GET", "/", "localhost")).doesNotContain("role=\"alert\"");
    }

    /** Item 9: after about seven page views the live-reload streams filled the server; they are bounded and closed. */
    @Test
    void keepsAtMostABoundedNumberOfLiveReloadStreamsAndStillAnswers() throws IOException {
        List<Socket> streams = new ArrayList<>();
        try {
            for (int i = 0; i < 50; i++) {
                Socket socket = new Socket("127.0.0.1", server.port());
                socket.setSoTimeout(5_000);
                socket.getOutputStream().write(("GET " + PreviewServer.EVENTS + " HTTP/1.1\r\nHost: localhost\r\n\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
                InputStream in = socket.getInputStream();
                byte[] head = new byte[12];
                assertThat(in.readNBytes(head, 0, 12)).isEqualTo(12);
                assertThat(new String(head, StandardCharsets.ISO_8859_1)).startsWith("HTTP/1.1 200");
                streams.add(socket);
            }
            assertThat(server.listenerCount()).isLessThanOrEqualTo(PreviewServer.MAX_LISTENERS);
            assertThat(request("GET", "/", "localhost")).startsWith("HTTP/1.1 200");
        } finally {
            for (Socket socket : streams) {
                socket.close();
            }
        }
    }
}
