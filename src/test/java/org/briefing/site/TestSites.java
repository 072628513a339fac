package org.briefing.site;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.briefing.Cli;
import org.briefing.SiteBuilder;
import org.briefing.TestPaths;
import org.briefing.config.BaseUrl;
import org.briefing.config.BuildPaths;
import org.briefing.config.ConfigLoader;
import org.briefing.config.SiteConfig;
import org.briefing.output.SiteWriter;
import org.briefing.render.RenderedPage;

/**
 * Test support for whole-site checks: builds a site into a folder, shares one build of each
 * (content, base URL) between the test classes of a run, serves a built folder over HTTP under its
 * base path, and fingerprints folders so tests can say "nothing changed".
 */
public final class TestSites {

    /** The corpus the whole-site checks use when {@code ../shared/corpora} is beside the clone. */
    public static final String CORPUS = "basil-dev";

    /**
     * Builds of the same content at the same base URL, shared by every test class in this JVM:
     * the corpus takes about 20 s to build, and the checks only read the result. Entries are never
     * replaced, and their folders are deleted when the JVM exits.
     */
    private static final Map<String, Built> SHARED = new ConcurrentHashMap<>();

    private TestSites() {
    }

    /** A site on disk, with the rendered pages it was written from. */
    public record Built(Path folder, BaseUrl base, SiteBuilder.Rendered rendered, Path templates) {

        public List<RenderedPage> pages() {
            return rendered.pages();
        }

        /** Site-relative file names of the HTML pages, e.g. {@code stories/x/index.html}, sorted. */
        public List<String> htmlFiles() {
            return pages().stream().map(page -> page.path().file()).filter(file -> file.endsWith(".html")).sorted().toList();
        }

        /** The site paths of the HTML pages, as links name them: {@code ""}, {@code stories/x/}, {@code 404.html}. */
        public List<String> pagePaths() {
            return htmlFiles().stream().map(TestSites::pagePath).toList();
        }

        /** The site paths of the pages inside {@code folder} (its own index page aside), sorted. */
        public List<String> pagePathsIn(String folder) {
            return pagePaths().stream().filter(path -> path.startsWith(folder) && !path.equals(folder)).toList();
        }

        public Path assets() {
            return templates.resolve(SiteWriter.ASSETS);
        }
    }

    /** {@code stories/x/} for {@code stories/x/index.html}; other files keep their name. */
    public static String pagePath(String file) {
        return file.equals("index.html") || file.endsWith("/index.html") ? file.substring(0, file.length() - "index.html".length()) : file;
    }

    /** The seed articles in {@code content/}. */
    public static Path seeds() {
        return TestPaths.seedContent();
    }

    /**
     * Two Markdown articles written to be awkward: headings at any level, long unbroken words and
     * addresses, a wide table, long code lines, and raw HTML the sanitizer must drop.
     */
    public static Path awkward() {
        return TestPaths.projectRoot().resolve("src/test/resources/sites/awkward");
    }

    /** Six Markdown reports of two stories from three outlets that {@code sources.yml} describes. */
    public static Path outlets() {
        return TestPaths.projectRoot().resolve("src/test/resources/golden/markdown/content");
    }

    /** The shared corpus, or empty when it is not beside this clone. */
    public static Optional<Path> corpus() {
        return TestPaths.sharedCorpus(CORPUS);
    }

    /** Renders {@code content} at {@code baseUrl} and writes it into {@code out}, as {@code build} would. */
    public static Built build(Path content, String baseUrl, Path out) {
        BuildPaths paths = new BuildPaths(content, TestPaths.templates(), out);
        SiteConfig config = new ConfigLoader().load(paths).withBaseUrl(BaseUrl.parse(baseUrl));
        SiteBuilder.Rendered rendered = new SiteBuilder(config, paths).render();
        new SiteWriter().write(rendered.pages(), paths);
        return new Built(paths.out(), config.baseUrl(), rendered, paths.templates());
    }

    /** One build of {@code content} at {@code baseUrl} per JVM, in a temporary folder; read it, never change it. */
    public static Built shared(Path content, String baseUrl) {
        String key = content.toAbsolutePath().normalize() + " at " + baseUrl;
        return SHARED.computeIfAbsent(key, unused -> {
            Path parent = createTempFolder("briefing-site-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(parent)));
            return build(content, baseUrl, parent.resolve("site"));
        });
    }

    /** Runs {@code briefing build} of {@code content} at {@code /briefing/} with the project's templates into {@code out}. */
    public static Cli runBuild(Path content, Path out) {
        return Cli.run("build", "--content", content.toString(), "--templates", TestPaths.templates().toString(),
                "--out", out.toString(), "--base-url", "/briefing/");
    }

    /** Copies a folder tree, so a test can change content without touching the original. */
    public static Path copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.sorted().toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return to;
    }

