package org.briefing.analysis.comparison;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.briefing.analysis.entities.ArticleEntities;
import org.briefing.analysis.entities.Entity;
import org.briefing.analysis.entities.EntityId;
import org.briefing.analysis.text.Quotation;
import org.briefing.analysis.entities.EntityKind;
import org.briefing.analysis.entities.EntityType;
import org.briefing.analysis.entities.Mention;
import org.briefing.cleaning.CleanArticle;
import org.briefing.content.Block;
import org.briefing.content.BlockKind;

/**
 * Finds the words each report uses for the parties of a story, outside quotation marks (quoted
 * words are the speaker's, not the outlet's): the vocabulary of conflict ("rebels", "the regime")
 * and of politics ("the administration", "the senator", "undocumented immigrants"). A role word
 * that stands for one person and has no name beside it refers to the person named last before it. A descriptor refers to an actor when the report
 * puts a name right by it: "jihadi group Hayat Tahrir al-Sham", "insurgents led by HTS",
 * "Kurdish-led SDF", "Hamas militants", "the PKK/YPG's terrorist corridor". Later uses of the same
 * word in the report refer to the same actor; and when a story's reports tie its challengers'
 * words ("rebels", "insurgents", "opposition forces") to one actor more than to any other, the
 * challengers' words that no name stands by refer to that actor too.
 */
final class TermFinder {

    private static final Map<String, Term.Side> DESCRIPTORS = descriptors();
    /**
     * The descriptors by their first word, longest first: the text is scanned word by word and
     * each word looked up here, which is far cheaper than one alternation of every descriptor
     * tried at every position.
     */
    private static final Map<String, List<String>> BY_FIRST_WORD = DESCRIPTORS.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
            .collect(Collectors.groupingBy(d -> d.split("[ -]")[0], HashMap::new, Collectors.toList()));
    private static final Pattern LED_BY = Pattern.compile("^,?\\s+(?:\\w+\\s+){0,3}?(?:led|backed|headed|dominated) by\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?$");

    private static Map<String, Term.Side> descriptors() {
        Map<String, Term.Side> words = new HashMap<>();
        for (String w : List.of("rebels", "rebel fighters", "rebel forces", "rebel groups", "rebel group", "insurgents",
                "insurgent groups", "opposition forces", "opposition fighters", "opposition groups", "opposition factions",
                "opposition coalition", "opposition army", "armed opposition", "anti-regime forces", "anti-government forces",
                "anti-government fighters", "jihadists", "jihadist group", "jihadist groups", "jihadi group", "jihadi groups",
                "islamist group", "islamist groups", "islamist fighters", "islamist rebels", "separatists", "freedom fighters",
                "resistance fighters", "guerrillas", "guerrilla fighters", "rebel", "insurgent", "insurgency", "jihadi",
                "jihadist", "anti-regime", "anti-government")) {
            words.put(w, Term.Side.CHALLENGERS);
        }
        for (String w : List.of("regime", "government forces", "government troops", "pro-government forces",
                "regime forces", "loyalist forces", "loyalists", "junta", "administration", "the government",
                "the white house", "federal government")) {
            words.put(w, Term.Side.GOVERNMENT);
        }
        for (String w : List.of("militants", "militant groups", "militant group", "militias", "militia", "militiamen",
                "terrorists", "terrorist groups", "terrorist group", "terrorist organization", "terrorist organisation",
                "extremists", "extremist groups", "armed groups", "gunmen", "fighters", "factions", "terrorist", "militant",
                "extremist")) {
            words.put(w, Term.Side.ARMED);
        }
        // roles that describe the person just named; offices a story names on their own ("the
        // president", "the judge", "the speaker") stand for whoever holds them, often someone else
        for (String w : List.of("the senator", "the congressman", "the congresswoman", "the lawmaker", "the governor",
                "the former governor", "the mayor", "the candidate", "the nominee", "the frontrunner", "the front-runner",
                "the hopeful", "the billionaire", "billionaire", "the mogul", "real estate mogul", "real-estate mogul",
                "business mogul", "the businessman", "businessman", "the tycoon", "reality tv star", "reality star",
                "the former secretary of state", "the democrat", "the republican", "the independent", "the socialist",
                "self-described socialist", "democratic socialist", "the populist", "the conservative", "the liberal",
                "the former first lady", "the incumbent", "the challenger", "the presidential candidate",
                "the republican candidate", "the democratic candidate", "the gop candidate", "the republican nominee",
                "the democratic nominee", "the presumptive nominee", "the firebrand", "the outsider",
                "the insurgent candidate")) {
            words.put(w, Term.Side.PERSON);
        }
        // groups of people a story names by a word that takes a side: outlets choose between these
        putAll(words, Term.Side.IMMIGRANTS, "illegal immigrants", "illegal aliens", "undocumented immigrants",
                "undocumented workers", "illegals", "unauthorized immigrants", "migrants", "immigrants without papers");
        putAll(words, Term.Side.ABORTION, "pro-life", "anti-abortion", "abortion rights", "pro-choice", "abortion opponents",
                "abortion-rights", "anti-abortion activists", "pro-life activists", "abortion rights activists");
        putAll(words, Term.Side.PROTEST, "protesters", "protestors", "demonstrators", "rioters", "mob", "agitators", "looters");
        putAll(words, Term.Side.CAMP, "conservatives", "liberals", "progressives", "moderates", "hardliners", "hard-liners",
                "right-wingers", "left-wingers", "the far right", "the far left", "the religious right", "tea party",
                "tea partiers", "establishment republicans", "the radical left", "extremist republicans");
        return Map.copyOf(words);
    }

