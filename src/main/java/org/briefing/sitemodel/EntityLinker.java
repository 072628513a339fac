package org.briefing.sitemodel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.briefing.analysis.entities.EntityId;
import org.briefing.analysis.entities.Mention;
import org.briefing.content.Block;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * Links actor and place names in an article's HTML to their pages. Each entity is linked once, at
 * its first mention, as encyclopedias do: a page full of links reads worse. Names inside existing
 * links are left alone, and a name matches only as whole words.
 */
final class EntityLinker {

    String link(List<Block> body, List<Mention> mentions, Function<EntityId, String> urlOf) {
        Set<EntityId> linked = new HashSet<>();
        StringBuilder html = new StringBuilder();
        for (int i = 0; i < body.size(); i++) {
            int block = i;
            List<Mention> here = mentions.stream()
                    .filter(m -> m.block() == block && !linked.contains(m.entity()))
                    .sorted(Comparator.comparingInt((Mention m) -> -m.surface().length()).thenComparing(Mention::surface))
                    .toList();
            html.append(here.isEmpty() ? body.get(i).html() : linkBlock(body.get(i).html(), here, linked, urlOf));
        }
        return html.toString();
    }

    private static String linkBlock(String blockHtml, List<Mention> mentions, Set<EntityId> linked,
                                    Function<EntityId, String> urlOf) {
        Element root = Jsoup.parseBodyFragment(blockHtml).body();
        root.ownerDocument().outputSettings().prettyPrint(false);
        for (Mention mention : mentions) {
            if (linked.contains(mention.entity())) {
                continue;
            }
            List<TextNode> texts = new ArrayList<>();
            NodeTraversor.traverse((node, depth) -> {
                if (node instanceof TextNode text && !insideLink(text)) {
                    texts.add(text);
                }
            }, root);
            for (TextNode text : texts) {
                int at = wholeWordIndex(text.getWholeText(), mention.surface());
                if (at < 0) {
                    continue;
                }
                // jsoup refuses to split at either end of a node, so split only where text remains.
                TextNode name = at == 0 ? text : text.splitText(at);
                if (mention.surface().length() < name.getWholeText().length()) {
                    name.splitText(mention.surface().length());
                }
                Element anchor = new Element("a").attr("href", urlOf.apply(mention.entity())).attr("class", "entity");
                name.replaceWith(anchor);
                anchor.appendChild(name);
                linked.add(mention.entity());
                break;
            }
        }
        return root.html();
    }

    private static boolean insideLink(Node node) {
        for (Node parent = node.parent(); parent != null; parent = parent.parent()) {
            if (parent instanceof Element element && element.normalName().equals("a")) {
                return true;
            }
        }
        return false;
    }

    static int wholeWordIndex(String text, String word) {
        int from = 0;
        while (true) {
            int at = text.indexOf(word, from);
            if (at < 0) {
                return -1;
            }
            int end = at + word.length();
            boolean startOk = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            boolean endOk = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (startOk && endOk) {
                return at;
            }
            from = at + 1;
        }
    }
}
