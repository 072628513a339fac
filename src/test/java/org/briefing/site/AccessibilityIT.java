package org.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import org.briefing.render.RenderedPage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/**
 * The structural accessibility basics, on every page: a language, a title, one {@code h1}, one
 * {@code main}, a skip link to it as the first thing the keyboard reaches, headings that do not
 * skip a level, images with {@code alt}, labelled form controls, and {@code aria-labelledby}
 * that names an element on the page. Contrast and screen-reader behaviour need a browser and
 * are not checked here.
 */
class AccessibilityIT {

    /** What the keyboard can reach, in the order of the document. */
    private static final String FOCUSABLE = "a[href], area[href], button, input:not([type=hidden]), select, textarea, "
            + "iframe, summary, [tabindex]:not([tabindex=-1]), [contenteditable]:not([contenteditable=false])";
    private static final String FORM_CONTROLS = "input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=reset]), select, textarea";

    @Test
    void everySeedPageHasTheAccessibilityBasics() {
        TestSites.Built site = TestSites.shared(TestSites.seeds(), "/briefing/");

        assertThat(problemsOf(site)).isEmpty();
    }

    @Test
    void everyPageOfTheAwkwardSiteHasTheAccessibilityBasics() {
        TestSites.Built site = TestSites.shared(TestSites.awkward(), "/briefing/");

        assertThat(problemsOf(site)).isEmpty();
    }

    @Test
    void everyCorpusPageHasTheAccessibilityBasics() {
        assumeTrue(TestSites.corpus().isPresent(), "../shared/corpora/" + TestSites.CORPUS + " is not beside this clone");
        TestSites.Built site = TestSites.shared(TestSites.corpus().get(), "/briefing/");

        assertThat(problemsOf(site)).isEmpty();
    }

    private static List<String> problemsOf(TestSites.Built site) {
        List<String> problems = new ArrayList<>();
        for (RenderedPage page : site.pages()) {
            String file = page.path().file();
            if (file.endsWith(".html")) {
                problemsOf(Jsoup.parse(page.text())).forEach(problem -> problems.add(file + ": " + problem));
            }
        }
        return problems;
    }

    static List<String> problemsOf(Document page) {
        List<String> problems = new ArrayList<>();
        if (page.selectFirst("html").attr("lang").isBlank()) {
            problems.add("<html> has no lang");
        }
        if (page.title().isBlank()) {
            problems.add("no <title>");
        }
        if (page.select("h1").size() != 1) {
            problems.add(page.select("h1").size() + " h1 elements, not one");
        }
        Elements mains = page.select("main");
        if (mains.size() != 1) {
            problems.add(mains.size() + " <main> elements, not one");
        }
        Element first = page.body().selectFirst(FOCUSABLE);
        if (first == null || !first.hasClass("skip-link")) {
            problems.add("the first focusable element is not the skip link: " + (first == null ? "none" : first.outerHtml()));
        } else if (mains.size() == 1 && !first.attr("href").equals("#" + mains.first().id())) {
            problems.add("the skip link points to `" + first.attr("href") + "`, not to <main id=" + mains.first().id() + ">");
        }
        int previous = 0;
        for (Element heading : page.select("h1, h2, h3, h4, h5, h6")) {
            int level = heading.tagName().charAt(1) - '0';
            if (level > previous + 1) {
                problems.add((previous == 0 ? "the first heading is h" + level : "heading level skips from h" + previous + " to h" + level)
                        + " at `" + heading.text() + "`");
            }
            previous = level;
        }
        for (Element image : page.select("img:not([alt])")) {
            problems.add("image without alt: " + image.outerHtml());
        }
        for (Element control : page.select(FORM_CONTROLS)) {
            if (!isLabelled(page, control)) {
                problems.add("form control without a label: " + control.outerHtml());
            }
        }
        for (Element labelled : page.select("[aria-labelledby]")) {
            for (String id : labelled.attr("aria-labelledby").split("\\s+")) {
                if (page.getElementById(id) == null) {
                    problems.add("aria-labelledby names `" + id + "`, which is not on the page");
                }
            }
        }
        return problems;
    }

    private static boolean isLabelled(Document page, Element control) {
        return !control.attr("aria-label").isBlank() || !control.attr("aria-labelledby").isBlank()
                || !control.parents().select("label").isEmpty()
                || !control.id().isEmpty() && page.select("label[for]").stream().anyMatch(label -> label.attr("for").equals(control.id()));
    }
}
