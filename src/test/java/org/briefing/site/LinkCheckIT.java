package org.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.briefing.check.LinkChecker;
import org.briefing.problems.Problem;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every internal link of every page resolves, under the root and under a GitHub Pages project
 * path. Checked twice, independently: by {@link LinkChecker} on the rendered pages, and by serving
 * the written folder over HTTP under its base path and requesting every internal URL the pages
 * name (including {@code #fragment} targets, the sitemap and the feeds' links).
 */
class LinkCheckIT {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/briefing/"})
    void everyInternalLinkResolvesUnderBaseUrl(String baseUrl) {
        TestSites.Built site = TestSites.shared(TestSites.seeds(), baseUrl);

        assertThat(brokenLinksFoundByLinkChecker(site)).isEmpty();
        assertThat(site.htmlFiles()).contains("index.html", "404.html", "archive/index.html");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/briefing/"})
    void everyInternalUrlAnswers200WhenServedUnderBaseUrl(String baseUrl) {
        TestSites.Built site = TestSites.shared(TestSites.seeds(), baseUrl);

        assertThat(brokenUrlsWhenServed(site)).isEmpty();
    }

    @Test
    void everyInternalLinkOfTheAwkwardSiteResolvesUnderAProjectPath() {
        TestSites.Built site = TestSites.shared(TestSites.awkward(), "/briefing/");

        assertThat(brokenLinksFoundByLinkChecker(site)).isEmpty();
        assertThat(brokenUrlsWhenServed(site)).isEmpty();
    }

    @Test
    void everyInternalLinkOfTheCorpusSiteResolvesUnderAProjectPath() {
        assumeTrue(TestSites.corpus().isPresent(), "../shared/corpora/" + TestSites.CORPUS + " is not beside this clone");
        TestSites.Built site = TestSites.shared(TestSites.corpus().get(), "/briefing/");

        assertThat(brokenLinksFoundByLinkChecker(site)).isEmpty();
        assertThat(brokenUrlsWhenServed(site)).isEmpty();
    }

    private static List<String> brokenLinksFoundByLinkChecker(TestSites.Built site) {
        return new LinkChecker(site.base()).check(site.pages(), site.assets()).stream().map(Problem::describe).toList();
    }

    /**
     * Serves the folder and requests each page, then every same-origin URL in its {@code href} and
     * {@code src} attributes, once each; a fragment must name an id in the page it points to.
     */
    private static List<String> brokenUrlsWhenServed(TestSites.Built site) {
        List<String> broken = new ArrayList<>();
        try (TestSites.Server server = TestSites.serve(site.folder(), site.base().path())) {
            Crawler crawler = new Crawler(server.origin());
            for (String file : site.htmlFiles()) {
                URI page = server.url(TestSites.pagePath(file));
                Fetched fetched = crawler.fetch(page);
                if (fetched.status() != 200) {
                    broken.add(file + " is not served at " + page + " (HTTP " + fetched.status() + ")");
                    continue;
                }
                Document document = Jsoup.parse(fetched.body(), page.toString());
                for (Element element : document.select("[href], [src]")) {
                    String attribute = element.hasAttr("href") ? "href" : "src";
                    String problem = crawler.problemWith(element.absUrl(attribute));
                    if (problem != null) {
                        broken.add(file + " links to `" + element.attr(attribute) + "`: " + problem);
                    }
                }
            }
            String robots = crawler.fetch(server.url("robots.txt")).body();
            robots.lines().filter(line -> line.startsWith("Sitemap:")).map(line -> line.substring("Sitemap:".length()).strip())
                    .forEach(sitemap -> {
                        String problem = crawler.problemWith(server.url("robots.txt").resolve(sitemap).toString());
                        if (problem != null) {
                            broken.add("robots.txt names the sitemap `" + sitemap + "`: " + problem);
                        }
                    });
            for (String xmlFile : site.pages().stream().map(p -> p.path().file()).filter(f -> f.endsWith(".xml")).sorted().toList()) {
                URI self = server.url(xmlFile);
                Document xml = Jsoup.parse(crawler.fetch(self).body(), "", Parser.xmlParser());
                for (Element link : xml.select("loc, link[href]")) {
                    String target = link.hasAttr("href") ? link.attr("href") : link.text();
                    String problem = crawler.problemWith(self.resolve(target).toString());
                    if (problem != null) {
                        broken.add(xmlFile + " links to `" + target + "`: " + problem);
                    }
                }
            }
        }
        return broken;
    }

    private record Fetched(int status, String contentType, String body) {
    }

    /** Fetches each URL once; a site of a thousand pages names the same few hundred URLs over and over. */
    private static final class Crawler {

        private final String origin;
        private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        private final Map<URI, Fetched> fetched = new HashMap<>();
        private final Map<URI, Document> parsed = new HashMap<>();

        Crawler(String origin) {
            this.origin = origin;
        }

        /** Null when the URL is external or resolves; otherwise what is wrong with it. */
        String problemWith(String absoluteUrl) {
            if (absoluteUrl.isEmpty()) {
                return "not a URL";
            }
            URI uri = URI.create(absoluteUrl);
            if (!absoluteUrl.startsWith(origin + "/")) {
                return List.of("http", "https", "mailto").contains(uri.getScheme()) ? null : "an unexpected scheme";
            }
            URI withoutFragment = URI.create(absoluteUrl.replaceFirst("#.*$", ""));
            Fetched response = fetch(withoutFragment);
            if (response.status() != 200) {
                return "HTTP " + response.status();
            }
            String fragment = uri.getRawFragment();
            if (fragment != null && !fragment.isEmpty() && response.contentType().startsWith("text/html")) {
                Document target = parsed.computeIfAbsent(withoutFragment, key -> Jsoup.parse(response.body(), key.toString()));
                String id = URLDecoder.decode(fragment, StandardCharsets.UTF_8);
                if (target.getElementById(id) == null) {
                    return "no element with id `" + id + "`";
                }
            }
            return null;
        }

        Fetched fetch(URI url) {
            return fetched.computeIfAbsent(url, key -> {
                try {
                    HttpResponse<String> response = client.send(HttpRequest.newBuilder(key).timeout(Duration.ofSeconds(10)).build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                    return new Fetched(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            });
        }
    }
}
