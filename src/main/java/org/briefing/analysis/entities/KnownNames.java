package org.briefing.analysis.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Names the recognizer knows before it reads: well-known organizations that news names bare
 * ("the Kremlin", "NATO") and news outlets, which are sources of quotes rather than actors.
 */
final class KnownNames {

    private final Map<String, String> organizations = new HashMap<>();
    private final Set<String> media = new HashSet<>();
    private final Set<String> givenNames = new HashSet<>();
    /** A given name's folded short forms and itself, to its folded formal form. */
    private final Map<String, String> formalNames = new HashMap<>();

    /** The process's name lists, read on first use: immutable, like {@link Gazetteer#shared()}. */
    static synchronized KnownNames shared() {
        if (shared == null) {
            shared = load();
        }
        return shared;
    }

    private static KnownNames shared;

    static KnownNames load() {
        KnownNames names = new KnownNames();
        read("/entities/organizations.tsv", line -> {
            String[] columns = line.split("\t", -1);
            names.organizations.put(NameKeys.lookup(columns[0]), columns[0]);
            if (columns.length > 2) {
                for (String alias : columns[2].split("\\|")) {
                    if (!alias.isBlank()) {
                        names.organizations.putIfAbsent(NameKeys.lookup(alias), columns[0]);
                    }
                }
            }
        });
        read("/entities/media.txt", line -> names.media.add(NameKeys.lookup(line)));
        read("/entities/given-names.txt", names.givenNames::add);
        read("/entities/nicknames.tsv", line -> {
            String[] columns = line.split("\t", -1);
            String formal = NameKeys.lookup(columns[0]);
            for (String shortForm : columns[1].split("\\|")) {
                names.formalNames.putIfAbsent(NameKeys.lookup(shortForm), formal);
            }
        });
        return names;
    }

    /** The canonical name of a well-known organization, by any of its names. */
    Optional<String> organization(String name) {
        String key = NameKeys.lookup(name);
        String found = organizations.get(key);
        if (found == null && key.startsWith("the ")) {
            found = organizations.get(key.substring(4));
        }
        return Optional.ofNullable(found);
    }

    /** "Glenn", "Masoud": a capitalised word that is a given name (not also a common word). */
    boolean isGivenName(String word) {
        int hyphen = word.indexOf('-');
        return givenNames.contains(hyphen > 0 ? word.substring(0, hyphen) : word);
    }

    /** Whether two given names name one person: equal, one begins the other, or a short form. */
    boolean sameGivenName(String a, String b) {
        String x = NameKeys.lookup(a);
        String y = NameKeys.lookup(b);
        if (x.equals(y) || (x.length() >= 3 && y.startsWith(x)) || (y.length() >= 3 && x.startsWith(y))) {
            return true;
        }
        return formalNames.getOrDefault(x, x).equals(formalNames.getOrDefault(y, y));
    }

    boolean isMedia(String name) {
        String key = NameKeys.lookup(name);
        return media.contains(key) || (key.startsWith("the ") && media.contains(key.substring(4)));
    }

    private static void read(String resource, Consumer<String> line) {
        try (InputStream in = KnownNames.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the resource " + resource + " is missing from the build");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String text;
            while ((text = reader.readLine()) != null) {
                if (!text.isBlank() && !text.startsWith("#")) {
                    line.accept(text.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
