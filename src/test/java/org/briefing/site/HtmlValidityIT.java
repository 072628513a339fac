package org.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.briefing.Archive;
import org.briefing.PublishedBuilds;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Every generated HTML page passes the Nu Html Checker with no errors (the seeds' site whole, and
 * a sample of each kind of page of the corpus site), and every feed and the sitemap is well-formed
 * XML of the right kind, the feeds with ids of their own. A redirect page, which only a build
 * after a previous one writes, is valid too.
 */
class HtmlValidityIT {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    /** Pages per kind of corpus page (articles, actors, stories…) that are validated. */
    private static final int SAMPLE_PER_KIND = 8;

    /** Loading the schemas takes seconds, so the whole class shares one validator. */
    private static EmbeddedValidator validator;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void loadValidator() {
        validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
    }

    @Test
    void everySeedPageIsValidHtml() {
        TestSites.Built site = TestSites.shared(TestSites.seeds(), "/briefing/");

        assertThat(site.htmlFiles()).hasSizeGreaterThan(10);
        assertThat(validationErrors(site.folder(), site.htmlFiles())).isEmpty();
    }

    @Test
    void everyPageOfTheAwkwardSiteIsValidHtml() {
        TestSites.Built site = TestSites.shared(TestSites.awkward(), "/briefing/");

        assertThat(validationErrors(site.folder(), site.htmlFiles())).isEmpty();
    }

    @Test
    void aSampleOfEveryKindOfCorpusPageIsValidHtml() {
        assumeTrue(TestSites.corpus().isPresent(), "../shared/corpora/" + TestSites.CORPUS + " is not beside this clone");
        TestSites.Built site = TestSites.shared(TestSites.corpus().get(), "/briefing/");

        assertThat(validationErrors(site.folder(), sampleOfEachKind(site.htmlFiles()))).isEmpty();
    }

    @Test
    void aRedirectPageIsValidHtml(@TempDir Path temp) throws IOException {
        Archive archive = PublishedBuilds.archiveOf(temp.resolve("a"), TestSites.seeds().resolve("articles"));
        archive.entity("assad.md", "---\nname: Bashar al-Assad\ntype: actor\n---\n");
        PublishedBuilds.Site first = PublishedBuilds.build(archive.content(), temp.resolve("first"), "/briefing/", Optional.empty());
        Files.move(archive.content().resolve("entities/assad.md"), archive.content().resolve("entities/bashar-al-assad.md"));
        PublishedBuilds.Site second = PublishedBuilds.build(archive.content(), temp.resolve("second"), "/briefing/", first);

        assertThat(second.redirects()).containsKey("actors/assad/");
        assertThat(validationErrors(second.folder(), List.of("actors/assad/index.html"))).isEmpty();
    }

    @Test
    void everySeedFeedIsAtomWithCompleteEntries() {
        TestSites.Built site = TestSites.shared(TestSites.seeds(), "/briefing/");

        assertThat(feedProblems(site)).isEmpty();
    }

    @Test
    void everyCorpusFeedIsAtomWithCompleteEntries() {
        assumeTrue(TestSites.corpus().isPresent(), "../shared/corpora/" + TestSites.CORPUS + " is not beside this clone");
        TestSites.Built site = TestSites.shared(TestSites.corpus().get(), "/briefing/");

        assertThat(feedProblems(site)).isEmpty();
    }

    @Test
    void sitemapIsWellFormedAndListsEveryPageButTheNotFoundPage() {
        TestSites.Built site = TestSites.shared(TestSites.seeds(), "/briefing/");

        Document sitemap = parseXml(site, "sitemap.xml");
        assertThat(sitemap.getDocumentElement().getNamespaceURI()).isEqualTo(SITEMAP);
        assertThat(sitemap.getDocumentElement().getLocalName()).isEqualTo("urlset");
        List<String> locations = new ArrayList<>();
        NodeList urls = sitemap.getElementsByTagNameNS(SITEMAP, "url");
        for (int i = 0; i < urls.getLength(); i++) {
            locations.add(childText((Element) urls.item(i), SITEMAP, "loc"));
        }
        List<String> pages = site.pagePaths().stream().filter(path -> !path.equals("404.html")).map(site.base()::link).toList();
        assertThat(locations).containsExactlyInAnyOrderElementsOf(pages);
    }

