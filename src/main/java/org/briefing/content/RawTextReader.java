package org.briefing.content;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Entities;

/**
 * Splits pasted text into blocks: each non-empty line is a paragraph (pasted web text puts one
 * paragraph on a line, with or without blank lines between), and lines with no blank line between
 * them share a group. The text is escaped for the page, never interpreted as HTML.
 */
final class RawTextReader {

    List<Block> read(String text) {
        List<Block> blocks = new ArrayList<>();
        String[] lines = text.split("\\r\\n|\\r|\\n", -1);
        int group = 0;
        boolean previousBlank = true;
        for (int i = 0; i < lines.length; i++) {
            String line = TextShape.collapseWhitespace(lines[i]);
            if (line.isEmpty()) {
                previousBlank = true;
                continue;
            }
            if (previousBlank && !blocks.isEmpty()) {
                group++;
            }
            previousBlank = false;
            blocks.add(new Block(BlockKind.PARAGRAPH, line, "<p>" + Entities.escape(line) + "</p>", i + 1, group));
        }
        return blocks;
    }
}
