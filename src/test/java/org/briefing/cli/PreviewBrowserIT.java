package org.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.briefing.site.TestBrowser;
import org.briefing.site.TestSites;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Issue 10, item 9: {@code serve} stopped answering after about seven page views in one browser,
 * because every page's live-reload stream stayed open. Here a real browser (Debian's headless
 * Chromium) reads 50 pages of the seeds' site in a row through the preview server, by links and
 * by the back button, and each must arrive within the page-load timeout.
 *
 * <p>Skipped when Chromium or chromedriver is missing, unless {@code BRIEFING_REQUIRE_BROWSER=1}.
 */
class PreviewBrowserIT {

    private static final int PAGE_VIEWS = 50;

    private static TestSites.Built site;
    private static PreviewServer server;
    private static Path profile;
    private static ChromeDriver browser;

    @BeforeAll
    static void startServerAndBrowser() throws IOException {
        TestBrowser.requireChromium();
        site = TestSites.shared(TestSites.seeds(), "/briefing/");
        server = new PreviewServer(site.folder(), site.base(), new InetSocketAddress("127.0.0.1", 0));
        server.start();
        profile = TestSites.createTempFolder("briefing-chromium-");
        browser = TestBrowser.start(profile);
    }

    @AfterAll
    static void stop() {
        TestBrowser.stop(browser, profile);
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void answersFiftyPageViewsInARowInOneBrowser() throws Exception {
        List<String> pages = site.pagePaths().stream().filter(path -> !path.endsWith(".html")).toList();
        assertThat(pages.size()).isGreaterThan(10);
        browser.get(url(""));
        for (int view = 1; view <= PAGE_VIEWS; view++) {
            if (view % 5 == 0) {
                browser.navigate().back();
            } else if (view % 2 == 0) {
                // a link on the page, as a reader follows one
                browser.findElement(By.cssSelector("main a[href^='/briefing/'][href$='/']")).click();
            } else {
                browser.get(url(pages.get(view % pages.size())));
            }
            assertThat(browser.getTitle()).as("page view %d at %s", view, browser.getCurrentUrl()).isNotBlank();
            assertThat(browser.findElements(By.tagName("main"))).as("page view %d at %s", view, browser.getCurrentUrl()).hasSize(1);
        }
        // The streams of pages left behind are closed: the server learns it when a heartbeat fails
        // to reach them, a write or two after the browser went.
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (server.listenerCount() > 1 && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        assertThat(server.listenerCount()).as("live-reload streams still open").isLessThanOrEqualTo(1);
        HttpResponse<String> answer = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                .send(HttpRequest.newBuilder(URI.create(url(""))).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
    }

    private static String url(String sitePath) {
        return "http://localhost:" + server.port() + site.base().path() + sitePath;
    }
}
