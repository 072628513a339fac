package org.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.briefing.TestPaths;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The seeds' site in a real browser (Debian's headless Chromium), served under {@code /briefing/}
 * the way GitHub Pages serves a project site: a reader's walk through the links, a phone-wide
 * window, the keyboard path into the page, and no request to any other host.
 *
 * <p>Skipped when Chromium or chromedriver is missing, unless {@code BRIEFING_REQUIRE_BROWSER=1},
 * which makes a missing browser a failure (for CI, where the browser must be there).
 */
class BrowserIT {

    private static final int PHONE_WIDTH = 360;
    /**
     * Selenium warns on every run that it has no CDP bindings for this Chromium; the one CDP
     * command used (colour scheme emulation) needs none. Held here: a logger nobody holds is
     * collected, and its level with it.
     */
    private static final java.util.logging.Logger DEVTOOLS_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium.devtools");

    private static TestSites.Built site;
    private static TestSites.Server server;
    /** The awkward articles (long words, wide tables), served beside the seeds for the phone check. */
    private static TestSites.Built awkward;
    private static TestSites.Server awkwardServer;
    /** An archive of three described outlets (the Markdown golden case): source pages with profiles. */
    private static TestSites.Built outlets;
    private static TestSites.Server outletsServer;
    private static Path profile;
    private static ChromeDriver browser;
    /** Every resource URL the pages loaded, gathered by {@link #open(String)} and {@link #expectPage}. */
    private static final List<String> LOADED = new ArrayList<>();

