package org.briefing.config;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The site's settings, validated. Later stages read it and never check it again.
 *
 * @param locale            language of the pages; also used for month and weekday names
 * @param timeZone          zone in which article dates are shown and date-times are placed on days
 * @param storiesPerPage    stories per home page; defaults to 20
 * @param entitiesPerPage   entries per actor or place page before paging; defaults to 50
 * @param includeDrafts     build articles marked {@code draft: true}; off unless asked for
 * @param skipBadArticles   build without an article file that has errors (each a warning then)
 *                          instead of stopping; off unless asked for
 */
public record SiteConfig(
        String title,
        String description,
        BaseUrl baseUrl,
        Locale locale,
        ZoneId timeZone,
        int storiesPerPage,
        int entitiesPerPage,
        Set<MarkdownExtension> markdownExtensions,
        boolean includeDrafts,
        boolean skipBadArticles) {

    public SiteConfig {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(timeZone, "timeZone");
        if (storiesPerPage < 1 || entitiesPerPage < 1) {
            throw new IllegalArgumentException("page sizes must be positive");
        }
        markdownExtensions = Set.copyOf(markdownExtensions);
    }

    /** The defaults every key falls back to: the one place they are written down. */
    public static SiteConfig defaults() {
        return new SiteConfig(
                "Briefing",
                "",
                BaseUrl.ROOT,
                Locale.ENGLISH,
                ZoneId.of("UTC"),
                20,
                50,
                Set.of(MarkdownExtension.TABLES, MarkdownExtension.AUTOLINK, MarkdownExtension.TYPOGRAPHIC),
                false,
                false);
    }

    public SiteConfig withBaseUrl(BaseUrl newBaseUrl) {
        return new SiteConfig(title, description, newBaseUrl, locale, timeZone, storiesPerPage,
                entitiesPerPage, markdownExtensions, includeDrafts, skipBadArticles);
    }

    public SiteConfig withIncludeDrafts(boolean drafts) {
        return new SiteConfig(title, description, baseUrl, locale, timeZone, storiesPerPage,
                entitiesPerPage, markdownExtensions, drafts, skipBadArticles);
    }

    public SiteConfig withSkipBadArticles(boolean skip) {
        return new SiteConfig(title, description, baseUrl, locale, timeZone, storiesPerPage,
                entitiesPerPage, markdownExtensions, includeDrafts, skip);
    }

    /** The language tag for {@code <html lang>}. */
    public String languageTag() {
        return locale.toLanguageTag();
    }

    /** Each setting with its current value, for {@code --list-settings}. */
    public List<String> describe() {
        return List.of(
                line(Setting.TITLE, title),
                line(Setting.DESCRIPTION, description),
                line(Setting.BASE_URL, baseUrl.value()),
                line(Setting.LANGUAGE, languageTag()),
                line(Setting.TIME_ZONE, timeZone.getId()),
                line(Setting.STORIES_PER_PAGE, Integer.toString(storiesPerPage)),
                line(Setting.ENTITIES_PER_PAGE, Integer.toString(entitiesPerPage)),
                line(Setting.MARKDOWN_EXTENSIONS, markdownExtensions.stream().map(MarkdownExtension::key).sorted().toList().toString()));
    }

    private static String line(Setting setting, String value) {
        return String.format(Locale.ROOT, "%-20s %-28s %s", setting.key(), value, setting.description());
    }
}
