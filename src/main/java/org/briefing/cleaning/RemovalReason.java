package org.briefing.cleaning;

/** Why cleaning took a block out of an article; the label is shown to readers. */
public enum RemovalReason {
    PAGE_FURNITURE("page furniture"),
    OUTSIDE_ARTICLE("menus, links and notices around the article"),
    SECTION_LABEL("section label"),
    LINK_LIST("links to other articles"),
    UNRELATED_HEADLINES("headlines of other articles"),
    VIDEO_PLAYER("video player"),
    IMAGE_CAPTION("image caption or credit"),
    TITLE_SUFFIX("site name after the title"),
    REPEATED_TITLE("repeated title"),
    REPEATED_PARAGRAPH("repeated paragraph");

    private final String label;

    RemovalReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
