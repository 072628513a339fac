package org.briefing.cli;

import org.briefing.Cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.briefing.cleaning.CleanArticle;
import org.briefing.cleaning.Cleaner;
import org.briefing.config.BuildPaths;
import org.briefing.config.SiteConfig;
import org.briefing.content.ContentLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

    @TempDir
    Path root;

    static final String PROSE = "Rebels entered the northern city on Friday, residents and a war monitor said, "
            + "in the largest advance by opposition forces in years. ";

    static String savedPage() {
        return "<!DOCTYPE html><html lang=\"en\"><head><title>Rebels enter Aleppo - Example News</title>"
                + "<meta property=\"og:title\" content=\"Rebels enter Aleppo\">"
                + "<meta property=\"og:site_name\" content=\"Example News\">"
                + "<meta property=\"article:published_time\" content=\"2024-11-29T10:00:00Z\">"
                + "<meta property=\"article:modified_time\" content=\"2024-11-30T08:00:00Z\">"
                + "<meta property=\"article:section\" content=\"World\">"
                + "<link rel=\"canonical\" href=\"https://example.com/2024/11/29/aleppo\"></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>Rebels enter Aleppo</h1>"
                + "<p>" + PROSE + "</p><p>Government forces withdrew to the south overnight, the monitor said, leaving "
                + "checkpoints and heavy weapons behind them on the main road.</p><p>Residents described empty streets "
                + "and long queues for bread as shops closed their shutters for a second day.</p>"
                + "</article><footer>Copyright</footer></body></html>";
    }

    private Path saved() throws IOException {
        Path page = root.resolve("Rebels enter Aleppo.html");
        Files.writeString(page, savedPage());
        return page;
    }

    @Test
    void importsASavedPageUnchangedUnderItsDateAndHeadlineAndNamesWhatItRead() throws IOException {
        Path page = saved();
        Path content = root.resolve("content");
        Cli run = Cli.run("import", "--content", content.toString(), page.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        Path written = content.resolve("articles/2024-11-29-rebels-enter-aleppo.html");
        assertThat(Files.readString(written)).isEqualTo(savedPage());
        assertThat(run.out()).contains("headline “Rebels enter Aleppo”", "published 2024-11-29", "updated 2024-11-30",
                "outlet Example News", "section World", "language en", "not stated", "author");

        BuildPaths paths = new BuildPaths(content, Path.of("templates"), root.resolve("site"));
        List<CleanArticle> articles = new Cleaner().cleanAll(new ContentLoader(SiteConfig.defaults()).loadArticles(paths).articles());
        assertThat(articles).singleElement().satisfies(article -> {
            assertThat(article.title()).contains("Rebels enter Aleppo");
            assertThat(article.source()).contains(org.briefing.content.Outlet.named("Example News"));
            assertThat(article.url()).contains("https://example.com/2024/11/29/aleppo");
            assertThat(article.text()).contains("Government forces withdrew").doesNotContain("Home", "Copyright");
        });
    }

    @Test
    void writesMarkdownWithFrontMatterWhenAsked() throws IOException {
        Path content = root.resolve("content");
        Cli run = Cli.run("import", "--as", "MD", "--content", content.toString(), saved().toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        String markdown = Files.readString(content.resolve("articles/2024-11-29-rebels-enter-aleppo.md"));
        assertThat(markdown).startsWith("---\ntitle: \"Rebels enter Aleppo\"\nsource: \"Example News\"\n")
                .contains("date: 2024-11-29T10:00", "updated: 2024-11-30T08:00", "section: \"World\"\n", "language: en\n",
                        "<p>Rebels entered the northern city");
        // the front matter it wrote reads back as the same facts
        BuildPaths paths = new BuildPaths(content, Path.of("templates"), root.resolve("site"));
        CleanArticle article = new Cleaner().clean(new ContentLoader(SiteConfig.defaults()).loadArticles(paths).articles().get(0));
        assertThat(article.section()).contains("World");
        assertThat(article.language().map(Object::toString)).contains("en");
        assertThat(article.updated()).isPresent();
    }

    @Test
    void refusesToOverwriteAnExistingArticle() throws IOException {
        Path content = root.resolve("content");
        Path existing = Files.createDirectories(content.resolve("articles")).resolve("2024-11-29-rebels-enter-aleppo.html");
        Files.writeString(existing, "mine");
        Cli run = Cli.run("import", "--content", content.toString(), saved().toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.CONTENT_PROBLEMS);
        assertThat(run.err()).contains("already exists");
        assertThat(Files.readString(existing)).isEqualTo("mine");
    }

    @Test
    void writesNothingWhenAnyPageIsBad() throws IOException {
        Path content = root.resolve("content");
        Path notHtml = Files.writeString(root.resolve("notes.html"), "just words");
        Cli run = Cli.run("import", "--content", content.toString(), saved().toString(), notHtml.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.CONTENT_PROBLEMS);
        assertThat(run.err()).contains("notes.html", "not an HTML page");
        assertThat(content).doesNotExist();
    }

    @Test
    void fetchesAnAddressGivenExplicitlyAndKeepsItAsTheArticlesAddress() throws IOException {
        String page = savedPage().replace("<link rel=\"canonical\" href=\"https://example.com/2024/11/29/aleppo\">", "");
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/aleppo", exchange -> {
            byte[] body = page.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String address = "http://127.0.0.1:" + server.getAddress().getPort() + "/aleppo";
            Path content = root.resolve("content");
            Cli run = Cli.run("import", "--content", content.toString(), address);
            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
            assertThat(Files.readString(content.resolve("articles/2024-11-29-rebels-enter-aleppo.html"))).isEqualTo(page);
            // the page names no address of its own, so the one it was fetched from is kept beside it
            assertThat(Files.readString(content.resolve("articles/2024-11-29-rebels-enter-aleppo.yml"))).contains(address);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void saysPlainlyWhenAnAddressCannotBeReached() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        // the port was free a moment ago and nothing listens on it now: the connection is refused
        Cli run = Cli.run("import", "--content", root.resolve("content").toString(), "http://127.0.0.1:" + port + "/page.html");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.CONTENT_PROBLEMS);
        assertThat(run.err()).contains("http://127.0.0.1:" + port + "/page.html", "cannot be reached");
    }
}
