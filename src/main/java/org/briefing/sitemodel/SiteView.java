package org.briefing.sitemodel;

import java.util.List;

/**
 * What every template knows about the site: its name, where its shared files are, and the
 * navigation.
 *
 * @param homeUrl    the home page's URL (with the base path)
 * @param assetsUrl  the URL of the assets folder, ending in a slash
 * @param feedUrl    the site's Atom feed
 * @param searchUrl  the search page, which the search box in every page's header sends its query to
 * @param navigation the main navigation, in order
 */
public record SiteView(String title, String description, String language, String homeUrl, String assetsUrl,
                       String feedUrl, String searchUrl, List<LinkView> navigation) {

    public SiteView {
        navigation = List.copyOf(navigation);
    }
}
