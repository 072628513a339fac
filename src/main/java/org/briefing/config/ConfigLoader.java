package org.briefing.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.briefing.problems.Problem;
import org.briefing.problems.ProblemsFound;
import org.briefing.problems.Spelling;

/**
 * Reads {@code content/site.yml} into a {@link SiteConfig}. The file is optional: a content folder
 * holding only {@code articles/} builds with the defaults. Every problem in the file is reported
 * at once, each naming its line.
 *
 * <pre>{@code
 * SiteConfig config = new ConfigLoader().load(paths);
 * }</pre>
 */
public final class ConfigLoader {

    public static final String FILE_NAME = "site.yml";

    private static final long MAX_BYTES = 1_000_000;

    /**
     * @throws ProblemsFound naming the file and line of every bad or unknown key, or a missing
     *                       content folder
     */
    public SiteConfig load(BuildPaths paths) {
        if (!Files.isDirectory(paths.content())) {
            throw ProblemsFound.of(Problem.error(paths.display(paths.content()), 0,
                    "The content folder does not exist.",
                    "Create it with an `articles/` folder inside, or pass --content DIR."));
        }
        Path file = paths.content().resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return SiteConfig.defaults();
        }
        String shown = paths.display(file);
        return fromYaml(YamlDocument.parse(Utf8File.read(file, shown, MAX_BYTES), shown, 1));
    }

    SiteConfig fromYaml(YamlDocument yaml) {
        SiteConfig defaults = SiteConfig.defaults();
        List<Problem> problems = new ArrayList<>();
        Set<String> known = Arrays.stream(Setting.values()).map(Setting::key).collect(Collectors.toSet());
        for (YamlDocument.Field field : yaml.unknownFields(known)) {
            problems.add(Problem.error(yaml.file(), field.line(), "has an unknown setting `" + field.key() + "`.",
                    hint(field.key(), "settings", known)));
        }
        String title = text(yaml, Setting.TITLE, problems).orElse(defaults.title());
        String description = text(yaml, Setting.DESCRIPTION, problems).orElse(defaults.description());
        BaseUrl baseUrl = defaults.baseUrl();
        Optional<String> baseText = text(yaml, Setting.BASE_URL, problems);
        if (baseText.isPresent()) {
            try {
                baseUrl = BaseUrl.parse(baseText.get());
            } catch (IllegalArgumentException e) {
                problems.add(Problem.error(yaml.file(), yaml.lineOf(Setting.BASE_URL.key()),
                        "`base_url` " + e.getMessage() + ".", "Use a path such as `base_url: /briefing/`."));
            }
        }
        Locale locale = defaults.locale();
        Optional<String> language = text(yaml, Setting.LANGUAGE, problems);
        if (language.isPresent()) {
            try {
                locale = new Locale.Builder().setLanguageTag(language.get()).build();
            } catch (IllformedLocaleException e) {
                problems.add(Problem.error(yaml.file(), yaml.lineOf(Setting.LANGUAGE.key()),
                        "`language: " + language.get() + "` is not a language tag.", "Use a tag such as `en` or `en-GB`."));
            }
        }
        ZoneId zone = defaults.timeZone();
        Optional<String> zoneText = text(yaml, Setting.TIME_ZONE, problems);
        if (zoneText.isPresent()) {
            try {
                zone = ZoneId.of(zoneText.get());
            } catch (DateTimeException e) {
                problems.add(Problem.error(yaml.file(), yaml.lineOf(Setting.TIME_ZONE.key()),
                        "`time_zone: " + zoneText.get() + "` is not a time zone.", "Use a name such as `UTC` or `Europe/London`."));
            }
        }
        int storiesPerPage = count(yaml, Setting.STORIES_PER_PAGE, defaults.storiesPerPage(), problems);
        int entitiesPerPage = count(yaml, Setting.ENTITIES_PER_PAGE, defaults.entitiesPerPage(), problems);
        Set<MarkdownExtension> extensions = defaults.markdownExtensions();
        if (yaml.field(Setting.MARKDOWN_EXTENSIONS.key()).isPresent()) {
            extensions = EnumSet.noneOf(MarkdownExtension.class);
            for (String name : ProblemsFound.collect(() -> yaml.texts(Setting.MARKDOWN_EXTENSIONS.key(), true), List.<String>of(), problems)) {
                Optional<MarkdownExtension> extension = MarkdownExtension.forKey(name);
                if (extension.isPresent()) {
                    extensions.add(extension.get());
                } else {
                    List<String> names = Arrays.stream(MarkdownExtension.values()).map(MarkdownExtension::key).toList();
                    problems.add(Problem.error(yaml.file(), yaml.lineOf(Setting.MARKDOWN_EXTENSIONS.key()),
                            "`markdown_extensions` names an unknown extension `" + name + "`.", hint(name, "extensions", names)));
                }
            }
        }
        ProblemsFound.throwIfErrors(problems);
        return new SiteConfig(title, description, baseUrl, locale, zone, storiesPerPage, entitiesPerPage, extensions, false, false);
    }

    private static int count(YamlDocument yaml, Setting setting, int fallback, List<Problem> problems) {
        Optional<String> text = text(yaml, setting, problems);
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.get());
            if (value >= 1 && value <= 10_000) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, with the range
        }
        problems.add(Problem.error(yaml.file(), yaml.lineOf(setting.key()),
                "`" + setting.key() + ": " + text.get() + "` must be a whole number from 1 to 10000.", ""));
        return fallback;
    }

    /**
     * A setting's text; a value of the wrong shape (a list for a title) is collected as a
     * problem, so the rest of the file is still checked.
     */
    private static Optional<String> text(YamlDocument yaml, Setting setting, List<Problem> problems) {
        return ProblemsFound.collect(() -> yaml.text(setting.key()), Optional.empty(), problems);
    }

    /** "Did you mean `x`?", or else the known names: "Known extensions: a, b." */
    private static String hint(String typed, String noun, Collection<String> known) {
        String didYouMean = Spelling.didYouMean(typed, known);
        return didYouMean.isEmpty()
                ? "Known " + noun + ": " + known.stream().sorted().collect(Collectors.joining(", ")) + "." : didYouMean;
    }
}
