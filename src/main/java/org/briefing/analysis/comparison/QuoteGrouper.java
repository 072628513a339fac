package org.briefing.analysis.comparison;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.briefing.analysis.entities.EntityId;
import org.briefing.analysis.text.Words;
import org.briefing.content.ArticleId;

/**
 * Groups the quotes of a story's reports into statements. Two quotes from different reports are
 * one statement when most of the shorter one's content words are in the other
 * ({@link #SAME_QUOTE}) and they do not name different speakers: a translation or a slip keeps
 * most of the words ("the terrorist escalation reflects the far-reaching goals…" / "the rise of
 * terrorists shows the far-reaching goals…"). A report joins a statement at most once.
 *
 * <p>The statement's reference wording is the one most carriers use, word for word, or the
 * earliest report's when none is in the majority; a carrier is verbatim when its words are the
 * reference's, or an unbroken run of them, and altered otherwise.
 */
final class QuoteGrouper {

    static final double SAME_QUOTE = 0.5;

    private static final class Group {
        final List<Quote> quotes = new ArrayList<>();
        final Set<String> terms = new HashSet<>();
    }

    /**
     * @param reports the story's reports in its order, which decides the reference wording on ties
     * @return statements that two or more reports carry, then those of one report, each in order of
     *         first appearance
     */
    List<SharedQuote> group(List<ArticleId> reports, List<Quote> quotes) {
        List<Group> groups = new ArrayList<>();
        for (Quote quote : quotes) {
            Set<String> terms = new HashSet<>(Words.terms(quote.text()));
            Group best = null;
            double bestShare = SAME_QUOTE;
            for (Group group : groups) {
                if (group.quotes.stream().anyMatch(q -> q.article().equals(quote.article()))
                        || conflictingSpeakers(group, quote)) {
                    continue;
                }
                double share = overlap(terms, group.terms);
                if (share >= bestShare) {
                    best = group;
                    bestShare = share;
                }
            }
            if (best == null) {
                best = new Group();
                groups.add(best);
            }
            best.quotes.add(quote);
            best.terms.addAll(terms);
        }
        Map<ArticleId, Integer> order = new LinkedHashMap<>();
        reports.forEach(id -> order.putIfAbsent(id, order.size()));
        return groups.stream()
                .sorted(Comparator.comparingInt((Group g) -> g.quotes.size() > 1 ? 0 : 1))
                .map(group -> statement(group, order))
                .toList();
    }

    private static SharedQuote statement(Group group, Map<ArticleId, Integer> order) {
        List<Quote> quotes = new ArrayList<>(group.quotes);
        quotes.sort(Comparator.comparingInt(q -> order.getOrDefault(q.article(), Integer.MAX_VALUE)));
        Map<Quote, List<String>> wordsOf = new LinkedHashMap<>();
        quotes.forEach(q -> wordsOf.put(q, words(q.text())));
        Map<List<String>, Long> wordings = quotes.stream()
                .collect(Collectors.groupingBy(wordsOf::get, LinkedHashMap::new, Collectors.counting()));
        List<String> reference = wordings.entrySet().stream()
                .max(Comparator.comparingLong(Map.Entry<List<String>, Long>::getValue))
                .filter(e -> e.getValue() > 1)
                .map(Map.Entry::getKey)
                .orElse(wordsOf.get(quotes.get(0)));
        Quote shown = quotes.stream().filter(q -> wordsOf.get(q).equals(reference)).findFirst().orElseThrow();
        List<SharedQuote.Carrier> carriers = quotes.stream()
                .map(q -> new SharedQuote.Carrier(q.article(), q.text(),
                        Collections.indexOfSubList(reference, wordsOf.get(q)) >= 0 ? Fidelity.VERBATIM : Fidelity.ALTERED))
                .toList();
        Optional<EntityId> speaker = mostNamed(quotes, Quote::speaker);
        Optional<String> name = speaker.isPresent() ? Optional.empty() : mostNamed(quotes, Quote::speakerName);
        return new SharedQuote(shown.text(), speaker, name, carriers);
    }

    private static <T> Optional<T> mostNamed(List<Quote> quotes, Function<Quote, Optional<T>> speaker) {
        return quotes.stream().map(speaker).flatMap(Optional::stream)
                .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()))
                .entrySet().stream()
                .max(Comparator.comparingLong(Map.Entry<T, Long>::getValue))
                .map(Map.Entry::getKey);
    }

    private static boolean conflictingSpeakers(Group group, Quote quote) {
        return quote.speaker().isPresent() && group.quotes.stream()
                .anyMatch(q -> q.speaker().isPresent() && !q.speaker().equals(quote.speaker()));
    }

    /**
     * The words of a quote, lower-cased, without punctuation: what "the same words" compares. A
     * word is a run of letters, digits and inner apostrophes; scanned by hand, as it runs on every
     * quote of an archive.
     */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                word.append(Character.toLowerCase(c));
            } else if ((c == '\'' || c == '’') && !word.isEmpty() && i + 1 < text.length()
                    && Character.isLetterOrDigit(text.charAt(i + 1))) {
                word.append('\'');
            } else if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        return words;
    }

    private static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> smaller = a.size() <= b.size() ? a : b;
        Set<String> larger = smaller == a ? b : a;
        return (double) smaller.stream().filter(larger::contains).count() / smaller.size();
    }
}