    private static void putAll(Map<String, Term.Side> words, Term.Side side, String... descriptors) {
        for (String d : descriptors) {
            words.put(d, side);
        }
    }

    private record Located(Mention mention, int block, int at) {
    }

    /** The terms of each report, in the story's order; references are settled across the story. */
    List<Term> find(List<CleanArticle> reports, Map<org.briefing.content.ArticleId, ArticleEntities> entities,
                    Map<EntityId, Entity> entityById) {
        List<Term> terms = new ArrayList<>();
        for (CleanArticle report : reports) {
            ArticleEntities found = entities.get(report.id());
            terms.addAll(termsOf(report, found == null ? List.of() : found.mentions(), entityById));
        }
        Optional<EntityId> challengers = terms.stream()
                .filter(t -> t.side() == Term.Side.CHALLENGERS)
                .map(Term::refersTo).flatMap(Optional::stream)
                .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()))
                .entrySet().stream()
                .sorted(Map.Entry.<EntityId, Long>comparingByValue().reversed())
                .limit(2)
                .collect(Collectors.collectingAndThen(Collectors.toList(), top ->
                        top.isEmpty() || (top.size() == 2 && top.get(1).getValue().equals(top.get(0).getValue()))
                                ? Optional.<EntityId>empty() : Optional.of(top.get(0).getKey())));
        return terms.stream()
                .map(t -> t.refersTo().isEmpty() && t.side() == Term.Side.CHALLENGERS
                        ? new Term(t.article(), t.term(), t.side(), challengers) : t)
                .toList();
    }

    private static List<Term> termsOf(CleanArticle report, List<Mention> mentions, Map<EntityId, Entity> entityById) {
        List<Located> located = new ArrayList<>();
        for (Mention mention : mentions) {
            if (mention.block() >= 0 && mention.block() < report.body().size() && isActor(mention.entity(), entityById)) {
                String text = report.body().get(mention.block()).text();
                for (int at = text.indexOf(mention.surface()); at >= 0; at = text.indexOf(mention.surface(), at + 1)) {
                    located.add(new Located(mention, mention.block(), at));
                }
            }
        }
        Map<String, EntityId> earlier = new HashMap<>();
        List<Term> terms = new ArrayList<>();
        for (int b = 0; b < report.body().size(); b++) {
            Block block = report.body().get(b);
            if (block.kind() != BlockKind.PARAGRAPH && block.kind() != BlockKind.HEADING) {
                continue;
            }
            String text = block.text();
            boolean[] quoted = Quotation.insideMarks(text);
            for (int[] found : descriptorsIn(text)) {
                if (quoted[found[0]]) {
                    continue;
                }
                String term = text.substring(found[0], found[1]).toLowerCase(Locale.ROOT);
                Optional<EntityId> named = namedBy(text, b, found[0], found[1], located);
                named.ifPresent(id -> earlier.put(term, id));
                int here = b;
                int at = found[0];
                Optional<EntityId> refersTo = named.or(() -> Optional.ofNullable(earlier.get(term)))
                        .or(() -> DESCRIPTORS.get(term) == Term.Side.PERSON ? lastPersonBefore(here, at, located, entityById)
                                : Optional.empty());
                terms.add(new Term(report.id(), term, DESCRIPTORS.get(term), refersTo));
            }
        }
        return terms;
    }

    /** Where the descriptors stand in a text, as {start, end}, each the longest that starts at a word. */
    private static List<int[]> descriptorsIn(String text) {
        List<int[]> found = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetter(text.charAt(i)) || (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)))) {
                i++;
                continue;
            }
            int wordEnd = i;
            while (wordEnd < text.length() && Character.isLetter(text.charAt(wordEnd))) {
                wordEnd++;
            }
            List<String> candidates = BY_FIRST_WORD.get(text.substring(i, wordEnd).toLowerCase(Locale.ROOT));
            int end = -1;
            for (String descriptor : candidates == null ? List.<String>of() : candidates) {
                int after = i + descriptor.length();
                if (text.regionMatches(true, i, descriptor, 0, descriptor.length())
                        && (after == text.length() || !Character.isLetterOrDigit(text.charAt(after)))) {
                    end = after;
                    break;
                }
            }
            if (end > 0) {
                found.add(new int[] {i, end});
                i = end;
            } else {
                i = wordEnd;
            }
        }
        return found;
    }

    /** The actor whose name stands right by the descriptor at {@code [start, end)}. */
    private static Optional<EntityId> namedBy(String text, int block, int start, int end, List<Located> located) {
        for (Located l : located) {
            if (l.block() != block) {
                continue;
            }
            int nameEnd = l.at() + l.mention().surface().length();
            String between = l.at() >= end ? text.substring(end, l.at()) : nameEnd <= start ? text.substring(nameEnd, start) : null;
            if (between == null) {
                continue;
            }
            boolean after = l.at() >= end;
            if (after && (between.isBlank() || between.strip().equalsIgnoreCase("the") || LED_BY.matcher(between).matches())) {
                return Optional.of(l.mention().entity());
            }
            if (!after && (between.isBlank() || between.matches("['’]s\\s+") || between.matches("-(?:led|backed)\\s+"))) {
                return Optional.of(l.mention().entity());
            }
        }
        return Optional.empty();
    }

    /**
     * The person named last before a role word ("the senator", "the billionaire") in this block
     * or the one before it: the role stands for the person the report has just named.
     */
    private static Optional<EntityId> lastPersonBefore(int block, int at, List<Located> located, Map<EntityId, Entity> entityById) {
        Located last = null;
        for (Located l : located) {
            boolean before = l.block() == block ? l.at() < at : l.block() == block - 1;
            if (before && entityById.get(l.mention().entity()).kind() == EntityKind.PERSON
                    && (last == null || l.block() > last.block() || (l.block() == last.block() && l.at() > last.at()))) {
                last = l;
            }
        }
        return Optional.ofNullable(last).map(l -> l.mention().entity());
    }

    private static boolean isActor(EntityId id, Map<EntityId, Entity> entityById) {
        Entity entity = entityById.get(id);
        return entity != null && entity.kind().type() == EntityType.ACTOR;
    }
}
