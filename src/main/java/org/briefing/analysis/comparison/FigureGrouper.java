package org.briefing.analysis.comparison;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefing.analysis.stories.Passage;
import org.briefing.cleaning.CleanArticle;
import org.briefing.content.ArticleId;

/**
 * Groups a story's figures into claims about one thing: the same counted head word ("Iraqi
 * militiamen" with "militiamen") and the same outcome told beside the number ("killed",
 * "displaced"), so "500,000 people" who fled and "at least 25 people" killed are two claims, not
 * one. Claims most reports give come first, then those reports disagree on, then those a headline
 * gives, then those that tell an outcome.
 */
final class FigureGrouper {

    /** Outcome words by the outcome they tell; the first found near a figure is its outcome. */
    private static final Map<String, String> OUTCOMES = outcomes();
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** How far around a figure its outcome word may stand, in characters. */
    private static final int BEFORE = 40;
    private static final int AFTER = 60;

    private static Map<String, String> outcomes() {
        Map<String, String> words = new LinkedHashMap<>();
        for (String w : List.of("killed", "kill", "kills", "killing", "dead", "died", "die", "deaths", "death", "toll",
                "slain", "massacred", "executed", "lives")) {
            words.put(w, "killed");
        }
        for (String w : List.of("wounded", "injured", "injuring", "wounding", "hurt", "casualties")) {
            words.put(w, "wounded");
        }
        for (String w : List.of("displaced", "fled", "flee", "fleeing", "refugees", "homeless", "evacuated", "uprooted")) {
            words.put(w, "displaced");
        }
        for (String w : List.of("arrested", "detained", "captured", "held", "jailed", "imprisoned", "hostages", "kidnapped",
                "abducted", "missing")) {
            words.put(w, "held");
        }
        for (String w : List.of("crossed", "deployed", "sent", "arrived", "entered", "dispatched", "reinforcements",
                "stationed", "mobilised", "mobilized", "marched", "advanced")) {
            words.put(w, "deployed");
        }
        for (String w : List.of("voted", "votes", "vote", "signed", "signatures", "supported", "backed", "opposed")) {
            words.put(w, "voted");
        }
        for (String w : List.of("spent", "cost", "costs", "budget", "funding", "paid", "raised", "fined", "worth")) {
            words.put(w, "money");
        }
        return Map.copyOf(words);
    }

    private record Keyed(Figure figure, String thing, String outcome) {
    }

    List<FigureClaim> group(List<Figure> figures, List<Passage> passages, List<CleanArticle> reports) {
        Map<ArticleId, CleanArticle> byId = new LinkedHashMap<>();
        reports.forEach(r -> byId.put(r.id(), r));
        Map<String, List<Keyed>> byKey = new LinkedHashMap<>();
        for (Figure figure : figures) {
            if (figure.counts().isEmpty()) {
                continue;
            }
            String outcome = outcomeNear(figure, byId.get(figure.article())).orElse("");
            String thing = headWord(figure.counts().get());
            byKey.computeIfAbsent(thing + "|" + outcome, k -> new ArrayList<>()).add(new Keyed(figure, thing, outcome));
        }
        mergeUntold(byKey);
        List<ArticleId> reportIds = reports.stream().map(CleanArticle::id).toList();
        List<String> headlines = reports.stream().map(r -> r.headline().toLowerCase(Locale.ROOT)).toList();
        return byKey.values().stream()
                .flatMap(group -> byMagnitude(group).stream())
                .map(group -> {
                    List<Figure> members = group.stream().map(Keyed::figure)
                            .sorted(Comparator.comparingInt(f -> reportIds.indexOf(f.article()))).toList();
                    boolean inHeadline = members.stream().anyMatch(f -> headlines.stream()
                            .anyMatch(h -> h.contains(f.text().toLowerCase(Locale.ROOT))));
                    return new FigureClaim(members.get(0).counts().orElseThrow(), members, disagree(members, passages),
                            group.get(0).outcome(), inHeadline);
                })
                .sorted(Comparator.comparingLong((FigureClaim c) -> -c.reportCount())
                        .thenComparing(c -> !c.disagree())
                        .thenComparing(c -> !c.inHeadline())
                        .thenComparing(c -> c.outcome().isEmpty()))
                .toList();
    }

