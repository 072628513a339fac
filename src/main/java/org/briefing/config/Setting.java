package org.briefing.config;

/**
 * Every key {@code content/site.yml} may hold, with the line {@code --list-settings} prints. A key
 * not listed here is an error, so a typo never silently falls back to a default.
 */
public enum Setting {
    TITLE("title", "Site title, shown in the header, the browser tab and feeds."),
    DESCRIPTION("description", "One sentence about the archive, shown on the home page and in feeds."),
    BASE_URL("base_url", "Where the site is served: / or /REPO/ for GitHub Pages project sites, or a full https:// URL."),
    LANGUAGE("language", "Language of the pages as a BCP 47 tag (en, en-GB, fr); sets <html lang> and date names."),
    TIME_ZONE("time_zone", "Time zone for dates and times shown on pages (e.g. UTC, Europe/London)."),
    STORIES_PER_PAGE("stories_per_page", "How many stories the home page and its following pages list."),
    ENTITIES_PER_PAGE("entities_per_page", "How many stories or articles an actor or place page lists before paging."),
    MARKDOWN_EXTENSIONS("markdown_extensions", "Markdown extensions to enable: any of tables, autolink, typographic.");

    private final String key;
    private final String description;

    Setting(String key, String description) {
        this.key = key;
        this.description = description;
    }

    public String key() {
        return key;
    }

    public String description() {
        return description;
    }

    public static java.util.Optional<Setting> forKey(String key) {
        for (Setting setting : values()) {
            if (setting.key.equals(key)) {
                return java.util.Optional.of(setting);
            }
        }
        return java.util.Optional.empty();
    }
}
