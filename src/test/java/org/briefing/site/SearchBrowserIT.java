package org.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.briefing.TestPaths;
import org.briefing.search.SearchTermsTable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search page in a real browser (Debian's headless Chromium) on a small archive served under
 * {@code /briefing/}, as GitHub Pages serves a project site: typing a query into the header's box
 * and on the page, grouped results, a phrase, filters, the terms search.js makes against the
 * table {@code SearchTermsTest} checks in Java, and no request outside the site.
 *
 * <p>Skipped when Chromium or chromedriver is missing, unless
 * {@code BRIEFING_REQUIRE_BROWSER=1}.
 */
class SearchBrowserIT {

    private static TestSites.Built site;
    private static TestSites.Server server;
    private static Path profile;
    private static ChromeDriver browser;

    @BeforeAll
    static void startBrowser() {
        TestBrowser.stop(browser, profile);
        TestBrowser.requireChromium();
        site = TestSites.shared(searchContent(), "/briefing/");
        server = TestSites.serve(site.folder(), site.base().path());
        profile = TestSites.createTempFolder("briefing-chromium-");
        browser = TestBrowser.start(profile);
    }

    @AfterAll
    static void stopBrowser() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theHeaderBoxLeadsToGroupedResultsStoriesFirstWithMarkedSnippets() {
        browser.get(server.url("").toString());
        WebElement box = browser.findElement(By.cssSelector(".site-search input[name=q]"));
        box.sendKeys("Turkiye", Keys.ENTER);
        waitForResults();
        assertThat(browser.getCurrentUrl()).isEqualTo(server.url("search/?q=Turkiye").toString());

        List<String> headings = texts(".search-results h2");
        assertThat(headings.get(0)).startsWith("Stories");
        assertThat(headings.get(1)).isEqualTo("Articles (2)");
        // "Türkiye" in one report, "Turkiye" in the other: folding finds both.
        assertThat(texts(".result-articles .result-title")).containsExactlyInAnyOrder(
                "Assad envoy meets mediators in Ankara", "Turkiye hosts second day of Syria ceasefire talks");
        assertThat(texts(".result-articles mark")).contains("Türkiye", "Turkiye");
        assertThat(browser.findElement(By.cssSelector(".result-articles .meta")).getText()).contains("2024");
        assertThat(browser.findElement(By.id("search-status")).getAttribute("role")).isEqualTo("status");
        assertThat(browser.findElement(By.id("search-status")).getText()).startsWith("Found");
    }

    @Test
    void aResultLinksToItsPageUnderTheBasePath() {
        search("aleppo floods");
        WebElement story = browser.findElement(By.cssSelector(".result-stories .result-title"));
        assertThat(story.getAttribute("href")).startsWith(server.url("stories/").toString());
        story.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> driver.getCurrentUrl().contains("/stories/"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isNotEmpty();
        assertThat(browser.getTitle()).doesNotContain("Page not found");
    }

    @Test
    void aPhraseFindsOnlyTheWordsTogetherAndStemmingFindsOtherEndings() {
        search("humanitarian corridors");
        assertThat(texts(".result-articles .result-title"))
                .containsExactlyInAnyOrder("Assad envoy meets mediators in Ankara", "Floods hit Aleppo neighbourhoods");

        search("\"humanitarian corridor\"");
        assertThat(texts(".result-articles .result-title")).containsExactly("Assad envoy meets mediators in Ankara");
        assertThat(texts(".result-articles mark")).contains("humanitarian corridor");
    }

    @Test
    void alAssadAndAssadFindEachOther() {
        search("al-Assad");
        assertThat(texts(".result-articles .result-title")).contains("Turkiye hosts second day of Syria ceasefire talks");
    }

    @Test
    void filtersByOutletPlaceAndDate() {
        open("search/?q=aleppo");
        assertThat(texts(".result-articles .result-title")).hasSizeGreaterThanOrEqualTo(3);

        new Select(browser.findElement(By.id("search-outlet"))).selectByVisibleText("Daily Meridian");
        browser.findElement(By.id("search-q")).sendKeys(Keys.ENTER);
        waitForResults();
        assertThat(browser.getCurrentUrl()).contains("outlet=Daily+Meridian");
        assertThat(texts(".result-articles .result-title")).containsExactly("Aid convoys reach flooded Aleppo");
        assertThat(texts(".result-stories .result-title")).hasSize(1);

        open("search/?q=ceasefire&from=2024-11-29&to=2024-11-30");
        assertThat(texts(".result-articles .result-title")).containsExactly("Turkiye hosts second day of Syria ceasefire talks");
        assertThat(texts(".result-stories .result-title")).hasSize(1);

        open("search/?q=rain&place=Damascus");
        assertThat(texts(".result-articles .result-title")).containsExactly("Aid convoys reach flooded Aleppo");
    }

    @Test
    void searchJsMakesTheTermsOfTheSharedTable() {
        open("search/");
        for (String[] row : SearchTermsTable.rows()) {
            Object made = ((JavascriptExecutor) browser).executeScript(
                    "return window.briefingSearch.tokens(arguments[0]).map(t => t.stop ? '(' + t.term + ')' : t.term).join(' ');",
                    row[0]);
            assertThat(made).as(row[0]).isEqualTo(row[1]);
        }
    }

    @Test
    void requestsNothingOutsideTheSite() {
        search("aleppo");
        @SuppressWarnings("unchecked")
        List<String> loaded = (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return performance.getEntriesByType('resource').map(e => e.name);");
        assertThat(loaded).isNotEmpty().allMatch(url -> url.startsWith(server.origin() + "/briefing/"));
    }

    private static void search(String query) {
        open("search/");
        WebElement input = browser.findElement(By.id("search-q"));
        input.clear();
        input.sendKeys(query, Keys.ENTER);
        waitForResults();
    }

    private static void open(String sitePath) {
        browser.get(server.url(sitePath).toString());
        waitForResults();
    }

    private static void waitForResults() {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> {
            String state = driver.findElement(By.id("search")).getAttribute("data-state");
            return "done".equals(state) || "ready".equals(state) || "failed".equals(state);
        });
        assertThat(browser.findElement(By.id("search")).getAttribute("data-state")).isNotEqualTo("failed");
    }

    private static List<String> texts(String css) {
        return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    static Path searchContent() {
        return TestPaths.projectRoot().resolve("src/test/resources/sites/search");
    }
}