    /**
     * Every file and folder under {@code folder} by its relative path (with {@code /}, folders
     * ending in one), mapped to the SHA-256 of a file's bytes or to "folder"; equal maps mean
     * equal trees.
     */
    public static SortedMap<String, String> fingerprint(Path folder) {
        SortedMap<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.filter(path -> !path.equals(folder)).toList()) {
                String name = folder.relativize(path).toString().replace('\\', '/');
                if (Files.isDirectory(path)) {
                    files.put(name + "/", "folder");
                } else {
                    files.put(name, HexFormat.of().formatHex(sha256().digest(Files.readAllBytes(path))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Serves {@code folder} on 127.0.0.1 under {@code basePath}; close it when done. */
    public static Server serve(Path folder, String basePath) {
        return new Server(folder, basePath);
    }

    /**
     * A static file server shaped like GitHub Pages: {@code BASE/x/} serves {@code x/index.html},
     * {@code BASE/x} (a folder) redirects to {@code BASE/x/}, anything missing or outside the base
     * path is a 404. Binds to the loopback address on a free port.
     */
    public static final class Server implements AutoCloseable {

        private static final Map<String, String> TYPES = Map.of(
                "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
                "js", "text/javascript; charset=utf-8", "json", "application/json",
                "xml", "application/xml", "txt", "text/plain; charset=utf-8", "svg", "image/svg+xml");

        static {
            // The JDK server leaves Nagle's algorithm on, so every small response waits for the
            // client's delayed ACK (about 40 ms): requesting the corpus site's 3,000 URLs took two
            // minutes instead of ten seconds. Read once, when the first server starts.
            if (System.getProperty("sun.net.httpserver.nodelay") == null) {
                System.setProperty("sun.net.httpserver.nodelay", "true");
            }
        }

        private final Path root;
        private final String basePath;
        private final HttpServer http;
        private final ExecutorService threads = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "test-site-server");
            thread.setDaemon(true);
            return thread;
        });

        private Server(Path root, String basePath) {
            this.root = root.toAbsolutePath().normalize();
            this.basePath = basePath;
            try {
                http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            http.setExecutor(threads);
            http.createContext("/", this::handle);
            http.start();
        }

        /** {@code http://127.0.0.1:PORT} with no trailing slash. */
        public String origin() {
            return "http://" + http.getAddress().getAddress().getHostAddress() + ":" + http.getAddress().getPort();
        }

        /** The absolute URL of a site path such as {@code stories/x/}; empty for the home page. */
        public URI url(String sitePath) {
            return URI.create(origin() + basePath + sitePath);
        }

        private void handle(HttpExchange exchange) throws IOException {
            try (exchange) {
                String path = exchange.getRequestURI().getPath();
                if (!path.startsWith(basePath)) {
                    send(exchange, 404, "txt", "outside the base path".getBytes(StandardCharsets.UTF_8));
                    return;
                }
                Path file = root.resolve(path.substring(basePath.length())).normalize();
                if (!file.startsWith(root)) {
                    send(exchange, 404, "txt", "outside the site".getBytes(StandardCharsets.UTF_8));
                    return;
                }
                if (Files.isDirectory(file)) {
                    if (!path.endsWith("/")) {
                        exchange.getResponseHeaders().set("Location", path + "/");
                        exchange.sendResponseHeaders(301, -1);
                        return;
                    }
                    file = file.resolve("index.html");
                }
                if (Files.isRegularFile(file)) {
                    send(exchange, 200, extensionOf(file), Files.readAllBytes(file));
                } else {
                    send(exchange, 404, "txt", ("no file for " + path).getBytes(StandardCharsets.UTF_8));
                }
            }
        }

        private static void send(HttpExchange exchange, int status, String extension, byte[] body) throws IOException {
            exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
            if (exchange.getRequestMethod().equals("HEAD")) {
                exchange.sendResponseHeaders(status, -1);
                return;
            }
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
        }

        private static String extensionOf(Path file) {
            String name = file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            return dot < 0 ? "" : name.substring(dot + 1);
        }

        @Override
        public void close() {
            http.stop(0);
            threads.shutdownNow();
        }
    }

    public static Path createTempFolder(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
