package org.briefing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/** Reads a written site back: its files, and its pages and feeds parsed with jsoup. */
public record SitePages(Path out) {

    /** Every file of the site, relative to its folder, with {@code /} between names, sorted. */
    public List<String> files() {
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(Files::isRegularFile).map(file -> out.relativize(file).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String text(String file) {
        try {
            return Files.readString(out.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The site's files parsed as HTML ({@code .html}) or XML (feeds, sitemap), by name. */
    public Stream<Document> documents() {
        return files().stream().filter(file -> file.endsWith(".html") || file.endsWith(".xml")).map(this::document);
    }

    public Document document(String file) {
        Document document = file.endsWith(".xml")
                ? Jsoup.parse(text(file), "", Parser.xmlParser())
                : Jsoup.parse(text(file));
        document.setBaseUri(file);
        return document;
    }
}
