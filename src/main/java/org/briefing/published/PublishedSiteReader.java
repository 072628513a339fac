package org.briefing.published;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.briefing.problems.Problem;
import org.briefing.published.PublishedSite.PublishedArticle;
import org.briefing.published.PublishedSite.PublishedEntity;
import org.briefing.published.PublishedSite.PublishedRedirect;
import org.briefing.published.PublishedSite.PublishedStory;

/**
 * Reads what a previous build published from its {@code api/stories.json},
 * {@code api/articles.json}, {@code api/entities.json} and {@code api/redirects.json}, in a folder (a built {@code site/})
 * or at a web address (the live site). Anything that goes wrong — no such folder, a 404, a
 * timeout, a file over {@link #MAX_BYTES}, JSON that is not the API's — is a warning naming the
 * file, and the build goes on as a first build would for what could not be read.
 *
 * <pre>{@code
 * PublishedSiteReader.Read read = new PublishedSiteReader().read("https://user.github.io/briefing/");
 * }</pre>
 */
public final class PublishedSiteReader {

    /** Larger than the API of any archive GitHub Pages can hold (1 GB of site). */
    static final long MAX_BYTES = 256L * 1024 * 1024;
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration READ_TIMEOUT = Duration.ofSeconds(60);

    private static final String STORIES = "api/stories.json";
    private static final String ARTICLES = "api/articles.json";
    private static final String ENTITIES = "api/entities.json";
    private static final String REDIRECTS = "api/redirects.json";
    private static final String SITEMAP = "sitemap.xml";
    private static final String FIX = "Check the address given to --previous; without the previous site, addresses that change "
            + "this build get no redirect.";

    private final JsonMapper json = JsonMapper.builder().build();

    /** What was read, with a warning for each file that could not be. */
    public record Read(PublishedSite site, List<Problem> warnings) {

        public Read {
            warnings = List.copyOf(warnings);
        }
    }

    /** @param location a folder, or an http(s) address of the site's root */
    public Read read(String location) {
        Source source = location.startsWith("https://") || location.startsWith("http://")
                ? new WebSource(location.endsWith("/") ? location : location + "/")
                : new FolderSource(Path.of(location));
        List<Problem> warnings = new ArrayList<>();
        List<PublishedStory> stories = list(source, STORIES, true, warnings, PublishedSiteReader::story);
        if (stories == null) {
            // No stories file: no site there at all, so one warning says so.
            return new Read(PublishedSite.NONE, warnings);
        }
        List<PublishedArticle> articles = list(source, ARTICLES, true, warnings, PublishedSiteReader::article);
        List<PublishedEntity> entities = list(source, ENTITIES, true, warnings, PublishedSiteReader::entity);
        // Sites built before redirects were published have none, and need none.
        List<PublishedRedirect> redirects = list(source, REDIRECTS, false, warnings, PublishedSiteReader::redirect);
        List<String> pages = pages(source, warnings);
        return new Read(new PublishedSite(articles == null ? List.of() : articles, stories, entities == null ? List.of() : entities,
                redirects == null ? List.of() : redirects, pages), warnings);
    }

