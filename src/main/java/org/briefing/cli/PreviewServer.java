package org.briefing.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.briefing.config.BaseUrl;

/**
 * Serves the output folder under the site's base path, for previewing only (it binds to the
 * loopback address). HTML responses get a small script that reloads the page when
 * {@link #reloadPages()} is called, through a server-sent events stream. Paths that would leave
 * the folder are refused, and so are methods other than GET and HEAD (405) and a {@code Host} that
 * is not a localhost name (403; a page elsewhere could otherwise read the preview by DNS
 * rebinding). At most {@value #MAX_LISTENERS} live-reload streams are kept open, the oldest closed
 * first, and a stream whose browser has gone is closed at the next heartbeat. While the last
 * rebuild failed, every page shows its problems above the last good site.
 */
final class PreviewServer {

    static final String EVENTS = "/__briefing/events";
    /**
     * Opens the live-reload stream, and closes it when the page is left. A browser keeps about six
     * connections to one host; left open, the streams of pages kept for the back button took them
     * all, and after about seven page views no page loaded (issue 10, item 9).
     */
    private static final String RELOAD_SCRIPT = "<script>(function(){var s;function o(){s=new EventSource('" + EVENTS
            + "');s.onmessage=function(){location.reload();};}o();addEventListener('pagehide',function(){s.close();});"
            + "addEventListener('pageshow',function(e){if(e.persisted){o();}});})();</script>";
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"));

    private final Path root;
    private final BaseUrl base;
    private final HttpServer server;
    /** Browsers keep about six connections per host; a stream per open tab, a few tabs, fit well within this. */
    static final int MAX_LISTENERS = 16;
    private static final long HEARTBEAT_SECONDS = 5;
    private static final Pattern LOCAL_HOST = Pattern.compile("(?:localhost|127\\.0\\.0\\.1|\\[::1\\])(?::\\d{1,5})?",
            Pattern.CASE_INSENSITIVE);

    private final List<HttpExchange> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "preview-heartbeat");
        thread.setDaemon(true);
        return thread;
    });
    /** The problems of the last rebuild, as HTML to show above every page; empty when it succeeded. */
    private volatile String problems = "";

    PreviewServer(Path root, BaseUrl base, InetSocketAddress address) throws IOException {
        this.root = root;
        this.base = base;
        this.server = HttpServer.create(address, 0);
        server.setExecutor(Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "preview");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/", this::serve);
        server.createContext(EVENTS, this::subscribe);
    }

    void start() {
        server.start();
        heartbeat.scheduleAtFixedRate(() -> sendToListeners(": heartbeat\n\n"), HEARTBEAT_SECONDS, HEARTBEAT_SECONDS,
                TimeUnit.SECONDS);
    }

    void stop() {
        heartbeat.shutdownNow();
        listeners.forEach(PreviewServer::close);
        server.stop(0);
    }

    /** Shows {@code lines} above every page until {@link #clearProblems()}; the site served stays the last good one. */
    void showProblems(String heading, List<String> lines) {
        StringBuilder html = new StringBuilder("<div role=\"alert\" style=\"position:sticky;top:0;z-index:9999;background:#fde8e8;"
                + "color:#600;border-bottom:2px solid #900;padding:.5em 1em;font:14px/1.4 monospace;white-space:pre-wrap\"><strong>")
                .append(escape(heading)).append("</strong>");
        lines.forEach(line -> html.append('\n').append(escape(line)));
        problems = html.append("</div>").toString();
    }

    void clearProblems() {
        problems = "";
    }

    int listenerCount() {
        return listeners.size();
    }

    int port() {
        return server.getAddress().getPort();
    }

    void reloadPages() {
        sendToListeners("data: reload\n\n");
    }

    /** Writes to every stream; one whose browser has gone fails to take it and is closed (issue 10: CLOSE-WAIT). */
    private void sendToListeners(String event) {
        for (HttpExchange listener : listeners) {
            try {
                OutputStream body = listener.getResponseBody();
                body.write(event.getBytes(StandardCharsets.UTF_8));
                body.flush();
            } catch (IOException e) {
                listeners.remove(listener);
                close(listener);
            }
        }
    }

    private static void close(HttpExchange exchange) {
        try {
            exchange.close();
        } catch (RuntimeException e) {
            // already closed by the other side
        }
    }

    private void subscribe(HttpExchange exchange) throws IOException {
        if (!admitted(exchange)) {
            exchange.close();
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        listeners.add(exchange);
        while (listeners.size() > MAX_LISTENERS) {
            HttpExchange oldest = listeners.remove(0);
            close(oldest);
        }
    }

    /** Whether the request may be answered; if not, it has been answered with 405 or 403. */
    private static boolean admitted(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            send(exchange, 405, "txt", "Method not allowed: the preview only serves GET and HEAD.".getBytes(StandardCharsets.UTF_8), "");
            return false;
        }
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (host == null || !LOCAL_HOST.matcher(host.strip()).matches()) {
            send(exchange, 403, "txt", "Forbidden: the preview answers only to localhost.".getBytes(StandardCharsets.UTF_8), "");
            return false;
        }
        return true;
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!admitted(exchange)) {
                return;
            }
            String path;
            try {
                path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
                if (path.indexOf('\0') >= 0) {
                    throw new IllegalArgumentException("NUL in path");
                }
            } catch (IllegalArgumentException e) {
                send(exchange, 400, "txt", "Bad request: the path is not a file name.".getBytes(StandardCharsets.UTF_8), "");
                return;
            }
            if (!path.startsWith(base.path())) {
                redirect(exchange, base.path());
                return;
            }
            Path file = root.resolve(path.substring(base.path().length())).normalize();
            if (!file.startsWith(root)) {
                send(exchange, 403, "txt", "Forbidden".getBytes(StandardCharsets.UTF_8), "");
                return;
            }
            if (Files.isDirectory(file)) {
                if (!path.endsWith("/")) {
                    redirect(exchange, path + "/");
                    return;
                }
                file = file.resolve("index.html");
            }
            if (Files.isRegularFile(file)) {
                send(exchange, 200, extensionOf(file), Files.readAllBytes(file), problems);
            } else {
                Path notFound = root.resolve("404.html");
                byte[] body = Files.isRegularFile(notFound) ? Files.readAllBytes(notFound) : "Not found".getBytes(StandardCharsets.UTF_8);
                send(exchange, 404, "html", body, problems);
            }
        }
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(302, -1);
    }

    private static void send(HttpExchange exchange, int status, String extension, byte[] body, String banner) throws IOException {
        if (extension.equals("html")) {
            String html = new String(body, StandardCharsets.UTF_8);
            int open = html.indexOf("<body");
            int afterOpen = open < 0 ? -1 : html.indexOf('>', open) + 1;
            if (!banner.isEmpty() && afterOpen > 0) {
                html = html.substring(0, afterOpen) + banner + html.substring(afterOpen);
            } else if (!banner.isEmpty()) {
                html = banner + html;
            }
            int end = html.lastIndexOf("</body>");
            body = (end < 0 ? html + RELOAD_SCRIPT : html.substring(0, end) + RELOAD_SCRIPT + html.substring(end))
                    .getBytes(StandardCharsets.UTF_8);
        }
        exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            exchange.getResponseBody().write(body);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String extensionOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }
}
