package org.briefing.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the article in a saved page and gives its blocks in page order. General methods only, no
 * rules for particular sites: markup that is never the article (navigation, forms, hidden
 * elements) goes first; every paragraph-like element then scores its parent and grandparent by
 * its text (length and commas), so the container holding most running prose wins; link density
 * lowers a score, since menus and "related" lists are mostly links; siblings of the winner that
 * carry prose of their own join it (a body split around an advertisement).
 */
final class ArticleBodyFinder {

    /** A block of the article and the element it came from. */
    record Found(BlockKind kind, Element element, int line) {
    }

    private static final Set<String> NEVER_ARTICLE = Set.of("script", "style", "noscript", "template", "svg", "canvas",
            "iframe", "object", "embed", "input", "select", "textarea", "button", "nav", "aside", "footer", "link",
            "meta", "dialog", "menu", "label", "option");
    private static final Pattern UNLIKELY = Pattern.compile(
            "(?i)-ad-|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu"
                    + "|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate"
                    + "|pagination|pager|popup|yom-remote|share|newsletter|promo|cookie|consent|subscribe|signup|recirc|outbrain|taboola");
    /** Captions, credits and media players: short texts about pictures and videos, not reporting. */
    private static final Pattern CAPTION = Pattern.compile("(?i)caption|credit|gallery|slideshow|carousel|lightbox|video|player");
    private static final Pattern MAYBE = Pattern.compile("(?i)and|article|body|column|content|main|shadow|story|entry|post|text");
    private static final Pattern POSITIVE = Pattern.compile(
            "(?i)article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|prose");
    private static final Pattern NEGATIVE = Pattern.compile(
            "(?i)-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media"
                    + "|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget"
                    + "|newsletter|subscribe|byline|author|caption|credit|recirc|taboola");
    private static final Set<String> SCORED = Set.of("p", "pre", "td", "section", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "dd", "details", "dialog",
            "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
            "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "ul", "tr", "td", "th", "tbody", "thead");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    private static final Pattern SENTENCE_END = Pattern.compile("\\.( |$)");

    /** A paragraph shorter than this tells nothing about where the article is. */
    private static final int MIN_SCORED_CHARS = 25;

    List<Found> find(Document page) {
        Element body = page.body();
        if (body == null) {
            return List.of();
        }
        removeNeverArticle(body);
        Document unlikelyKept = page.clone();
        removeUnlikely(body);
        List<Found> found = findIn(body);
        // Class names mislead now and then ("header" on a body wrapper): a short result is retried
        // with them all kept, as Readability does.
        if (charCount(found) < 500) {
            List<Found> retried = findIn(unlikelyKept.body());
            if (charCount(retried) > charCount(found)) {
                return retried;
            }
        }
        return found;
    }

    private List<Found> findIn(Element body) {
        Map<Element, Double> scores = score(body);
        if (scores.isEmpty()) {
            return List.of();
        }
        Element top = topCandidate(body, scores);
        List<Found> blocks = new ArrayList<>();
        for (Element part : withSiblings(top, scores)) {
            collectBlocks(part, blocks);
        }
        return ArticleEdges.trim(blocks);
    }

    private static int charCount(List<Found> found) {
        return found.stream().mapToInt(f -> f.element().text().length()).sum();
    }

    private static void removeNeverArticle(Element body) {
        for (Element element : body.getAllElements()) {
            if (element == body || element.parent() == null) {
                continue;
            }
            String role = element.attr("role").toLowerCase(java.util.Locale.ROOT);
            if (NEVER_ARTICLE.contains(element.normalName()) || element.hasAttr("hidden")
                    || element.attr("aria-hidden").equalsIgnoreCase("true") && !element.normalName().equals("p")
                    || HIDDEN_STYLE.matcher(element.attr("style")).find()
                    || Set.of("navigation", "complementary", "contentinfo", "dialog", "menu", "menubar").contains(role)) {
                element.remove();
            }
        }
    }

    private static void removeUnlikely(Element body) {
        for (Element element : body.select("figcaption, figure")) {
            element.remove();
        }
        for (Element element : body.getAllElements()) {
            if (element != body && element.parent() != null && CAPTION.matcher(element.className() + " " + element.id()).find()
                    && TextShape.wordCount(element.text()) < 60 && element.select("blockquote").isEmpty()) {
                element.remove();
            }
        }
        for (Element element : body.getAllElements()) {
            if (element == body || element.parent() == null || Set.of("a", "body", "html", "main", "article").contains(element.normalName())) {
                continue;
            }
            String names = element.className() + " " + element.id();
            // an embedded post (a tweet in a "social-embed" box) is quoted reporting
            if (UNLIKELY.matcher(names).find() && !MAYBE.matcher(names).find() && !insideTable(element)
                    && element.select("blockquote").isEmpty()) {
                element.remove();
            }
        }
    }

    private static boolean insideTable(Element element) {
        for (Element parent = element.parent(); parent != null; parent = parent.parent()) {
            if (parent.normalName().equals("table")) {
                return true;
            }
        }
        return false;
    }

    /** Readability's content score: each paragraph adds to its ancestors, less the further up. */
    private static Map<Element, Double> score(Element body) {
        Map<Element, Double> scores = new HashMap<>();
        for (Element element : body.getAllElements()) {
            if (!isScored(element)) {
                continue;
            }
            String text = TextShape.collapseWhitespace(element.text());
            if (text.length() < MIN_SCORED_CHARS) {
                continue;
            }
            double points = 1 + commas(text) + Math.min(text.length() / 100, 3);
            int level = 0;
            for (Element ancestor = element.parent(); ancestor != null && level < 5; ancestor = ancestor.parent(), level++) {
                if (ancestor.normalName().equals("html")) {
                    break;
                }
                scores.computeIfAbsent(ancestor, ArticleBodyFinder::initialScore);
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.merge(ancestor, points / divider, Double::sum);
            }
        }
        scores.replaceAll((element, score) -> score * (1 - linkDensity(element)));
        return scores;
    }

    private static boolean isScored(Element element) {
        String tag = element.normalName();
        if (SCORED.contains(tag)) {
            return true;
        }
        // A div that holds only text and inline markup is a paragraph by another name.
        return tag.equals("div") && element.children().stream().noneMatch(child -> BLOCK_TAGS.contains(child.normalName()));
    }

    private static int commas(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '，' || c == '、') {
                count++;
            }
        }
        return count;
    }

    private static double initialScore(Element element) {
        double score = switch (element.normalName()) {
            case "div", "article", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return score + classWeight(element);
    }

    private static double classWeight(Element element) {
        double weight = 0;
        for (String name : List.of(element.className(), element.id())) {
            if (name.isEmpty()) {
                continue;
            }
            if (NEGATIVE.matcher(name).find()) {
                weight -= 25;
            }
            if (POSITIVE.matcher(name).find()) {
                weight += 25;
            }
        }
        return weight;
    }

    /** Share of an element's text that is link text. */
    static double linkDensity(Element element) {
        int length = element.text().length();
        if (length == 0) {
            return 0;
        }
        int linked = 0;
        for (Element link : element.select("a")) {
            String href = link.attr("href");
            // in-page anchors (footnotes, "jump to") are not navigation away
            linked += href.startsWith("#") ? link.text().length() * 0.3 : link.text().length();
        }
        return Math.min(1, (double) linked / length);
    }

    private static Element topCandidate(Element body, Map<Element, Double> scores) {
        List<Map.Entry<Element, Double>> ranked = new ArrayList<>(scores.entrySet());
        ranked.sort(Map.Entry.<Element, Double>comparingByValue(Comparator.reverseOrder()));
        Element top = ranked.get(0).getKey();
        double topScore = ranked.get(0).getValue();
        // Several strong candidates under one ancestor: the body is split into parts; take the ancestor.
        List<Element> alternatives = ranked.stream().skip(1).limit(4).filter(e -> e.getValue() >= 0.75 * topScore)
                .map(Map.Entry::getKey).toList();
        if (alternatives.size() >= 3) {
            for (Element parent = top.parent(); parent != null && parent != body; parent = parent.parent()) {
                Element ancestor = parent;
                long containing = alternatives.stream().filter(a -> a.parents().contains(ancestor)).count();
                if (containing >= 3) {
                    top = parent;
                    break;
                }
            }
        }
        double lastScore = scores.getOrDefault(top, topScore);
        double threshold = lastScore / 3;
        for (Element parent = top.parent(); parent != null && parent != body; parent = parent.parent()) {
            Double parentScore = scores.get(parent);
            if (parentScore == null) {
                continue;
            }
            if (parentScore < threshold) {
                break;
            }
            if (parentScore > lastScore) {
                top = parent;
                break;
            }
            lastScore = parentScore;
        }
        while (top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        return top;
    }

    private static List<Element> withSiblings(Element top, Map<Element, Double> scores) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double topScore = scores.getOrDefault(top, 0.0);
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> parts = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                parts.add(sibling);
                continue;
            }
            double bonus = !top.className().isEmpty() && sibling.className().equals(top.className()) ? topScore * 0.2 : 0;
            Double score = scores.get(sibling);
            if (score != null && score + bonus >= threshold) {
                parts.add(sibling);
            } else if (sibling.normalName().equals("p")) {
                String text = TextShape.collapseWhitespace(sibling.text());
                double density = linkDensity(sibling);
                if (text.length() > 80 && density < 0.25
                        || text.length() > 0 && text.length() <= 80 && density == 0 && SENTENCE_END.matcher(text).find()) {
                    parts.add(sibling);
                }
            }
        }
        return parts;
    }

    /** Walks the chosen content and gives its blocks: leaf blocks as they are, containers opened. */
    private static void collectBlocks(Element element, List<Found> blocks) {
        String tag = element.normalName();
        switch (tag) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> add(blocks, BlockKind.HEADING, element);
            case "p" -> add(blocks, BlockKind.PARAGRAPH, element);
            case "pre" -> add(blocks, BlockKind.CODE, element);
            case "ul", "ol", "dl" -> {
                if (linkDensity(element) < 0.5) {
                    add(blocks, BlockKind.LIST, element);
                }
            }
            case "blockquote" -> add(blocks, BlockKind.QUOTE, element);
            case "table" -> {
                // a layout table holds paragraphs; a data table holds cells of text
                if (element.select("p, div p, h2, h3").isEmpty()) {
                    add(blocks, BlockKind.TABLE, element);
                } else {
                    element.select("td, th").stream().filter(cell -> cell.parents().stream()
                            .filter(p -> p.normalName().equals("table")).findFirst().orElse(null) == element)
                            .forEach(cell -> collectChildren(cell, blocks));
                }
            }
            default -> collectChildren(element, blocks);
        }
    }

    /** Inline runs between block children become paragraphs of their own. */
    private static void collectChildren(Element element, List<Found> blocks) {
        boolean hasBlockChild = element.children().stream().anyMatch(child -> BLOCK_TAGS.contains(child.normalName()));
        if (!hasBlockChild) {
            add(blocks, BlockKind.PARAGRAPH, element);
            return;
        }
        Element run = null;
        int runLine = 0;
        for (Node child : new ArrayList<>(element.childNodes())) {
            boolean block = child instanceof Element e && BLOCK_TAGS.contains(e.normalName());
            if (block) {
                if (run != null) {
                    add(blocks, BlockKind.PARAGRAPH, run, runLine);
                    run = null;
                }
                collectBlocks((Element) child, blocks);
            } else if (child instanceof TextNode || child instanceof Element) {
                if (run == null) {
                    run = new Element("p");
                    runLine = lineOf(child);
                }
                run.appendChild(child.clone());
            }
        }
        if (run != null) {
            add(blocks, BlockKind.PARAGRAPH, run, runLine);
        }
    }

    private static void add(List<Found> blocks, BlockKind kind, Element element) {
        add(blocks, kind, element, lineOf(element));
    }

    /** The source line where a node starts (1 when the parser kept no position). */
    private static int lineOf(Node node) {
        for (Node at = node; at != null; at = at.parent()) {
            int line = at.sourceRange().start().lineNumber();
            if (line > 0) {
                return line;
            }
        }
        return 1;
    }

    private static void add(List<Found> blocks, BlockKind kind, Element element, int line) {
        String text = TextShape.collapseWhitespace(element.text());
        if (text.isEmpty()) {
            return;
        }
        if (kind != BlockKind.HEADING && linkDensity(element) > 0.5) {
            return;
        }
        blocks.add(new Found(kind, element, line));
    }
}
