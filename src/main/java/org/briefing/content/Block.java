package org.briefing.content;

import java.util.Objects;

/**
 * One block of an article's body: a paragraph, heading, list or the like.
 *
 * @param text  plain text, whitespace collapsed; what cleaning and analysis read
 * @param html  sanitized HTML for the page: no scripts, event handlers or {@code javascript:} links
 * @param line  1-based line of the file where the block starts
 * @param group blocks with the same group stood together without a blank line between them in a
 *              {@code .txt} file (pasted lists of links do); in Markdown every block is its own group
 */
public record Block(BlockKind kind, String text, String html, int line, int group) {

    public Block {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
        if (line < 1) {
            throw new IllegalArgumentException("line must be positive: " + line);
        }
    }

    /** The number of words, counted as runs of letters or digits. */
    public int wordCount() {
        return TextShape.wordCount(text);
    }
}
