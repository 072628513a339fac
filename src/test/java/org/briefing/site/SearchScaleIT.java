package org.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Measures the search of a large built site in headless Chromium: for each query, the bytes of
 * the index files it loaded, the milliseconds from its shards arriving to its results ranked and
 * from its result files arriving to the results on screen. Runs only when asked, on a site built
 * beforehand (the user guide's Search page gives the commands):
 *
 * <pre>
 * mvn -o verify -Dit.test=SearchScaleIT -Dbriefing.searchSite=/tmp/out10k -Dbriefing.searchQueries="russian airstrikes|aleppo rebels"
 * </pre>
 *
 * and writes its table to {@code target/search-scale.txt}.
 */
class SearchScaleIT {

    @Test
    void measuresQueriesOnABuiltSite() throws IOException {
        String folder = System.getProperty("briefing.searchSite", "");
        assumeTrue(!folder.isEmpty(), "set -Dbriefing.searchSite=DIR to measure the search of a built site");
        TestBrowser.requireChromium();
        Path site = Path.of(folder);
        String base = System.getProperty("briefing.searchBase", "/");
        List<String> queries = List.of(System.getProperty("briefing.searchQueries",
                "russian airstrikes|aleppo rebels|syrian government|assad putin|idlib offensive|\"government forces\"").split("\\|"));
        long indexBytes = bytesUnder(site.resolve("search"));
        long siteBytes = bytesUnder(site);
        List<String> lines = new ArrayList<>();
        lines.add(String.format("site %s: %,d bytes; search index %,d bytes (%.1f %%)", site, siteBytes, indexBytes,
                100.0 * indexBytes / siteBytes));
        lines.add("query | results | index KB loaded (manifest, shards, result files) | shards → ranked ms | result files → shown ms | total ms");
        try (TestSites.Server server = TestSites.serve(site, base)) {
            Path profile = TestSites.createTempFolder("briefing-chromium-");
            ChromeDriver browser = TestBrowser.start(profile);
            try {
                for (String query : queries) {
                    lines.add(measure(browser, server, query));
                }
            } finally {
                browser.quit();
                TestSites.deleteTree(profile);
            }
        }
        lines.forEach(System.out::println);
        Files.write(Path.of("target/search-scale.txt"), lines);
    }

    @SuppressWarnings("unchecked")
    private static String measure(ChromeDriver browser, TestSites.Server server, String query) {
        browser.get(server.url("search/?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8)).toString());
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(driver ->
                List.of("done", "failed").contains(driver.findElement(By.id("search")).getAttribute("data-state")));
        assertThat(browser.findElement(By.id("search")).getAttribute("data-state")).isEqualTo("done");
        JavascriptExecutor js = browser;
        Map<String, Object> timings = (Map<String, Object>) js.executeScript("return window.briefingSearch.page.timings;");
        long[] bytes = new long[3];
        for (Map<String, Object> entry : (List<Map<String, Object>>) js.executeScript(
                "return performance.getEntriesByType('resource').filter(e => e.name.includes('/search/'))"
                + ".map(e => ({name: e.name, size: e.encodedBodySize}));")) {
            String name = (String) entry.get("name");
            long size = ((Number) entry.get("size")).longValue();
            bytes[name.contains("/docs/") ? 2 : name.endsWith("manifest.json") ? 0 : 1] += size;
        }
        String status = browser.findElement(By.id("search-status")).getText();
        return String.format("%s | %s | %.1f (%.1f, %.1f, %.1f) | %.1f | %.1f | %.0f", query, status,
                (bytes[0] + bytes[1] + bytes[2]) / 1024.0, bytes[0] / 1024.0, bytes[1] / 1024.0, bytes[2] / 1024.0,
                number(timings.get("ranked")), number(timings.get("render")), number(timings.get("total")));
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }

    private static long bytesUnder(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }
}
