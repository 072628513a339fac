package org.briefing.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Trims what stands around the reporting inside the article's container: the head above the first
 * paragraph of prose (headline, standfirst, byline, date line, photo gallery controls) and short
 * labels after the last one (tags, "share"), plus one- to three-word labels between paragraphs
 * ("close", "Caption", "1 / 8") that are controls, not text. Prose is a paragraph that reads as
 * sentences; nothing from the first to the last of it is dropped but such labels.
 */
final class ArticleEdges {

    /** A paragraph of this many words or more is prose whatever its punctuation. */
    private static final int PROSE_WORDS = 20;
    /** A shorter paragraph is prose when it ends like a sentence and has at least this many words. */
    private static final int SENTENCE_WORDS = 10;
    private static final int MAX_LABEL_WORDS = 3;
    private static final Pattern ENDS_LIKE_SENTENCE = Pattern.compile(".*[.!?…][\"”’')\\]]*$");

    private ArticleEdges() {
    }

    static List<ArticleBodyFinder.Found> trim(List<ArticleBodyFinder.Found> blocks) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (isProse(blocks.get(i))) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            return blocks;
        }
        List<ArticleBodyFinder.Found> kept = new ArrayList<>();
        for (int i = first; i < blocks.size(); i++) {
            ArticleBodyFinder.Found block = blocks.get(i);
            String text = TextShape.collapseWhitespace(block.element().text());
            int words = TextShape.wordCount(text);
            boolean label = block.kind() == BlockKind.PARAGRAPH && words <= MAX_LABEL_WORDS
                    && !ENDS_LIKE_SENTENCE.matcher(text).matches() && !isBold(block);
            boolean tail = i > last && (block.kind() == BlockKind.HEADING || block.kind() == BlockKind.PARAGRAPH
                    && words < SENTENCE_WORDS && !ENDS_LIKE_SENTENCE.matcher(text).matches());
            if (!label && !tail) {
                kept.add(block);
            }
        }
        return kept;
    }

    static boolean isProse(ArticleBodyFinder.Found block) {
        if (block.kind() != BlockKind.PARAGRAPH) {
            return false;
        }
        String text = TextShape.collapseWhitespace(block.element().text());
        int words = TextShape.wordCount(text);
        return words >= PROSE_WORDS || words >= SENTENCE_WORDS && ENDS_LIKE_SENTENCE.matcher(text).matches();
    }

    /** A paragraph all in bold is a subheading written as a paragraph. */
    private static boolean isBold(ArticleBodyFinder.Found block) {
        var children = block.element().children();
        return children.size() == 1 && (children.get(0).normalName().equals("strong") || children.get(0).normalName().equals("b"))
                && children.get(0).text().length() >= block.element().text().strip().length() - 1;
    }
}
