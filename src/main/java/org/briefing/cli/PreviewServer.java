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
import org.briefing.config.BaseUrl;

/**
 * Serves the output folder under the site's base path, for previewing only (it binds to the
 * loopback address). HTML responses get a small script that reloads the page when
 * {@link #reloadPages()} is called, through a server-sent events stream. Paths that would leave
 * the folder are refused.
 */
final class PreviewServer {

    static final String EVENTS = "/__briefing/events";
    private static final String RELOAD_SCRIPT =
            "<script>new EventSource('" + EVENTS + "').onmessage=function(){location.reload();};</script>";
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"));

    private final Path root;
    private final BaseUrl base;
    private final HttpServer server;
    private final List<HttpExchange> listeners = new CopyOnWriteArrayList<>();

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
    }

    int port() {
        return server.getAddress().getPort();
    }

    void reloadPages() {
        for (HttpExchange listener : listeners) {
            try {
                OutputStream body = listener.getResponseBody();
                body.write("data: reload\n\n".getBytes(StandardCharsets.UTF_8));
                body.flush();
            } catch (IOException e) {
                listeners.remove(listener);
            }
        }
    }

    private void subscribe(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        listeners.add(exchange);
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
            if (!path.startsWith(base.path())) {
                redirect(exchange, base.path());
                return;
            }
            Path file = root.resolve(path.substring(base.path().length())).normalize();
            if (!file.startsWith(root)) {
                send(exchange, 403, "txt", "Forbidden".getBytes(StandardCharsets.UTF_8));
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
                send(exchange, 200, extensionOf(file), Files.readAllBytes(file));
            } else {
                Path notFound = root.resolve("404.html");
                byte[] body = Files.isRegularFile(notFound) ? Files.readAllBytes(notFound) : "Not found".getBytes(StandardCharsets.UTF_8);
                send(exchange, 404, "html", body);
            }
        }
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(302, -1);
    }

    private static void send(HttpExchange exchange, int status, String extension, byte[] body) throws IOException {
        if (extension.equals("html")) {
            String html = new String(body, StandardCharsets.UTF_8);
            int end = html.lastIndexOf("</body>");
            body = (end < 0 ? html + RELOAD_SCRIPT : html.substring(0, end) + RELOAD_SCRIPT + html.substring(end))
                    .getBytes(StandardCharsets.UTF_8);
        }
        exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    private static String extensionOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }
}