    /** One line per error, {@code FILE:LINE: message}; warnings and info messages pass. */
    private static List<String> validationErrors(Path folder, List<String> files) {
        List<String> errors = new ArrayList<>();
        for (String file : files) {
            try {
                JsonNode report = JSON.readTree(validator.validate(folder.resolve(file)));
                for (JsonNode message : report.path("messages")) {
                    String type = message.path("type").asText();
                    if (type.equals("error") || type.equals("non-document-error")) {
                        errors.add(file + ":" + message.path("lastLine").asInt() + ": " + message.path("message").asText()
                                + " in `" + message.path("extract").asText().strip() + "`");
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (SAXException e) {
                errors.add(file + ": the validator could not read it: " + e.getMessage());
            }
        }
        return errors;
    }

    /**
     * Up to {@link #SAMPLE_PER_KIND} pages, evenly spread, of each kind: a kind is the first
     * folder and the depth ({@code articles/x/index.html}, {@code actors/x/page/2/index.html}…).
     */
    static List<String> sampleOfEachKind(List<String> files) {
        Map<String, List<String>> kinds = files.stream().collect(Collectors.groupingBy(
                file -> file.split("/")[0] + "@" + file.split("/").length, LinkedHashMap::new, Collectors.toList()));
        List<String> sample = new ArrayList<>();
        for (List<String> kind : kinds.values()) {
            int step = Math.max(1, (kind.size() + SAMPLE_PER_KIND - 1) / SAMPLE_PER_KIND);
            for (int i = 0; i < kind.size(); i += step) {
                sample.add(kind.get(i));
            }
        }
        return sample;
    }

    /** Every {@code feed.xml}: Atom, with a title, id and updated time, and each entry complete. */
    private static List<String> feedProblems(TestSites.Built site) {
        List<String> feeds = site.pages().stream().map(page -> page.path().file()).filter(file -> file.endsWith("feed.xml")).sorted().toList();
        assertThat(feeds).contains("feed.xml");
        List<String> problems = new ArrayList<>();
        Map<String, String> feedIds = new HashMap<>();
        for (String file : feeds) {
            Element feed = parseXml(site, file).getDocumentElement();
            if (!ATOM.equals(feed.getNamespaceURI()) || !feed.getLocalName().equals("feed")) {
                problems.add(file + ": the root is not an Atom <feed>");
                continue;
            }
            problems.addAll(missingParts(file, feed));
            // issue 13: every Briefing site's feed had the id urn:briefing:feed.xml
            String id = childText(feed, ATOM, "id");
            if (id.startsWith("urn:briefing:")) {
                problems.add(file + ": <id> " + id + " is the same on every Briefing site");
            }
            String other = feedIds.putIfAbsent(id, file);
            if (other != null) {
                problems.add(file + ": <id> " + id + " is also " + other + "'s");
            }
            Set<String> entryIds = new HashSet<>();
            NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
            for (int i = 0; i < entries.getLength(); i++) {
                problems.addAll(missingParts(file + " entry " + (i + 1), (Element) entries.item(i)));
                if (!entryIds.add(childText((Element) entries.item(i), ATOM, "id"))) {
                    problems.add(file + " entry " + (i + 1) + ": its <id> is another entry's");
                }
            }
        }
        return problems;
    }

    /** What Atom requires of a feed or an entry: id, title, an RFC 3339 updated time, and a link. */
    private static List<String> missingParts(String where, Element element) {
        List<String> problems = new ArrayList<>();
        for (String part : List.of("id", "title", "updated")) {
            if (childText(element, ATOM, part).isBlank()) {
                problems.add(where + ": no <" + part + ">");
            }
        }
        try {
            OffsetDateTime.parse(childText(element, ATOM, "updated"));
        } catch (DateTimeParseException e) {
            problems.add(where + ": <updated> is not an RFC 3339 time: " + childText(element, ATOM, "updated"));
        }
        boolean linked = false;
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child && ATOM.equals(child.getNamespaceURI())
                    && child.getLocalName().equals("link") && !child.getAttribute("href").isBlank()) {
                linked = true;
            }
        }
        if (!linked) {
            problems.add(where + ": no <link href>");
        }
        return problems;
    }

    /** The text of {@code element}'s first direct child named {@code name}; empty if none. */
    private static String childText(Element element, String namespace, String name) {
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child && namespace.equals(child.getNamespaceURI())
                    && child.getLocalName().equals(name)) {
                return child.getTextContent().strip();
            }
        }
        return "";
    }

    /** Parses with namespaces and without DTDs; a file that is not well-formed fails the test. */
    private static Document parseXml(TestSites.Built site, String file) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            return builder.parse(new ByteArrayInputStream(Files.readAllBytes(site.folder().resolve(file))), site.folder().toUri().toString());
        } catch (SAXException e) {
            throw new AssertionError(file + " is not well-formed XML: " + e.getMessage(), e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
