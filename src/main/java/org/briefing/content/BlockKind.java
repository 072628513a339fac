package org.briefing.content;

/** What a block of an article's body is; cleaning and analysis treat headings and quotes apart. */
public enum BlockKind {
    PARAGRAPH,
    HEADING,
    QUOTE,
    LIST,
    TABLE,
    CODE,
    OTHER
}
