package org.briefing.sitemodel;

import java.util.List;

/** {@code sitemap.xml}: every HTML page, sorted. */
public record SitemapView(List<String> urls) implements PageView {

    public SitemapView {
        urls = List.copyOf(urls);
    }

    @Override
    public String template() {
        return "sitemap.ftlx";
    }

    @Override
    public String modelName() {
        return "sitemap";
    }
}
