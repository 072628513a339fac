package org.briefing.check;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.briefing.config.BaseUrl;
import org.briefing.content.LinkTarget;
import org.briefing.problems.Problem;
import org.briefing.render.RenderedPage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds broken internal links in a rendered site: every {@code href} and {@code src} that points
 * into the site must name a page, file or static asset that exists, and a {@code #fragment} must
 * name an element id on that page. Links to other sites are not fetched.
 *
 * <pre>{@code
 * List<Problem> broken = new LinkChecker(config.baseUrl()).check(pages, templates.resolve("assets"));
 * }</pre>
 */
public final class LinkChecker {

    private final BaseUrl base;

    public LinkChecker(BaseUrl base) {
        this.base = base;
    }

    /**
     * @param assets the static assets folder that will be copied to {@code assets/}
     * @return one problem per broken link, naming the page (as {@code site/PATH}) and the link
     */
    public List<Problem> check(List<RenderedPage> pages, Path assets) {
        Set<String> files = new HashSet<>();
        Map<String, Document> html = new HashMap<>();
        for (RenderedPage page : pages) {
            files.add(page.path().file());
            if (page.path().file().endsWith(".html")) {
                html.put(page.path().file(), Jsoup.parse(new String(page.bytes(), StandardCharsets.UTF_8)));
            }
        }
        files.addAll(assetFiles(assets));
        List<Problem> problems = new ArrayList<>();
        html.keySet().stream().sorted().forEach(file -> {
            Document document = html.get(file);
            for (Element element : document.select("[href], [src]")) {
                String link = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                String problem = problemWith(link, file, files, html);
                if (problem != null) {
                    problems.add(Problem.error("site/" + file, 0, "links to `" + link + "`, " + problem, ""));
                }
            }
        });
        return problems;
    }

    private String problemWith(String link, String fromFile, Set<String> files, Map<String, Document> html) {
        if (link.isEmpty()) {
            return "an empty link.";
        }
        if (!LinkTarget.isWellFormed(link)) {
            return "which is not a valid URL.";
        }
        URI uri = URI.create(link);
        if (uri.getScheme() != null || link.startsWith("//")) {
            if (base.isAbsoluteUrl() && link.startsWith(base.value())) {
                return problemWith(base.path() + link.substring(base.value().length()), fromFile, files, html);
            }
            return null;
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String target;
        if (path.isEmpty()) {
            target = fromFile;
        } else if (path.startsWith("/")) {
            if (!path.startsWith(base.path())) {
                return "which is outside the site's base path " + base.path() + ".";
            }
            target = path.substring(base.path().length());
        } else {
            target = URI.create(fromFile).resolve(path).getPath();
        }
        if (target.isEmpty() || target.endsWith("/")) {
            target = target + "index.html";
        }
        if (!files.contains(target)) {
            return "which does not exist.";
        }
        String fragment = uri.getRawFragment();
        if (fragment != null && !fragment.isEmpty() && html.containsKey(target)
                && html.get(target).getElementById(fragment) == null) {
            return "but " + target + " has no element with id `" + fragment + "`.";
        }
        return null;
    }

    private static Set<String> assetFiles(Path assets) {
        Set<String> files = new HashSet<>();
        if (!Files.isDirectory(assets)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(assets)) {
            walk.filter(Files::isRegularFile)
                    .forEach(file -> files.add("assets/" + assets.relativize(file).toString().replace('\\', '/')));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return files;
    }
}
