package org.briefing.content;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The language an article is written in, as a BCP 47 tag ({@code en}, {@code en-US},
 * {@code pt-BR}, {@code zh-Hant}): what an HTML {@code lang} attribute takes.
 */
public record LanguageTag(String value) {

    /** A primary language of two or three letters, then subtags of letters and digits. */
    private static final Pattern TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");

    public LanguageTag {
        Objects.requireNonNull(value, "value");
        if (!TAG.matcher(value).matches()) {
            throw new IllegalArgumentException("not a language tag: " + value);
        }
    }

    /**
     * The tag as written, with the underscores of a locale ({@code en_US}, as {@code og:locale}
     * gives it) read as hyphens; empty when it is no language tag ({@code {{lang}}}, {@code english}).
     */
    public static Optional<LanguageTag> parse(String text) {
        String tag = text.strip().replace('_', '-');
        return TAG.matcher(tag).matches() ? Optional.of(new LanguageTag(tag)) : Optional.empty();
    }

    /** The language itself, without region or script: {@code en} for {@code en-GB}, lower-cased. */
    public String language() {
        int hyphen = value.indexOf('-');
        return (hyphen < 0 ? value : value.substring(0, hyphen)).toLowerCase(Locale.ROOT);
    }

    /** Whether both name one language, whatever their regions ({@code en-GB} and {@code en}). */
    public boolean sameLanguageAs(Locale locale) {
        return language().equals(locale.getLanguage().toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
