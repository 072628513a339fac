package org.briefing.content;

/** How an article file is written. */
public enum SourceFormat {
    /** {@code .md}: Markdown, usually with YAML front matter. */
    MARKDOWN,
    /** {@code .txt}: text pasted from a web page, one paragraph a line, optional {@code NAME.yml}. */
    TEXT,
    /** {@code .html}: a saved web page, kept unchanged; the article and its facts are read from it. */
    HTML
}