    @BeforeAll
    static void startBrowser() {
        TestBrowser.stop(browser, profile);
        DEVTOOLS_LOG.setLevel(java.util.logging.Level.SEVERE);
        TestBrowser.requireChromium();
        site = TestSites.shared(TestSites.seeds(), "/briefing/");
        server = TestSites.serve(site.folder(), site.base().path());
        awkward = TestSites.shared(TestSites.awkward(), "/briefing/");
        awkwardServer = TestSites.serve(awkward.folder(), awkward.base().path());
        outlets = TestSites.shared(TestSites.outlets(), "/briefing/");
        outletsServer = TestSites.serve(outlets.folder(), outlets.base().path());
        profile = TestSites.createTempFolder("briefing-chromium-");
        browser = TestBrowser.start(profile);
        // axe-core over a long page takes more than the default script time on a busy machine
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stopBrowser() {
        if (server != null) {
            server.close();
        }
        if (awkwardServer != null) {
            awkwardServer.close();
        }
        if (outletsServer != null) {
            outletsServer.close();
        }
    }

    @BeforeEach
    void useADesktopWindow() {
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void readerWalksFromHomeThroughTheStoryItsReportsAnActorAndAPlaceBackHome() {
        open("");
        expectPage("Latest stories");
        assertThat(browser.getTitle()).isEqualTo("Briefing");

        WebElement storyLink = browser.findElement(By.cssSelector(".story-card-title a"));
        String storyTitle = storyLink.getText();
        String storyUrl = follow(storyLink);
        expectPage(storyTitle);
        assertThat(storyUrl).startsWith(server.url("stories/").toString());

        List<String> reports = browser.findElements(By.cssSelector(".reports a.report-title")).stream()
                .map(link -> link.getAttribute("href")).toList();
        assertThat(reports).hasSize(5);
        for (String report : reports) {
            WebElement link = browser.findElement(By.cssSelector(".reports a.report-title[href='" + pathOf(report) + "']"));
            String headline = link.getText().replace("…", "");
            assertThat(follow(link)).startsWith(server.url("articles/").toString());
            assertThat(expectPage(null).getText()).as("the article's heading").startsWith(headline);
            assertThat(browser.findElement(By.cssSelector(".facts a[href='" + pathOf(storyUrl) + "']")).getText())
                    .as("the article names its story").isEqualTo(storyTitle);
            browser.navigate().back();
            waitForUrl(storyUrl);
            expectPage(storyTitle);
        }

        follow(browser.findElement(By.cssSelector(".reports a.report-title")));
        expectPage(null);
        WebElement actor = browser.findElement(By.cssSelector(".entities .tags a:not(.place)"));
        String actorName = actor.getText();
        assertThat(follow(actor)).startsWith(server.url("actors/").toString());
        expectPage(actorName);
        assertThat(browser.findElement(By.cssSelector(".kicker")).getText()).containsIgnoringCase("actor");

        follow(browser.findElement(By.cssSelector(".story-card-title a[href='" + pathOf(storyUrl) + "']")));
        expectPage(storyTitle);

        WebElement place = browser.findElement(By.cssSelector(".entities .tags a.place"));
        String placeLabel = place.findElement(By.xpath("..")).getText();
        assertThat(follow(place)).startsWith(server.url("places/").toString());
        assertThat(placeLabel).as("the link names the place's page").startsWith(expectPage(null).getText());

        assertThat(follow(browser.findElement(By.cssSelector(".site-title")))).isEqualTo(server.url("").toString());
        expectPage("Latest stories");
    }

    @Test
    void noPageIsWiderThanAPhoneScreen() {
        browser.manage().window().setSize(new Dimension(PHONE_WIDTH, 800));
        List<String> overflowing = new ArrayList<>();
        for (String page : phonePages()) {
            overflowing.addAll(overflowOf(server.url(page).toString()));
        }
        for (String page : List.of(firstPage(awkward, "articles/"), lastPage(awkward, "articles/"), firstPage(awkward, "stories/"))) {
            overflowing.addAll(overflowOf(awkwardServer.url(page).toString()));
        }
        assertThat(overflowing).isEmpty();
    }

    /** Empty when the page fits the window; else how wide it is and the first elements that stick out. */
    private static List<String> overflowOf(String url) {
        browser.get(url);
        recordLoadedResources();
        long viewport = number("return window.innerWidth;");
        assertThat(viewport).as("the window is phone-wide").isLessThanOrEqualTo(PHONE_WIDTH);
        long width = number("return document.documentElement.scrollWidth;");
        if (width <= viewport) {
            return List.of();
        }
        return List.of(url + " is " + width + " px wide in a " + viewport + " px window; sticking out: "
                + script("return Array.from(document.querySelectorAll('body *'))"
                + ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5 || e.scrollWidth > window.innerWidth)"
                + ".slice(0, 6).map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '')).join(', ');"));
    }

    @Test
    void firstTabFocusesTheSkipLinkAndActivatingItMovesFocusToMain() {
        open(storyPage());

        new Actions(browser).sendKeys(Keys.TAB).perform();
        WebElement focused = browser.switchTo().activeElement();
        assertThat(focused.getAttribute("class")).contains("skip-link");
        assertThat(focused.getRect().getY()).as("the focused skip link is on screen").isGreaterThanOrEqualTo(0);

        new Actions(browser).sendKeys(Keys.ENTER).perform();
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(driver -> "main".equals(driver.switchTo().activeElement().getTagName()));
        assertThat(browser.getCurrentUrl()).endsWith("#main");
    }

    @Test
    void noPageRequestsAnythingFromAnotherHost() {
        for (String page : phonePages()) {
            open(page);
        }
        for (String page : awkward.pagePathsIn("articles/")) {
            browser.get(awkwardServer.url(page).toString());
            recordLoadedResources();
        }
        assertThat(LOADED).isNotEmpty();
        assertThat(LOADED.stream().filter(url -> !url.startsWith(server.origin() + "/")
                && !url.startsWith(awkwardServer.origin() + "/")).distinct()).as("URLs of other hosts").isEmpty();
    }

    /**
     * axe-core (vendored from npm for tests, never published) finds no WCAG 2.1 A or AA violation
     * on the first page of every kind, in the light and the dark colour scheme: the seeds' pages
     * and the source pages of an archive whose outlets are described.
     */
    @Test
    void axeFindsNoWcag21AaViolationOnAnyPageKind() throws java.io.IOException {
        String axe = Files.readString(TestPaths.projectRoot().resolve("src/test/resources/vendor/axe-core/axe.min.js"));
        List<String> violations = new ArrayList<>();
        for (String scheme : List.of("light", "dark")) {
            browser.executeCdpCommand("Emulation.setEmulatedMedia",
                    java.util.Map.of("features", List.of(java.util.Map.of("name", "prefers-color-scheme", "value", scheme))));
            for (String page : AxeCheck.onePageOfEachKind(site.pagePaths())) {
                violations.addAll(AxeCheck.violations(browser, axe, server.url(page).toString(), scheme));
                assertThat(script("return matchMedia('(prefers-color-scheme: dark)').matches;"))
                        .as("the page is seen in the %s scheme", scheme).isEqualTo(scheme.equals("dark"));
            }
            for (String page : AxeCheck.onePageOfEachKind(outlets.pagePaths())) {
                if (page.startsWith("sources/")) {
                    violations.addAll(AxeCheck.violations(browser, axe, outletsServer.url(page).toString(), scheme));
                }
            }
        }
        browser.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("features", List.of()));
        // The corpus has what the seeds lack (pages of compare pages with passages only some carry,
        // long indexes): its pages too, in the light scheme, when it is beside this clone.
        if (TestSites.corpus().isPresent()) {
            TestSites.Built corpus = TestSites.shared(TestSites.corpus().get(), "/briefing/");
            try (TestSites.Server corpusServer = TestSites.serve(corpus.folder(), corpus.base().path())) {
                for (String page : AxeCheck.onePageOfEachKind(corpus.pagePaths())) {
                    violations.addAll(AxeCheck.violations(browser, axe, corpusServer.url(page).toString(), "light"));
                }
            }
        } else {
            System.out.println("[BrowserIT] axe checked the seeds only: ../shared/corpora/" + TestSites.CORPUS + " is not beside this clone");
        }
        assertThat(violations).isEmpty();
    }

