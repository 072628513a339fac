package org.briefing.sitemodel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefing.analysis.comparison.SourceComparison;
import org.briefing.analysis.comparison.Term;
import org.briefing.content.ArticleId;

/**
 * The wording table of a compared story: one row a party, the words each report uses for it. A
 * party is the actor a word refers to, or, when a word refers to no known actor, the kind of party
 * it names ("the armed opposition", "immigrants"). A row needs two reports that use a word for the
 * party; rows whose reports word it differently come first, by actor name then kind.
 */
final class WordingRows {

    private final Cards cards;

    WordingRows(Cards cards) {
        this.cards = cards;
    }

    List<ComparisonView.WordingRow> of(SourceComparison comparison) {
        Map<String, Map<ArticleId, List<String>>> byParty = new LinkedHashMap<>();
        Map<String, LinkView> parties = new LinkedHashMap<>();
        for (Term term : comparison.terms()) {
            String key;
            if (term.refersTo().isPresent()) {
                key = "actor:" + term.refersTo().get().value();
                parties.computeIfAbsent(key, k -> cards.entityLink(term.refersTo().get()));
            } else if (term.side() == Term.Side.PERSON) {
                // a role word with no person named before it stands for no one a reader could check
                continue;
            } else {
                key = "kind:" + term.side().name();
                parties.computeIfAbsent(key, k -> LinkView.of(kindName(term.side()), ""));
            }
            List<String> words = byParty.computeIfAbsent(key, k -> new LinkedHashMap<>())
                    .computeIfAbsent(term.article(), k -> new ArrayList<>());
            if (!words.contains(term.term())) {
                words.add(term.term());
            }
        }
        return byParty.entrySet().stream()
                .filter(e -> e.getValue().size() >= 2)
                .map(e -> {
                    List<List<String>> words = comparison.reports().stream()
                            .map(id -> List.copyOf(e.getValue().getOrDefault(id, List.of()))).toList();
                    return new ComparisonView.WordingRow(parties.get(e.getKey()), words, differ(words));
                })
                .sorted(Comparator.comparing((ComparisonView.WordingRow row) -> !row.differs())
                        .thenComparing(row -> row.party().url().isEmpty())
                        .thenComparing(row -> row.party().label()))
                .toList();
    }

    /** Whether the reports that use words for a party use different ones. */
    static boolean differ(List<List<String>> words) {
        Set<Set<String>> distinct = new LinkedHashSet<>();
        words.stream().filter(w -> !w.isEmpty()).forEach(w -> distinct.add(Set.copyOf(w)));
        return distinct.size() > 1;
    }

    static String kindName(Term.Side side) {
        return switch (side) {
            case CHALLENGERS -> "the armed opposition";
            case GOVERNMENT -> "the government side";
            case ARMED -> "armed groups";
            case PERSON -> "a person";
            case IMMIGRANTS -> "immigrants without papers";
            case ABORTION -> "the sides on abortion";
            case PROTEST -> "people protesting";
            case CAMP -> "political camps";
        };
    }
}
