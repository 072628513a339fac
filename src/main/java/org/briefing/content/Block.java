package org.briefing.content;

import java.util.Objects;

/**
 * One block of an article's body: a paragraph, heading, list or the like. A value: equal blocks
 * have equal kinds, texts, HTML, lines and groups.
 *
 * <p>Most paragraphs are plain text, their HTML only the text escaped in a {@code <p>}; such a
 * block keeps the text alone and makes the HTML when asked. Blocks live from loading until the
 * site is written, and holding every article's words twice was a tenth of a large build's heap.
 */
public final class Block {

    private final BlockKind kind;
    private final String text;
    /** {@code null} when the HTML is {@link #plainParagraph(String)} of the text, with or without a line end. */
    private final String html;
    /** Whether HTML left out as plain ends in a line end, as the Markdown renderer ends every block. */
    private final boolean plainEndsLine;
    private final int line;
    private final int group;

    /**
     * @param text  plain text, whitespace collapsed; what cleaning and analysis read
     * @param html  sanitized HTML for the page: no scripts, event handlers or {@code javascript:} links
     * @param line  1-based line of the file where the block starts
     * @param group blocks with the same group stood together without a blank line between them in a
     *              {@code .txt} file (pasted lists of links do); in Markdown every block is its own group
     */
    public Block(BlockKind kind, String text, String html, int line, int group) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.text = Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
        if (line < 1) {
            throw new IllegalArgumentException("line must be positive: " + line);
        }
        String plain = kind == BlockKind.PARAGRAPH ? plainParagraph(text) : null;
        boolean endsLine = plain != null && html.length() == plain.length() + 1 && html.endsWith("\n") && html.startsWith(plain);
        this.html = plain != null && (endsLine || html.equals(plain)) ? null : html;
        this.plainEndsLine = endsLine;
        this.line = line;
        this.group = group;
    }

    public BlockKind kind() {
        return kind;
    }

    public String text() {
        return text;
    }

    public String html() {
        return html != null ? html : plainEndsLine ? plainParagraph(text) + "\n" : plainParagraph(text);
    }

    /** Whether this block holds its HTML apart from its text: what a plain paragraph need not. */
    boolean holdsHtml() {
        return html != null;
    }

    public int line() {
        return line;
    }

    public int group() {
        return group;
    }

    /** The number of words, counted as runs of letters or digits. */
    public int wordCount() {
        return TextShape.wordCount(text);
    }

    /** A paragraph of plain text as the sanitizer writes it: {@code & < >} and no-break spaces escaped. */
    static String plainParagraph(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16).append("<p>");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\u00a0' -> out.append("&nbsp;");
                default -> out.append(c);
            }
        }
        return out.append("</p>").toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Block that && kind == that.kind && line == that.line && group == that.group
                && plainEndsLine == that.plainEndsLine && text.equals(that.text) && Objects.equals(html, that.html);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, text, html, plainEndsLine, line, group);
    }

    @Override
    public String toString() {
        return "Block[kind=" + kind + ", text=" + text + ", html=" + html() + ", line=" + line + ", group=" + group + "]";
    }
}
