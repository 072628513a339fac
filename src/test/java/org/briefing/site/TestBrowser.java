package org.briefing.site;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium through chromedriver, for the real-browser tests. A missing browser
 * skips the test, unless {@code BRIEFING_REQUIRE_BROWSER=1} makes it a failure (for CI, where the
 * browser must be there).
 */
public final class TestBrowser {

    /** Debian's packages; {@code -Dbriefing.chromium=…} and {@code -Dbriefing.chromedriver=…} name others. */
    static final Path CHROMIUM = Path.of(System.getProperty("briefing.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("briefing.chromedriver", "/usr/bin/chromedriver"));

    private TestBrowser() {
    }

    /** Skips (or fails, when required) the calling test class unless Chromium and its driver are installed. */
    public static void requireChromium() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String missing = "needs " + CHROMIUM + " and " + CHROMEDRIVER + " (apt-get install chromium chromium-driver)";
            if ("1".equals(System.getenv("BRIEFING_REQUIRE_BROWSER"))) {
                fail("BRIEFING_REQUIRE_BROWSER=1, but the browser test " + missing);
            }
            abort("Browser test skipped: it " + missing + "; set BRIEFING_REQUIRE_BROWSER=1 to make this a failure");
        }
    }

    /** A headless browser with its own profile folder, no background traffic and a desktop-sized window. */
    public static ChromeDriver start(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--user-data-dir=" + profile, "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
        return browser;
    }

    /** Quits the browser and deletes its profile folder; either may be null (a set-up that failed). */
    public static void stop(ChromeDriver browser, Path profile) {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            TestSites.deleteTree(profile);
        }
    }
}