    /**
     * Every page {@code sitemap.xml} lists, relative to the site's root: the pages no API file
     * names (an entity's later pages, side-by-side pages), so that one this build no longer writes
     * can still send readers on. The home page is the shortest address listed, and the rest are
     * made relative to it, so the previous site's base URL need not be known. A site without a
     * sitemap, or one that cannot be read, gives none (a warning says why in the second case).
     */
    private static List<String> pages(Source source, List<Problem> warnings) {
        String shown = source.display(SITEMAP);
        List<String> locations = new ArrayList<>();
        try {
            byte[] bytes = source.read(SITEMAP);
            if (bytes == null) {
                return List.of();
            }
            XMLInputFactory factory = XMLInputFactory.newFactory();
            // A sitemap has no document type; none is read, so no entity can reach outside it.
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            XMLStreamReader xml = factory.createXMLStreamReader(new java.io.ByteArrayInputStream(bytes));
            try {
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("loc")) {
                        locations.add(xml.getElementText().strip());
                    }
                }
            } finally {
                xml.close();
            }
        } catch (IOException | XMLStreamException e) {
            String why = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName()
                    : e.getMessage().lines().findFirst().orElse("");
            warnings.add(Problem.warning(shown, 0, "could not be read (" + why + "), so the pages only it lists get no redirect.", FIX));
            return List.of();
        }
        String home = locations.stream().min(java.util.Comparator.comparingInt(String::length)).orElse("");
        return locations.stream().filter(location -> location.startsWith(home))
                .map(location -> location.substring(home.length())).toList();
    }

    /** The records of one API file, or null when it could not be read (a warning says why). */
    private <T> List<T> list(Source source, String file, boolean required, List<Problem> warnings, Function<JsonNode, Optional<T>> item) {
        String shown = source.display(file);
        List<T> records = new ArrayList<>();
        int skipped = 0;
        try {
            byte[] bytes = source.read(file);
            if (bytes == null) {
                if (required) {
                    warnings.add(Problem.warning(shown, 0, "was not found, so no previous site was read.", FIX));
                }
                return null;
            }
            // One entry in memory at a time: the API of a large archive is tens of megabytes.
            try (JsonParser parser = json.createParser(bytes)) {
                if (parser.nextToken() != JsonToken.START_ARRAY) {
                    warnings.add(Problem.warning(shown, 0, "is not a list, as Briefing's API writes it, and is ignored.", FIX));
                    return null;
                }
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    JsonNode node = json.readTree(parser);
                    Optional<T> record = node == null ? Optional.empty() : item.apply(node);
                    record.ifPresent(records::add);
                    skipped += record.isEmpty() ? 1 : 0;
                }
            }
        } catch (IOException e) {
            warnings.add(Problem.warning(shown, 0, "could not be read (" + reason(e) + ").", FIX));
            return null;
        }
        if (skipped > 0) {
            warnings.add(Problem.warning(shown, 0, skipped + " of its entries lack an id or path and are ignored.", FIX));
        }
        return records;
    }

    /** The first line of the exception's message (Jackson's run on with the input), else its kind: a refused connection has no message. */
    private static String reason(IOException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }

    /** At most {@link #MAX_BYTES} of {@code in}, or an exception saying the file is larger. */
    private static byte[] limited(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_BYTES + 1));
        if (bytes.length > MAX_BYTES) {
            throw new IOException("larger than " + MAX_BYTES / (1024 * 1024) + " MB");
        }
        return bytes;
    }

    private static Optional<PublishedStory> story(JsonNode node) {
        String id = text(node, "id");
        String path = text(node, "path");
        if (id == null || path == null) {
            return Optional.empty();
        }
        String title = text(node, "title");
        return Optional.of(new PublishedStory(id, path, title == null ? "" : title, texts(node, "articles"), texts(node, "summary"),
                text(node, "updated")));
    }

    private static Optional<PublishedArticle> article(JsonNode node) {
        String id = text(node, "id");
        String path = text(node, "path");
        return id == null || path == null ? Optional.empty() : Optional.of(new PublishedArticle(id, path, text(node, "url")));
    }

    private static Optional<PublishedEntity> entity(JsonNode node) {
        String id = text(node, "id");
        String path = text(node, "path");
        String type = text(node, "type");
        if (id == null || path == null || type == null) {
            return Optional.empty();
        }
        String name = text(node, "name");
        return Optional.of(new PublishedEntity(id, type, path, name == null ? "" : name, texts(node, "aliases")));
    }

    private static Optional<PublishedRedirect> redirect(JsonNode node) {
        String from = text(node, "from");
        String to = text(node, "to");
        return from == null || to == null ? Optional.empty() : Optional.of(new PublishedRedirect(from, to));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    private static List<String> texts(JsonNode node, String field) {
        JsonNode value = node.get(field);
        List<String> texts = new ArrayList<>();
        if (value != null && value.isArray()) {
            value.forEach(item -> {
                if (item.isTextual()) {
                    texts.add(item.asText());
                }
            });
        }
        return texts;
    }

    /** Where the files are: a folder or a web address. */
    private interface Source {
        /** The file's bytes, or null when it does not exist there. */
        byte[] read(String file) throws IOException;

        String display(String file);
    }

    private record FolderSource(Path root) implements Source {
        @Override
        public byte[] read(String file) throws IOException {
            Path path = root.resolve(file);
            if (!Files.isRegularFile(path)) {
                return null;
            }
            try (InputStream in = Files.newInputStream(path)) {
                return limited(in);
            }
        }

        @Override
        public String display(String file) {
            return root.resolve(file).toString();
        }
    }

    private static final class WebSource implements Source {
        private final String base;
        private final HttpClient client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL).build();

        WebSource(String base) {
            this.base = base;
        }

        @Override
        public byte[] read(String file) throws IOException {
            HttpRequest request;
            try {
                request = HttpRequest.newBuilder(URI.create(base + file)).timeout(READ_TIMEOUT)
                        .header("Accept", "application/json").GET().build();
            } catch (IllegalArgumentException e) {
                throw new IOException("not a web address", e);
            }
            try {
                HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
                try (InputStream body = response.body()) {
                    if (response.statusCode() == 404 || response.statusCode() == 410) {
                        return null;
                    }
                    if (response.statusCode() != 200) {
                        throw new IOException("HTTP " + response.statusCode());
                    }
                    // The request's timeout ends with the headers; a body that trickles in is
                    // cut off by closing it once the whole read has taken too long.
                    CompletableFuture<Void> deadline = CompletableFuture.runAsync(() -> closeQuietly(body),
                            CompletableFuture.delayedExecutor(READ_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS));
                    try {
                        return limited(body);
                    } catch (IOException e) {
                        throw deadline.isDone() ? new IOException("no answer within " + READ_TIMEOUT.toSeconds() + " s", e) : e;
                    } finally {
                        deadline.cancel(false);
                    }
                }
            } catch (java.net.http.HttpTimeoutException e) {
                throw new IOException("no answer within " + READ_TIMEOUT.toSeconds() + " s", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }

        private static void closeQuietly(InputStream in) {
            try {
                in.close();
            } catch (IOException e) {
                // the read it interrupts reports the failure
            }
        }

        @Override
        public String display(String file) {
            return base + file;
        }
    }
}