    /**
     * Figures whose words tell no outcome join the one outcome told for the same thing: a report
     * that says "five children" where another says "five children were killed" gives the same
     * claim. With two outcomes for the thing, they stay apart, as which one they mean is unknown.
     */
    private static void mergeUntold(Map<String, List<Keyed>> byKey) {
        for (String key : List.copyOf(byKey.keySet())) {
            if (!key.endsWith("|")) {
                continue;
            }
            String thing = key.substring(0, key.length() - 1);
            List<String> told = byKey.keySet().stream().filter(k -> k.startsWith(thing + "|") && !k.equals(key)).toList();
            if (told.size() == 1) {
                byKey.get(told.get(0)).addAll(byKey.remove(key));
            }
        }
    }

    /**
     * A group split where its numbers are of other sizes: reports that count the same thing give
     * numbers near one another (400 or 300 insurgents), while a war's 500,000 dead and a day's 25
     * are two claims. Sorted, a number more than {@link #SAME_SIZE} times the one below it starts
     * a new claim; each claim keeps the figures' order.
     */
    private static List<List<Keyed>> byMagnitude(List<Keyed> group) {
        List<Double> values = group.stream().map(k -> k.figure().value()).distinct().sorted().toList();
        Map<Double, Integer> run = new LinkedHashMap<>();
        int current = 0;
        for (int i = 0; i < values.size(); i++) {
            if (i > 0 && values.get(i) > values.get(i - 1) * SAME_SIZE) {
                current++;
            }
            run.put(values.get(i), current);
        }
        Map<Integer, List<Keyed>> runs = new LinkedHashMap<>();
        group.forEach(k -> runs.computeIfAbsent(run.get(k.figure().value()), r -> new ArrayList<>()).add(k));
        return List.copyOf(runs.values());
    }

    /** How many times the next smaller number of a claim a number may be. */
    private static final double SAME_SIZE = 4;

    /** The outcome an outcome word beside the figure tells, in the block that holds it. */
    static Optional<String> outcomeNear(Figure figure, CleanArticle report) {
        if (report == null || figure.block() < 0 || figure.block() >= report.body().size()) {
            return Optional.empty();
        }
        String text = report.body().get(figure.block()).text();
        int at = text.indexOf(figure.text());
        if (at < 0) {
            return Optional.empty();
        }
        int end = at + figure.text().length();
        String after = text.substring(end, Math.min(text.length(), end + AFTER));
        String before = text.substring(Math.max(0, at - BEFORE), at);
        // the words after a figure tell its outcome more often ("25 people were killed"), then the
        // words just before it, nearest first ("killed at least 400 insurgents")
        Optional<String> found = firstOutcome(clause(after, false));
        if (found.isPresent()) {
            return found;
        }
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(clause(before, true));
        while (m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT));
        }
        for (int i = words.size() - 1; i >= 0; i--) {
            if (OUTCOMES.containsKey(words.get(i))) {
                return Optional.of(OUTCOMES.get(words.get(i)));
            }
        }
        return Optional.empty();
    }

    /** The part of {@code text} in the figure's own clause: up to (or back to) a sentence end or semicolon. */
    private static String clause(String text, boolean before) {
        if (before) {
            int cut = Math.max(text.lastIndexOf(". "), text.lastIndexOf("; "));
            return cut >= 0 ? text.substring(cut + 2) : text;
        }
        int cut = -1;
        for (String end : List.of(". ", "; ")) {
            int i = text.indexOf(end);
            if (i >= 0 && (cut < 0 || i < cut)) {
                cut = i;
            }
        }
        return cut >= 0 ? text.substring(0, cut) : text;
    }

    private static Optional<String> firstOutcome(String text) {
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String outcome = OUTCOMES.get(m.group().toLowerCase(Locale.ROOT));
            if (outcome != null) {
                return Optional.of(outcome);
            }
        }
        return Optional.empty();
    }

    /** Whether two reports give different numbers in sentences aligned as telling the same thing. */
    private static boolean disagree(List<Figure> figures, List<Passage> passages) {
        for (Passage passage : passages) {
            List<Figure> here = figures.stream().filter(f -> passage.sentences().stream()
                    .anyMatch(s -> s.article().equals(f.article()) && s.text().contains(f.text()))).toList();
            for (Figure a : here) {
                for (Figure b : here) {
                    if (!a.article().equals(b.article()) && a.value() != b.value()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static String headWord(String counts) {
        String head = counts.substring(counts.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        return head.endsWith("s") && head.length() > 3 ? head.substring(0, head.length() - 1) : head;
    }
}
