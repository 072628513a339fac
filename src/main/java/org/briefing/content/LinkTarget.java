package org.briefing.content;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * The one rule for what a link on a page may point to, shared by the build (which removes
 * other links from articles) and {@code check} (which reports them): an address that parses as a
 * URI. Before, the build published {@code href="&#x22;&#x3e;"} and
 * {@code mailto:…?body=<script>}, which {@code check} then rejected (issue 10, item 18).
 */
public final class LinkTarget {

    private LinkTarget() {
    }

    /** Whether {@code href}, as it stands in the page (entities decoded), is a well-formed URI reference. */
    public static boolean isWellFormed(String href) {
        if (href.isEmpty()) {
            return false;
        }
        try {
            new URI(href);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