    /** The timeline shrinks to fit a phone; its outlet labels and dates must stay readable (issue 12: about 7 px). */
    @Test
    void timelineLabelsAreLegibleOnAPhone() {
        browser.manage().window().setSize(new Dimension(PHONE_WIDTH, 800));
        open(storyPage());
        @SuppressWarnings("unchecked")
        List<Number> heights = (List<Number>) script("return Array.from(document.querySelectorAll('.timeline-label, .timeline-tick'))"
                + ".map(t => t.getBoundingClientRect().height);");
        assertThat(heights).as("timeline labels on " + browser.getCurrentUrl()).isNotEmpty();
        double smallest = heights.stream().mapToDouble(Number::doubleValue).min().orElseThrow();
        assertThat(smallest).as("height on screen of the smallest timeline label, px").isGreaterThanOrEqualTo(12);
    }

    /** Home, the story, an article, an actor and a place: one page of each kind a reader meets first. */
    private static List<String> phonePages() {
        List<String> pages = new ArrayList<>(List.of("", "actors/", "places/", "archive/", "sources/", "404.html"));
        pages.add(storyPage());
        for (String kind : List.of("articles/", "actors/", "places/")) {
            pages.add(firstPage(site, kind));
        }
        return pages;
    }

    /** The first story page itself: "stories/x/compare/…/" sorts before "stories/x/", so the first page in stories/ is not it. */
    private static String storyPage() {
        return site.pagePathsIn("stories/").stream().filter(path -> path.split("/").length == 2).findFirst().orElseThrow();
    }

    /** The site path of the first page inside {@code folder}, such as {@code stories/x/}. */
    private static String firstPage(TestSites.Built built, String folder) {
        return built.pagePathsIn(folder).get(0);
    }

    private static String lastPage(TestSites.Built built, String folder) {
        List<String> pages = built.pagePathsIn(folder);
        return pages.get(pages.size() - 1);
    }

    /** Clicks a link and waits until the browser is at its address; returns that address. */
    private static String follow(WebElement link) {
        String url = link.getAttribute("href");
        link.click();
        waitForUrl(url);
        return url;
    }

    private static void waitForUrl(String url) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(url));
    }

    private static void open(String sitePath) {
        browser.get(server.url(sitePath).toString());
        recordLoadedResources();
    }

    /**
     * Waits for the next page's {@code h1}, checks the title is "HEADING · Briefing" (the home
     * page's is the site's title alone), and records what the page loaded.
     *
     * @param heading the expected {@code h1}, or null to accept any
     */
    private static WebElement expectPage(String heading) {
        WebElement h1 = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        if (heading != null) {
            assertThat(h1.getText()).isEqualTo(heading);
        }
        if (!browser.getCurrentUrl().equals(server.url("").toString())) {
            assertThat(browser.getTitle()).isEqualTo(h1.getText() + " · Briefing");
        }
        recordLoadedResources();
        return h1;
    }

    @SuppressWarnings("unchecked")
    private static void recordLoadedResources() {
        Object entries = script("return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))"
                + ".map(e => e.name);");
        LOADED.addAll((List<String>) entries);
    }

    /** {@code /briefing/x/} for {@code http://127.0.0.1:PORT/briefing/x/}: how the pages write their links. */
    private static String pathOf(String url) {
        return url.substring(server.origin().length());
    }

    private static Object script(String javascript) {
        return ((JavascriptExecutor) browser).executeScript(javascript);
    }

    private static long number(String javascript) {
        return ((Number) script(javascript)).longValue();
    }
}
