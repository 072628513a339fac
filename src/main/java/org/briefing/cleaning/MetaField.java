package org.briefing.cleaning;

/** The facts about an article that a file may state, or that cleaning may infer from its text. */
public enum MetaField {
    TITLE("headline"),
    SOURCE("outlet"),
    URL("original address"),
    DATE("date"),
    AUTHOR("author"),
    DATELINE("dateline");

    private final String label;

    MetaField(String label) {
        this.label = label;
    }

    /** What readers call it, e.g. "original address". */
    public String label() {
        return label;
    }
}
