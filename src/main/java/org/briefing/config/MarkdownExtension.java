package org.briefing.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The flexmark extensions a site may turn on by name in {@code site.yml}. */
public enum MarkdownExtension {
    TABLES,
    AUTOLINK,
    TYPOGRAPHIC;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<MarkdownExtension> forKey(String key) {
        return Arrays.stream(values()).filter(e -> e.key().equals(key)).findFirst();
    }
}
