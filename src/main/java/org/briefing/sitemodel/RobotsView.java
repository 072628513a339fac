package org.briefing.sitemodel;

/** {@code robots.txt}: everything may be crawled; the sitemap is named. */
public record RobotsView(String sitemapUrl) implements PageView {

    @Override
    public String template() {
        return "robots.ftl";
    }

    @Override
    public String modelName() {
        return "robots";
    }
}
