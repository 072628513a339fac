package org.briefing.analysis.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
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

    /** "Jesse Jackson Jr." is filed under Jesse Jackson. */
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

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
        for (String raw : splitWords(folded)) {
            String word = raw.replace("'", "");
            if (word.endsWith("s") && raw.endsWith("'s")) {
                word = word.substring(0, word.length() - 1);
            }
            if (word.isEmpty() || PARTICLES.contains(word) || (SUFFIXES.contains(word) && !words.isEmpty())) {
                continue;
            }
            words.add(SPELLINGS.getOrDefault(word, word));
        }
        return words;
    }

    /** Runs of letters, digits and apostrophes, scanned by hand: this runs for every name found. */
    private static List<String> splitWords(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean inWord = i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '\'');
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.add(text.substring(start, i));
                start = -1;
            }
        }
        return words;
    }

    /**
     * "Ministry of Foreign Affairs" and "Foreign Ministry" are one body, as are "Ministry of
     * Defence" and "Defence Ministry": ministries meet under the second form.
     */
    private static final Pattern MINISTRY_OF = Pattern.compile("\\bministry of (\\p{L}+)(?: affairs)?\\b");

    static String key(String name) {
        String key = String.join(" ", words(name));
        // asked of every name found, and few are ministries
        return key.contains("ministry of ") ? MINISTRY_OF.matcher(key).replaceAll("$1 ministry") : key;
    }

    /**
     * A person's key: first and last name, middle names and initials dropped, so "Benjamin Todd
     * Jealous" and "Benjamin Jealous" meet.
     */
    static String personKey(String name) {
        List<String> words = words(name);
        if (words.size() <= 2) {
            return String.join(" ", words);
        }
        return words.get(0) + " " + words.get(words.size() - 1);
    }

    /** The key of a name's last word: the surname of a person. */
    static String lastWord(String name) {
        List<String> words = words(name);
        return words.isEmpty() ? "" : words.get(words.size() - 1);
    }

    /** Folds a gazetteer or text name for lookup: accents, case, apostrophes and dots gone. */
    static String lookup(String name) {
        String folded = Words.fold(name);
        StringBuilder key = new StringBuilder(folded.length());
        boolean space = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c == '\'' || c == '’' || c == '‘' || c == 'ʿ' || c == 'ʾ' || c == '.') {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                if (space && key.length() > 0) {
                    key.append(' ');
                }
                key.append(c);
                space = false;
            } else {
                space = true;
            }
        }
        return key.toString();
    }

}
