package org.briefing.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-level precision and recall of an extracted body against the gold body, page by page, and
 * their averages over pages as the article-extraction benchmark reports them. Words are runs of
 * letters and digits, lower-cased, matched as bags (a word said twice must be extracted twice).
 */
final class ExtractionScore {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    record Page(String id, double precision, double recall) {

        double f1() {
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
    }

    private final List<Page> pages = new ArrayList<>();

    Page add(String id, String extracted, String gold) {
        Map<String, Integer> goldWords = bag(gold);
        Map<String, Integer> found = bag(extracted);
        int goldTotal = goldWords.values().stream().mapToInt(Integer::intValue).sum();
        int foundTotal = found.values().stream().mapToInt(Integer::intValue).sum();
        int shared = 0;
        for (Map.Entry<String, Integer> word : found.entrySet()) {
            shared += Math.min(word.getValue(), goldWords.getOrDefault(word.getKey(), 0));
        }
        // An empty extraction of an empty gold body is right; of a real one, it finds nothing.
        double precision = foundTotal == 0 ? (goldTotal == 0 ? 1 : 0) : (double) shared / foundTotal;
        double recall = goldTotal == 0 ? 1 : (double) shared / goldTotal;
        Page page = new Page(id, precision, recall);
        pages.add(page);
        return page;
    }

    int size() {
        return pages.size();
    }

    double precision() {
        return pages.stream().mapToDouble(Page::precision).average().orElse(0);
    }

    double recall() {
        return pages.stream().mapToDouble(Page::recall).average().orElse(0);
    }

    /** F1 of the averaged precision and recall, as the benchmark's table gives it. */
    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    String describe() {
        return String.format(Locale.ROOT, "precision %.3f  recall %.3f  F1 %.3f  (%d pages)", precision(), recall(), f1(), size());
    }

    static Map<String, Integer> bag(String text) {
        Map<String, Integer> words = new HashMap<>();
        Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            words.merge(matcher.group(), 1, Integer::sum);
        }
        return words;
    }
}
