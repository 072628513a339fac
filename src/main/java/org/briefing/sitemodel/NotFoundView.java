package org.briefing.sitemodel;

/** The page GitHub Pages serves for a missing path; its links carry the base URL, not relative paths. */
public record NotFoundView(String archiveUrl) implements PageView {

    @Override
    public String template() {
        return "404.ftlh";
    }

    @Override
    public String modelName() {
        return "notFound";
    }
}
