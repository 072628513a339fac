package org.briefing.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/** Runs axe-core in a loaded page and words its violations; picks one page of each kind to run it on. */
final class AxeCheck {

    /** Path segments that name a kind of page; any other segment is an id or slug. */
    private static final Set<String> FIXED = Set.of("stories", "compare", "articles", "actors", "places", "sources",
            "archive", "search", "kind", "initial", "page", "404.html");
    private static final String TAGS = "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']";

    private AxeCheck() {
    }

    /**
     * The first page path of each kind, the kind being the path with its ids and slugs masked:
     * {@code stories/x/compare/} and {@code stories/y/compare/} are one kind.
     */
    static List<String> onePageOfEachKind(List<String> pagePaths) {
        Map<String, String> byKind = new LinkedHashMap<>();
        for (String path : pagePaths) {
            StringBuilder kind = new StringBuilder();
            for (String segment : path.split("/")) {
                kind.append(FIXED.contains(segment) || segment.isEmpty() ? segment : "*").append('/');
            }
            byKind.putIfAbsent(kind.toString(), path);
        }
        return List.copyOf(byKind.values());
    }

    /** Each violation on {@code url}: rule, impact, and the first elements it names. */
    @SuppressWarnings("unchecked")
    static List<String> violations(WebDriver browser, String axe, String url, String scheme) {
        browser.get(url);
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(axe);
        Object result = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: " + TAGS + "}, resultTypes: ['violations']})"
                + ".then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' — '"
                + " + v.nodes.slice(0, 3).map(n => n.target.join(' ') + (n.failureSummary ? ' [' + n.failureSummary.replace(/\\s+/g, ' ') + ']' : '')).join('; '))))"
                + ".catch(e => done(['axe failed: ' + e]));");
        List<String> violations = new ArrayList<>();
        for (String violation : (List<String>) result) {
            violations.add(url + " (" + scheme + "): " + violation);
        }
        return violations;
    }
}
