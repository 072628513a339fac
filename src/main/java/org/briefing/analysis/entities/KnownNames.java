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
