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

    /**
     * The host of a web address, lower case and without a leading {@code www.}, as an outlet's
     * host is written ({@code https://www.aljazeera.com/news/} gives {@code aljazeera.com});
     * empty for anything {@link #parse} refuses.
     */
    public static Optional<String> host(String address) {
        return parse(address).map(URI::create).map(URI::getHost).map(WebAddress::bareHost);
    }

    /** {@code WWW.Example.com.} as {@code example.com}. */
    static String bareHost(String host) {
        String bare = host.toLowerCase(Locale.ROOT);
        bare = bare.endsWith(".") ? bare.substring(0, bare.length() - 1) : bare;
        return bare.startsWith("www.") ? bare.substring(4) : bare;
    }
}
