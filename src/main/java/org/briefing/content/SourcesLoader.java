package org.briefing.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.briefing.config.BuildPaths;
import org.briefing.config.Utf8File;
import org.briefing.config.YamlDocument;
import org.briefing.problems.Problem;
import org.briefing.problems.ProblemsFound;
import org.briefing.problems.Spelling;

/**
 * Reads {@code content/sources.yml}, the optional registry of outlets: each top-level key is an
 * outlet's name, holding its fields.
 *
 * <pre>{@code
 * Al Jazeera:
 *   home: https://www.aljazeera.com/
 *   country: Qatar
 *   owner: Al Jazeera Media Network (state-funded)
 *   notes: Arabic and English channels; Doha-based.
 *   hosts: [aljazeera.com, aljazeera.net]
 *   aliases: [AlJazeera, Al Jazeera English]
 * }</pre>
 *
 * Every problem is reported at once, each with its line, as for {@code site.yml}: an unknown field
 * (with the nearest known one), a home page that is not a web address, a host that is not a host
 * name, and a name, alias or host that two outlets claim.
 */
public final class SourcesLoader {

    public static final String FILE_NAME = "sources.yml";
    static final Set<String> FIELDS = Set.of("home", "country", "owner", "notes", "hosts", "aliases");
    private static final long MAX_BYTES = 1_000_000;
    private static final Pattern HOST = Pattern.compile("[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+");

    /** The registry, or {@link OutletRegistry#EMPTY} when the file does not exist. */
    public OutletRegistry loadOutlets(BuildPaths paths) {
        Path file = paths.content().resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return OutletRegistry.EMPTY;
        }
        String shown = paths.display(file);
        return fromYaml(YamlDocument.parse(Utf8File.read(file, shown, MAX_BYTES), shown, 1));
    }

    OutletRegistry fromYaml(YamlDocument yaml) {
        List<Problem> problems = new ArrayList<>();
        List<Outlet> outlets = new ArrayList<>();
        Map<String, String> claimed = new HashMap<>();
        for (YamlDocument.Field entry : yaml.fields()) {
            try {
                Optional<Outlet> read = outlet(entry, yaml.mapping(entry), problems);
                if (read.isEmpty()) {
                    continue;
                }
                Outlet outlet = read.get();
                claim(yaml.file(), entry.line(), "the name `" + outlet.name() + "`", "name:" + TextShape.comparisonKey(outlet.name()),
                        outlet.name(), claimed, problems);
                outlet.aliases().forEach(alias -> claim(yaml.file(), entry.line(), "the name `" + alias + "`",
                        "name:" + TextShape.comparisonKey(alias), outlet.name(), claimed, problems));
                outlet.hosts().forEach(host -> claim(yaml.file(), entry.line(), "the host `" + host + "`", "host:" + host,
                        outlet.name(), claimed, problems));
                outlets.add(outlet);
            } catch (ProblemsFound e) {
                problems.addAll(e.problems());
            }
        }
        ProblemsFound.throwIfErrors(problems);
        return new OutletRegistry(outlets);
    }

    /** The outlet of one entry; empty, with its problems added, when the entry has any. */
    private static Optional<Outlet> outlet(YamlDocument.Field entry, YamlDocument fields, List<Problem> problems) {
        String file = fields.file();
        String name = entry.key().strip();
        if (name.isEmpty()) {
            throw ProblemsFound.of(Problem.error(file, entry.line(), "has an outlet without a name.",
                    "Write the outlet's name as the key, such as `Al Jazeera:`."));
        }
        int before = problems.size();
        for (YamlDocument.Field field : fields.unknownFields(FIELDS)) {
            String hint = Spelling.didYouMean(field.key(), FIELDS);
            problems.add(Problem.error(file, field.line(), "gives `" + name + "` an unknown field `" + field.key() + "`.",
                    hint.isEmpty() ? "Known fields: aliases, country, home, hosts, notes, owner." : hint));
        }
        Optional<String> home = ProblemsFound.collect(() -> fields.text("home"), Optional.<String>empty(), problems);
        if (home.isPresent() && WebAddress.parse(home.get()).isEmpty()) {
            problems.add(Problem.error(file, fields.lineOf("home"), "gives `" + name + "` a home page `" + home.get()
                    + "` that is not a web address.", "Write the full address, such as `home: https://www.aljazeera.com/`."));
        }
        List<String> hosts = new ArrayList<>();
        for (String written : ProblemsFound.collect(() -> fields.texts("hosts", true), List.<String>of(), problems)) {
            String host = WebAddress.bareHost(written);
            if (HOST.matcher(host).matches()) {
                hosts.add(host);
            } else {
                problems.add(Problem.error(file, fields.lineOf("hosts"), "gives `" + name + "` a host `" + written
                        + "` that is not a host name.", "Write only the host of its addresses, such as `hosts: [aljazeera.com]`."));
            }
        }
        // the home page's host identifies the outlet too, so a registry need not repeat it
        home.flatMap(WebAddress::host).filter(h -> !hosts.contains(h)).ifPresent(hosts::add);
        Optional<String> country = ProblemsFound.collect(() -> fields.text("country"), Optional.<String>empty(), problems);
        Optional<String> owner = ProblemsFound.collect(() -> fields.text("owner"), Optional.<String>empty(), problems);
        Optional<String> notes = ProblemsFound.collect(() -> fields.text("notes"), Optional.<String>empty(), problems);
        List<String> aliases = ProblemsFound.collect(() -> fields.texts("aliases", false), List.<String>of(), problems);
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Outlet(name, home, country, owner, notes, hosts, aliases));
    }

    /** A name or host two outlets claim would make an article's outlet a matter of file order: say which. */
    private static void claim(String file, int line, String what, String key, String outlet, Map<String, String> claimed,
                              List<Problem> problems) {
        String other = claimed.putIfAbsent(key, outlet);
        if (other != null && !other.equals(outlet)) {
            problems.add(Problem.error(file, line, "gives `" + outlet + "` " + what + ", as `" + other + "` has.",
                    "Keep it under one outlet."));
        }
    }
}
