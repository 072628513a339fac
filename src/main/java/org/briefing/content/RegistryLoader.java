package org.briefing.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.briefing.config.BuildPaths;
import org.briefing.config.SiteConfig;
import org.briefing.config.Utf8File;
import org.briefing.config.YamlDocument;
import org.briefing.problems.Problem;
import org.briefing.problems.ProblemsFound;
import org.briefing.problems.Spelling;

/**
 * Reads the entity registry, {@code content/entities/*.md}: one file per actor or place, its
 * front matter naming it and its body describing it. The folder is optional. Every problem in
 * every file is reported at once, each with its line: an unknown key, a type or kind that does not
 * exist, coordinates that are not a point on Earth, a link that is not a web address, a file name
 * that cannot be a URL, or an alias two entries claim.
 *
 * <pre>{@code
 * List<RegistryEntry> registry = new RegistryLoader(config).loadRegistry(paths).entries();
 * }</pre>
 */
public final class RegistryLoader {

    public static final String FOLDER = "entities";
    static final Set<String> KEYS = Set.of("name", "type", "kind", "aliases", "coordinates", "links", "hidden");
    private static final long MAX_BYTES = 1_000_000;

    private final MarkdownReader markdown;
    private final FrontMatterSplitter splitter = new FrontMatterSplitter();

    public RegistryLoader(SiteConfig config) {
        this.markdown = new MarkdownReader(config.markdownExtensions(), new HtmlSanitizer());
    }

