package org.briefing.analysis.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Makes URL-safe names from any text: lower-case ASCII letters, digits and single hyphens, at most
 * {@link #MAX_LENGTH} characters, never empty and never a dot path. "../../x" becomes "x" and
 * "<img onerror=…>" becomes "img-onerror", so a name is always data, never a path. Names Windows
 * reserves for devices ({@code con}, {@code nul}, {@code com1}…) get {@code -0} after them, so a
 * site can be checked out and served on Windows too.
 */
public final class Slugs {

    public static final int MAX_LENGTH = 80;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");

    private Slugs() {
    }

    /** The slug of {@code text}, or {@code fallback} when the text has no letters or digits. */
    public static String slugify(String text, String fallback) {
        String ascii = MARKS.matcher(Normalizer.normalize(text.replace("ß", "ss").replace("ı", "i"), Normalizer.Form.NFKD))
                .replaceAll("").toLowerCase(Locale.ROOT)
                .replace("'", "").replace("’", "");
        String slug = NOT_SLUG.matcher(ascii).replaceAll("-");
        slug = trimHyphens(slug);
        if (slug.length() > MAX_LENGTH) {
            int cut = slug.lastIndexOf('-', MAX_LENGTH);
            slug = trimHyphens(slug.substring(0, cut > MAX_LENGTH / 2 ? cut : MAX_LENGTH));
        }
        return slug.isEmpty() ? fallback : avoidingDeviceNames(slug);
    }

    /**
     * A URL segment for an id that is usually already safe, such as a file name: kept as it is
     * when it holds only lower-case ASCII letters, digits, {@code _} and {@code -}
     * ({@code 000_651867bf1dff2760}); otherwise slugified.
     */
    public static String idSegment(String id, String fallback) {
        if (SAFE_ID.matcher(id).matches() && id.length() <= MAX_LENGTH) {
            return avoidingDeviceNames(id);
        }
        return slugify(id, fallback);
    }

    // A folder named `con` or `aux` cannot be made or opened on Windows (issue 10, item 20).
    private static final Pattern DEVICE_NAME = Pattern.compile("con|prn|aux|nul|com[0-9]|lpt[0-9]");

    private static String avoidingDeviceNames(String slug) {
        return DEVICE_NAME.matcher(slug).matches() ? slug + "-0" : slug;
    }

    private static final Pattern SAFE_ID = Pattern.compile("[a-z0-9](?:[a-z0-9_-]*[a-z0-9])?");

    private static String trimHyphens(String slug) {
        int start = 0;
        int end = slug.length();
        while (start < end && slug.charAt(start) == '-') {
            start++;
        }
        while (end > start && slug.charAt(end - 1) == '-') {
            end--;
        }
        return slug.substring(start, end);
    }
}
