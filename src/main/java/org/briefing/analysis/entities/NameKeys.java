package org.briefing.analysis.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefing.analysis.text.Words;

/**
 * Keys under which names that mean the same thing meet: accents and case folded, "Mr"/"al-"
 * particles and punctuation dropped, British and American spellings joined. "Bashar al-Assad",
 * "Bashar al Assad" and "Bashar Assad" share the key {@code bashar assad}; "Geneva Centre" and
 * "Geneva Center" share {@code geneva center}; "Türkiye" and "Turkiye" share {@code turkiye}.
 */
final class NameKeys {

    /** Arabic and European name particles: "al-Assad" is filed under Assad. */
    static final Set<String> PARTICLES = Set.of("al", "el", "ad", "as", "ash", "ar", "at", "an", "az",
            "bin", "ibn", "bint", "de", "du", "da", "van", "von", "der", "den", "la", "le");

    private static final Map<String, String> SPELLINGS = Map.ofEntries(
            Map.entry("centre", "center"), Map.entry("defence", "defense"), Map.entry("organisation", "organization"),
            Map.entry("programme", "program"), Map.entry("labour", "labor"), Map.entry("theatre", "theater"),
            Map.entry("councillor", "councilor"));

    private NameKeys() {
    }

    /** The words of a name, folded, without particles; spellings joined. */
    static List<String> words(String name) {
        String folded = Words.fold(name).replace("’", "'");
        List<String> words = new ArrayList<>();
        for (String raw : folded.split("[^\\p{L}\\p{N}']+")) {
            String word = raw.replace("'", "");
            if (word.endsWith("s") && raw.endsWith("'s")) {
                word = word.substring(0, word.length() - 1);
            }
            if (word.isEmpty() || PARTICLES.contains(word)) {
                continue;
            }
            words.add(SPELLINGS.getOrDefault(word, word));
        }
        return words;
    }

    /**
     * "Ministry of Foreign Affairs" and "Foreign Ministry" are one body, as are "Ministry of
     * Defence" and "Defence Ministry": ministries meet under the second form.
     */
    private static final java.util.regex.Pattern MINISTRY_OF = java.util.regex.Pattern.compile("\\bministry of (\\p{L}+)(?: affairs)?\\b");

    static String key(String name) {
        String key = String.join(" ", words(name));
        return MINISTRY_OF.matcher(key).replaceAll("$1 ministry");
    }

    /** The key of a name's last word: the surname of a person. */
    static String lastWord(String name) {
        List<String> words = words(name);
        return words.isEmpty() ? "" : words.get(words.size() - 1);
    }

    /** Folds a gazetteer or text name for lookup: accents, case, apostrophes and dots gone. */
    static String lookup(String name) {
        return Words.fold(name).replaceAll("['’‘ʿʾ.]", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