    /**
     * Entries sorted by id, with every warning; empty when there is no {@code content/entities/}
     * folder.
     *
     * @throws ProblemsFound listing every error in every file
     */
    public LoadedRegistry loadRegistry(BuildPaths paths) {
        Path folder = paths.content().resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return LoadedRegistry.EMPTY;
        }
        List<Problem> problems = new ArrayList<>();
        List<Path> files = new ContentWalker(paths).files(folder, 1, problems);
        List<RegistryEntry> entries = new ArrayList<>();
        for (Path file : files) {
            String shown = paths.display(file);
            if (!file.getFileName().toString().endsWith(".md")) {
                problems.add(Problem.warning(shown, 0, "is not an entity file (.md) and is ignored.", ""));
                continue;
            }
            try {
                entries.add(read(file, shown, problems));
            } catch (ProblemsFound e) {
                problems.addAll(e.problems());
            }
        }
        problems.addAll(claimedTwice(entries));
        ProblemsFound.throwIfErrors(problems);
        return new LoadedRegistry(entries, problems);
    }

    /** One entry; its warnings are added to {@code warnings}, its errors thrown together. */
    private RegistryEntry read(Path file, String shown, List<Problem> warnings) {
        String stem = file.getFileName().toString().replaceFirst("\\.md$", "");
        List<Problem> problems = new ArrayList<>();
        if (!stem.matches("[a-z0-9]+(?:-[a-z0-9]+)*")) {
            problems.add(Problem.error(shown, 0, "has a name that cannot be a web address.",
                    "Name it with lower-case letters, digits and hyphens, such as bashar-al-assad.md."));
        }
        FrontMatterSplitter.Split split = splitter.split(ControlCharacters.removeFrom(Utf8File.read(file, shown, MAX_BYTES), shown, problems), shown);
        if (split.yaml().isEmpty()) {
            throw ProblemsFound.of(Problem.error(shown, 1, "has no front matter.",
                    "Start it with ---, a line `name: ...`, `type: actor` or `type: place`, and ---."));
        }
        YamlDocument yaml = YamlDocument.parse(split.yaml().get(), shown, split.yamlFirstLine());
        for (YamlDocument.Field field : yaml.unknownFields(KEYS)) {
            String hint = Spelling.didYouMean(field.key(), KEYS);
            problems.add(Problem.error(shown, field.line(), "has an unknown field `" + field.key() + "`.",
                    hint.isEmpty() ? "Known fields: aliases, coordinates, hidden, kind, links, name, type." : hint));
        }
        Optional<String> name = ProblemsFound.collect(() -> yaml.text("name"), Optional.<String>empty(), problems);
        if (name.isEmpty() && problems.isEmpty()) {
            problems.add(Problem.error(shown, 1, "has no `name`.", "Add the name the site should use, e.g. `name: Bashar al-Assad`."));
        }
        String type = ProblemsFound.collect(() -> yaml.text("type"), Optional.<String>empty(), problems).orElse("");
        if (!type.equals("actor") && !type.equals("place")) {
            problems.add(Problem.error(shown, Math.max(1, yaml.lineOf("type")),
                    type.isEmpty() ? "has no `type`." : "has `type: " + type + "`, which is neither actor nor place.",
                    "Write `type: actor` (people and organizations) or `type: place`."));
        }
        List<String> kinds = type.equals("place") ? RegistryEntry.PLACE_KINDS : RegistryEntry.ACTOR_KINDS;
        String kind = ProblemsFound.collect(() -> yaml.text("kind"), Optional.<String>empty(), problems).orElse(kinds.get(kinds.size() - 1));
        if (!kinds.contains(kind)) {
            problems.add(Problem.error(shown, yaml.lineOf("kind"), "has `kind: " + kind + "`, which a " + (type.isEmpty() ? "actor" : type)
                    + " cannot have.", "Use one of: " + String.join(", ", kinds) + "."));
        }
        List<String> aliases = ProblemsFound.collect(() -> yaml.texts("aliases", false), List.<String>of(), problems);
        List<String> coordinates = ProblemsFound.collect(() -> yaml.texts("coordinates", true), List.<String>of(), problems);
        Optional<Double> latitude = Optional.empty();
        Optional<Double> longitude = Optional.empty();
        if (!coordinates.isEmpty()) {
            try {
                double lat = Double.parseDouble(coordinates.get(0));
                double lon = coordinates.size() == 2 ? Double.parseDouble(coordinates.get(1)) : Double.NaN;
                // NaN compares false with everything, so `NaN` passed the range test (issue 10, item 16)
                if (coordinates.size() != 2 || !Double.isFinite(lat) || !Double.isFinite(lon) || Math.abs(lat) > 90
                        || Math.abs(lon) > 180) {
                    throw new NumberFormatException();
                }
                latitude = Optional.of(lat);
                longitude = Optional.of(lon);
            } catch (NumberFormatException e) {
                problems.add(Problem.error(shown, yaml.lineOf("coordinates"), "has coordinates that are not a point on Earth.",
                        "Write them as `coordinates: [36.20, 37.16]`: latitude, then longitude, in degrees."));
            }
        }
        List<String> links = ProblemsFound.collect(() -> yaml.texts("links", false), List.<String>of(), problems);
        for (String link : links) {
            if (WebAddress.parse(link).isEmpty()) {
                problems.add(Problem.error(shown, yaml.lineOf("links"), "has a link `" + link + "` that is not a web address.",
                        "Give full addresses starting with https:// or http://."));
            }
        }
        boolean hidden = ProblemsFound.collect(() -> yaml.flag("hidden", false), false, problems);
        ProblemsFound.throwIfErrors(problems);
        MarkdownReader.Read body = markdown.read(split.body(), split.bodyFirstLine(), shown);
        problems.addAll(body.removedHtmlWarnings(shown));
        warnings.addAll(problems);
        String description = body.blocks().stream().map(Block::html).collect(Collectors.joining("\n"));
        return new RegistryEntry(stem, shown, name.get(), type, kind, aliases, latitude, longitude, links, hidden, description);
    }

    /** An alias (or name) two entries claim would make them one entity: say which. */
    private static List<Problem> claimedTwice(List<RegistryEntry> entries) {
        Map<String, RegistryEntry> claims = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (RegistryEntry entry : entries) {
            List<String> names = new ArrayList<>(entry.aliases());
            names.add(entry.name());
            for (String name : names) {
                String key = TextShape.comparisonKey(name);
                RegistryEntry other = claims.putIfAbsent(key, entry);
                if (other != null && other != entry) {
                    problems.add(Problem.error(entry.file(), 0, "calls itself `" + name + "`, as " + other.file() + " does.",
                            "Keep the name in one entry; two entries cannot share a name."));
                }
            }
        }
        return problems;
    }
}
