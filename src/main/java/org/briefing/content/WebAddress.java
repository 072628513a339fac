package org.briefing.content;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * The one rule for an original's address: {@code http} or {@code https} with a host. Anything
 * else ({@code javascript:}, {@code data:}, {@code mailto:}, a relative path) would be a link a
 * page must not carry.
 */
public final class WebAddress {

    private WebAddress() {
    }

    /** The address as written (trimmed) when it is a web address; empty otherwise. */
    public static Optional<String> parse(String text) {
        try {
            URI uri = new URI(text.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return Optional.of(uri.toString());
            }
        } catch (URISyntaxException e) {
            // not an address at all
        }
        return Optional.empty();
    }
}
