package org.briefing.analysis.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a person's given name is only a man's or only a woman's ({@code given-name-genders.tsv}),
 * so that "he said" is not read as the words of a woman named just before. A name both lists hold
 * ("Jesse", "Kelly") tells nothing.
 */
public final class GivenNames {

    /** Whom a pronoun can stand for. */
    public enum Gender { MALE, FEMALE }

    private static final Map<String, Gender> GENDERS = load();

    private GivenNames() {
    }

    /** The gender a person's first name tells, if it tells one: "Huma Abedin" is a woman. */
    public static Optional<Gender> genderOf(String personName) {
        List<String> words = NameKeys.words(personName);
        return words.isEmpty() ? Optional.empty() : Optional.ofNullable(GENDERS.get(words.get(0)));
    }

    private static Map<String, Gender> load() {
        Map<String, Gender> genders = new HashMap<>();
        InputStream in = GivenNames.class.getResourceAsStream("/entities/given-name-genders.tsv");
        if (in == null) {
            throw new IllegalStateException("missing resource /entities/given-name-genders.tsv");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] columns = line.split("\t");
                if (line.startsWith("#") || columns.length != 2) {
                    continue;
                }
                genders.put(NameKeys.lookup(columns[0]).toLowerCase(Locale.ROOT), columns[1].equals("f") ? Gender.FEMALE : Gender.MALE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(genders);
    }
}
