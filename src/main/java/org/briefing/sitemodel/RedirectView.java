package org.briefing.sitemodel;

/**
 * A page left at an address that moved, as Hugo's aliases are: it names its new address as
 * canonical, asks search engines not to index it, and sends the browser on at once (a plain link
 * does the same without a refresh).
 *
 * @param title        what is at the new address (a story's headline, an entity's name); may be empty
 * @param targetUrl    the new address, with the base path, for the refresh and the link
 * @param canonicalUrl the new address in full when the base URL has a host
 */
public record RedirectView(String title, String targetUrl, String canonicalUrl) implements PageView {

    @Override
    public String template() {
        return "redirect.ftlh";
    }

    @Override
    public String modelName() {
        return "redirect";
    }
}
