package org.briefing.analysis.comparison;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.briefing.analysis.entities.ArticleEntities;
import org.briefing.analysis.entities.Entity;
import org.briefing.analysis.entities.EntityId;
import org.briefing.analysis.entities.EntityKind;
import org.briefing.analysis.entities.EntityScore;
import org.briefing.analysis.entities.EntityScore.Ratio;
import org.briefing.analysis.entities.RecognizedEntities;
import org.briefing.analysis.text.Words;
import org.briefing.cleaning.CleanArticle;
import org.briefing.content.ArticleId;
import org.briefing.problems.Problem;
import org.briefing.problems.ProblemsFound;

/**
 * How well the quotes and figures found in reports match a hand-made gold list of every quote
 * and figure in them.
 *
 * <p>A found quote matches a gold quote of the same report when at least half the words of each
 * are words of the other: the extractor may keep or drop a trailing comma or an ellipsis, but a
 * quote cut in two or glued to its neighbour does not count. Its speaker is right when both name
 * no one, or the found actor, or the name written at the attribution when it is no known actor,
 * bears the gold name ({@link EntityScore#matches}). Gold quotes
 * shorter than {@link QuoteFinder#MIN_WORDS} words are scored apart, as the finder leaves them out
 * on purpose; found quotes match them all the same.
 *
 * <p>A found figure matches a gold figure of the same report when their numbers are equal or the
 * found words hold the gold words ("at least 400" in "at least 400 insurgents"); what it counts is
 * right when the two descriptions share a word (or the figure is a sum or share and the found
 * thing its currency or percent), and its source is right when both name no one (words like
 * "prosecutors said" name no one) or the found actor, or failing that the found attribution
 * words, bear the gold name.
 */
public final class ComparisonScore {

    /**
     * How a gold file gives a quote's speaker: by the fullest name the report gives (the hand-made
     * basil gold), as the report writes it at the attribution ("Trump", "Spokeswoman Haley
     * Morris": PolNeAR), or, where the report writes a pronoun or a description ("he", "the
     * senator"), as the last named source the gold lists before it, which is only an estimate.
     */
    public enum SpeakerForm { FULL_NAME, AS_WRITTEN, RESOLVED }

    /** A quote as the gold gives it: the words and the speaker's name, if the report names one. */
    public record GoldQuote(String text, Optional<String> speaker, SpeakerForm form) {

        public GoldQuote {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(speaker, "speaker");
            Objects.requireNonNull(form, "form");
        }

        public GoldQuote(String text, Optional<String> speaker) {
            this(text, speaker, SpeakerForm.FULL_NAME);
        }
    }

    /** A figure as the gold gives it. */
    public record GoldFigure(String text, double value, String counts, Optional<String> attributedTo) {

        public GoldFigure {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(counts, "counts");
            Objects.requireNonNull(attributedTo, "attributedTo");
        }
    }

    /** Every quote and figure of one report. */
    public record ReportGold(List<GoldQuote> quotes, List<GoldFigure> figures) {

        public ReportGold {
            quotes = List.copyOf(quotes);
            figures = List.copyOf(figures);
        }
    }

    /**
     * The scores.
     *
     * @param quotePrecision    found quotes that are gold quotes
     * @param quoteRecall       gold quotes of the finder's length that were found
     * @param shortRecall       gold quotes shorter than the finder's length that were found
     * @param speakers          found gold quotes whose speaker is right
     * @param namedSpeakers     found gold quotes with a named speaker who was found
     * @param speakerPrecision  found gold quotes shown with a speaker whose speaker is right
     * @param figurePrecision   found figures that are gold figures
     * @param figureRecall      gold figures that were found
     * @param counts            found gold figures whose counted thing is right
     * @param sources           found gold figures whose source is right
     * @param resolvedNamed     as {@code namedSpeakers}, for gold speakers written as a pronoun or
     *                          description and resolved by the gold reader (an estimate)
     * @param resolvedPrecision as {@code speakerPrecision}, for those quotes
     * @param errors            one line per miss and per wrong find, for reading
     */
    public record Result(Ratio quotePrecision, Ratio quoteRecall, Ratio shortRecall, Ratio speakers, Ratio namedSpeakers,
                         Ratio speakerPrecision, Ratio resolvedNamed, Ratio resolvedPrecision,
                         Ratio figurePrecision, Ratio figureRecall, Ratio counts, Ratio sources, List<String> errors) {

        public Result {
            errors = List.copyOf(errors);
        }
    }

    private static final Set<String> COUNT_FILLER = Set.of("people", "person", "of", "the", "a", "an", "and", "who", "were");

    private ComparisonScore() {
    }

    /**
     * Whether an article is in the quarter held out while tuning on a large gold set: a fixed
     * rule on its id, so the same articles are held out on every run and every machine.
     */
    public static boolean isHeldOut(String articleId) {
        return Math.floorMod(articleId.hashCode(), 4) == 0;
    }

    /**
     * Reads a gold file in either of two forms. The hand-made form lists every quote and figure:
     * {@code {"articles": {ID: {"quotes": [{"text", "speaker"}], "figures": [{"text", "value", "counts", "attributed_to"}]}}}}.
     * The PolNeAR form lists only quotes, each with its speaker as written:
     * {@code {"articles": {ID: [{"quote", "speaker", "speaker_is_pronoun", "attribution"}]}}}; a
     * {@code gold-attributions.json} beside it ({@code {"articles": {ID: [{"id", "source"}]}}}, in
     * reading order) lets a pronoun or description be resolved to the last named source before it.
     */
    public static Map<String, ReportGold> readGold(Path file) {
        JsonNode articles = articlesOf(file);
        Map<String, ReportGold> gold = new LinkedHashMap<>();
        if (articles.size() > 0 && articles.elements().next().isArray()) {
            Path beside = file.resolveSibling("gold-attributions.json");
            JsonNode attributions = Files.isRegularFile(beside) ? articlesOf(beside) : JsonMapper.builder().build().createObjectNode();
            articles.fields().forEachRemaining(entry -> gold.put(entry.getKey(),
                    new ReportGold(polnearQuotes(entry.getValue(), attributions.path(entry.getKey())), List.of())));
            return gold;
        }
        articles.fields().forEachRemaining(entry -> {
            List<GoldQuote> quotes = new ArrayList<>();
            entry.getValue().path("quotes").forEach(quote -> quotes.add(
                    new GoldQuote(quote.path("text").asText(), name(quote.path("speaker")))));
            List<GoldFigure> figures = new ArrayList<>();
            entry.getValue().path("figures").forEach(figure -> figures.add(new GoldFigure(figure.path("text").asText(),
                    figure.path("value").asDouble(), figure.path("counts").asText(""), name(figure.path("attributed_to")))));
            gold.put(entry.getKey(), new ReportGold(quotes, figures));
        });
        return gold;
    }

    private static JsonNode articlesOf(Path file) {
        JsonNode root;
        try {
            root = JsonMapper.builder().build().readTree(file.toFile());
        } catch (IOException e) {
            throw ProblemsFound.of(Problem.error(file.toString(), 0, "cannot be read as JSON: " + e.getMessage(),
                    "Check that the file is complete JSON."));
        }
        JsonNode articles = root == null ? null : root.path("articles");
        if (articles == null || !articles.isObject()) {
            throw ProblemsFound.of(Problem.error(file.toString(), 0, "has no `articles` object.",
                    "Give it the form {\"articles\": {\"article-id\": {\"quotes\": [...], \"figures\": [...]}}}."));
        }
        return articles;
    }

    private static final Set<String> NOT_A_NAME = Set.of("the", "a", "an", "he", "she", "they", "it", "we", "i", "you",
            "his", "her", "their", "its", "our", "my", "this", "that", "these", "those", "one", "some", "many");

    /** Whether a speaker as written names someone ("Trump", "Sen. Ted Cruz") rather than "he" or "the senator". */
    static boolean namesSomeone(String written) {
        for (String word : written.split("[\\s]+")) {
            String letters = word.replaceAll("[^\\p{L}]", "");
            if (!letters.isEmpty() && Character.isUpperCase(letters.charAt(0))
                    && !NOT_A_NAME.contains(letters.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static List<GoldQuote> polnearQuotes(JsonNode quotes, JsonNode attributions) {
        List<String> ids = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        attributions.forEach(attribution -> {
            ids.add(attribution.path("id").asText());
            sources.add(attribution.path("source").asText(""));
        });
        List<GoldQuote> gold = new ArrayList<>();
        for (JsonNode quote : quotes) {
            String text = quote.path("quote").asText();
            Optional<String> written = name(quote.path("speaker"));
            if (written.isEmpty() || (!quote.path("speaker_is_pronoun").asBoolean() && namesSomeone(written.get()))) {
                gold.add(new GoldQuote(text, written, SpeakerForm.AS_WRITTEN));
                continue;
            }
            Optional<String> resolved = Optional.empty();
            for (int i = ids.indexOf(quote.path("attribution").asText()) - 1; i >= 0 && resolved.isEmpty(); i--) {
                if (namesSomeone(sources.get(i))) {
                    resolved = Optional.of(sources.get(i));
                }
            }
            gold.add(new GoldQuote(text, resolved, SpeakerForm.RESOLVED));
        }
        return gold;
    }

    private static Optional<String> name(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? Optional.of(node.asText()) : Optional.empty();
    }

    /** Finds the quotes and figures of the gold's reports, as a build does, and scores them. */
    public static Result scoreReports(Map<String, ReportGold> gold, List<CleanArticle> articles, RecognizedEntities recognized) {
        Map<ArticleId, ArticleEntities> mentions = recognized.byArticle();
        Map<String, List<Quote>> quotes = new LinkedHashMap<>();
        Map<String, List<Figure>> figures = new LinkedHashMap<>();
        for (CleanArticle article : articles) {
            if (gold.containsKey(article.id().value())) {
                ArticleEntities found = mentions.getOrDefault(article.id(), new ArticleEntities(article.id(), List.of(), List.of()));
                List<Quote> quoted = new QuoteFinder().find(article, found, recognized.byId());
                quotes.put(article.id().value(), quoted);
                figures.put(article.id().value(), new FigureFinder().find(article, found, recognized.byId(), quoted));
            }
        }
        return score(gold, quotes, figures, recognized.byId());
    }

    public static Result score(Map<String, ReportGold> gold, Map<String, List<Quote>> quotes,
                               Map<String, List<Figure>> figures, Map<EntityId, Entity> entities) {
        Tally tally = new Tally();
        gold.forEach((article, expected) -> {
            scoreQuotes(article, expected.quotes(), quotes.getOrDefault(article, List.of()), entities, tally);
            scoreFigures(article, expected.figures(), figures.getOrDefault(article, List.of()), entities, tally);
        });
        return new Result(tally.quotePrecision, tally.quoteRecall, tally.shortRecall, tally.speakers, tally.namedSpeakers,
                tally.speakerPrecision, tally.resolvedNamed, tally.resolvedPrecision, tally.figurePrecision, tally.figureRecall, tally.counts, tally.sources, tally.errors);
    }

    private static void scoreQuotes(String article, List<GoldQuote> expected, List<Quote> found,
                                    Map<EntityId, Entity> entities, Tally tally) {
        Function<Quote, String> name = quote -> quote.speaker().map(id -> nameOf(id, entities))
                .or(() -> quote.speakerName().map(written -> written + " (as written)")).orElse("no one");
        int[] match = matchInOrder(expected, found, (g, f) -> sameQuote(g.text(), f.text()));
        for (int g = 0; g < expected.size(); g++) {
            GoldQuote quote = expected.get(g);
            boolean isShort = wordsOf(quote.text()).size() < QuoteFinder.MIN_WORDS;
            Ratio hit = new Ratio(match[g] >= 0 ? 1 : 0, 1);
            if (isShort) {
                tally.shortRecall = tally.shortRecall.plus(hit);
            } else {
                tally.quoteRecall = tally.quoteRecall.plus(hit);
            }
            if (match[g] < 0) {
                if (!isShort) {
                    tally.errors.add(article + ": quote missed: \"" + quote.text() + "\"");
                }
                continue;
            }
            Quote mine = found.get(match[g]);
            boolean right = quote.speaker().isEmpty()
                    ? !mine.hasSpeaker()
                    : mine.speaker().map(id -> speakerMatches(quote, entities.get(id)))
                            .or(() -> mine.speakerName().map(written -> speakerMatches(quote, asWritten(written))))
                            .orElse(false);
            Ratio hitOrMiss = new Ratio(right ? 1 : 0, 1);
            if (quote.form() == SpeakerForm.RESOLVED) {
                tally.resolvedNamed = tally.resolvedNamed.plus(hitOrMiss);
                if (mine.hasSpeaker()) {
                    tally.resolvedPrecision = tally.resolvedPrecision.plus(hitOrMiss);
                }
                continue;
            }
            tally.speakers = tally.speakers.plus(hitOrMiss);
            if (quote.speaker().isPresent()) {
                tally.namedSpeakers = tally.namedSpeakers.plus(hitOrMiss);
            }
            if (mine.hasSpeaker()) {
                tally.speakerPrecision = tally.speakerPrecision.plus(hitOrMiss);
            }
            if (!right) {
                tally.errors.add(article + ": speaker of \"" + shorten(quote.text()) + "\" is " + name.apply(mine)
                        + ", gold " + quote.speaker().orElse("no one"));
            }
        }
        tally.quotePrecision = tally.quotePrecision.plus(
                precision(match, found.stream().map(Quote::text).toList(), article + ": not a gold quote", tally.errors));
    }

    private static void scoreFigures(String article, List<GoldFigure> expected, List<Figure> found,
                                     Map<EntityId, Entity> entities, Tally tally) {
        int[] match = matchInOrder(expected, found, ComparisonScore::sameFigure);
        for (int g = 0; g < expected.size(); g++) {
            GoldFigure figure = expected.get(g);
            tally.figureRecall = tally.figureRecall.plus(new Ratio(match[g] >= 0 ? 1 : 0, 1));
            if (match[g] < 0) {
                tally.errors.add(article + ": figure missed: \"" + figure.text() + "\" (" + figure.counts() + ")");
                continue;
            }
            Figure mine = found.get(match[g]);
            boolean countsRight = mine.counts().map(counts -> sameThing(figure, counts)).orElse(false);
            tally.counts = tally.counts.plus(new Ratio(countsRight ? 1 : 0, 1));
            if (!countsRight) {
                tally.errors.add(article + ": \"" + figure.text() + "\" counts " + mine.counts().orElse("nothing")
                        + ", gold " + figure.counts());
            }
            boolean sourceRight = figure.attributedTo().isEmpty()
                    ? mine.attributedTo().isEmpty()
                    : mine.attributedTo().map(id -> EntityScore.matches(figure.attributedTo().get(), entities.get(id)))
                            .orElse(false)
                    || mine.attribution().map(words -> holdsName(words, figure.attributedTo().get())).orElse(false);
            tally.sources = tally.sources.plus(new Ratio(sourceRight ? 1 : 0, 1));
            if (!sourceRight) {
                tally.errors.add(article + ": source of \"" + figure.text() + "\" is "
                        + mine.attributedTo().map(id -> nameOf(id, entities)).or(mine::attribution).orElse("none")
                        + ", gold " + figure.attributedTo().orElse("none"));
            }
        }
        tally.figurePrecision = tally.figurePrecision.plus(
                precision(match, found.stream().map(Figure::text).toList(), article + ": not a gold figure", tally.errors));
    }

    /**
     * Pairs each gold item with the first unpaired find, in the report's order, that matches it.
     * Both lists are in reading order, so the first match is the one at the same place.
     */
    private static <G, F> int[] matchInOrder(List<G> gold, List<F> found, java.util.function.BiPredicate<G, F> same) {
        int[] match = new int[gold.size()];
        boolean[] taken = new boolean[found.size()];
        for (int g = 0; g < gold.size(); g++) {
            match[g] = -1;
            for (int f = 0; f < found.size(); f++) {
                if (!taken[f] && same.test(gold.get(g), found.get(f))) {
                    match[g] = f;
                    taken[f] = true;
                    break;
                }
            }
        }
        return match;
    }

    /** How many finds a gold item was matched to; each find that none was is listed as an error. */
    private static Ratio precision(int[] match, List<String> found, String wrong, List<String> errors) {
        boolean[] used = new boolean[found.size()];
        Arrays.stream(match).filter(f -> f >= 0).forEach(f -> used[f] = true);
        int right = 0;
        for (int f = 0; f < found.size(); f++) {
            if (used[f]) {
                right++;
            } else {
                errors.add(wrong + ": \"" + found.get(f) + "\"");
            }
        }
        return new Ratio(right, found.size());
    }

    static boolean sameQuote(String gold, String found) {
        List<String> a = wordsOf(gold);
        List<String> b = wordsOf(found);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        int shared = shared(a, b);
        return shared * 2 >= a.size() && shared * 2 >= b.size();
    }

    static boolean sameFigure(GoldFigure gold, Figure found) {
        boolean sameValue = Math.abs(gold.value() - found.value()) <= 1e-6 * Math.max(1, Math.abs(gold.value()));
        String words = " " + String.join(" ", wordsOf(found.text())) + " ";
        return sameValue || words.contains(" " + String.join(" ", wordsOf(gold.text())) + " ");
    }

    /**
     * Whether two descriptions of a counted thing share a word ("children killed" and "children").
     * A sum of money counts its currency and a share counts percent, whatever the gold says it
     * was spent on or is a share of ("$43,350" for a watch counts dollars).
     */
    static boolean sameThing(GoldFigure gold, String found) {
        String unit = gold.text().matches(".*[$£€].*") ? "dollars pounds euros"
                : gold.text().matches("(?i).*(%|percent|per cent).*") ? "percent" : "";
        if (!unit.isEmpty() && unit.contains(found.toLowerCase(Locale.ROOT))) {
            return true;
        }
        List<String> mine = Words.terms(found);
        return Words.terms(gold.counts()).stream().filter(word -> !COUNT_FILLER.contains(word)).anyMatch(mine::contains)
                || wordsOf(gold.counts()).equals(wordsOf(found));
    }

    /**
     * Whether a found actor is the gold speaker. A name as written is matched against the
     * actor's full name: "Trump" is Donald Trump's surname, "Spokeswoman Haley Morris" holds
     * Haley Morris, "Sen. Ted Cruz" holds Ted Cruz; but "Anita Perry" is not Rick Perry for
     * holding his one-word alias.
     */
    static boolean speakerMatches(GoldQuote quote, Entity entity) {
        if (entity == null || quote.speaker().isEmpty()) {
            return false;
        }
        // "The Shelton Weekly" is the Shelton Weekly: an article before a name is no part of it
        String gold = quote.speaker().get().replaceFirst("^(?i:the)\\s+(?=\\p{Lu})", "");
        if (EntityScore.matches(gold, entity)) {
            return true;
        }
        if (quote.form() == SpeakerForm.FULL_NAME) {
            return false;
        }
        String written = " " + String.join(" ", wordsOf(gold)) + " ";
        List<String> names = new ArrayList<>(entity.aliases());
        names.add(entity.name());
        for (String name : names) {
            List<String> words = wordsOf(name);
            if (words.isEmpty()) {
                continue;
            }
            if (words.size() > 1 && written.contains(" " + String.join(" ", words) + " ")) {
                return true;
            }
            if (words.size() == 1 && words.equals(namingWords(gold))) {
                // "Mr. Trump", "Sen. Cruz", "the candidate Trump": the one name in the span is the alias
                return true;
            }
            List<String> goldWords = wordsOf(gold);
            if (goldWords.size() == 1 && words.size() > 1 && goldWords.get(0).equals(words.get(words.size() - 1))) {
                return true;
            }
        }
        return false;
    }

    /** A name as written, as an actor of no other name, so that it is scored as an actor's name is. */
    private static Entity asWritten(String name) {
        return new Entity(new EntityId("as-written"), name, EntityKind.PERSON, List.of(), "", Optional.empty(), List.of(),
                Optional.empty());
    }

    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "sen", "senator", "rep", "gov", "governor",
            "president", "secretary", "speaker", "former", "gen", "general", "judge", "justice", "mayor", "the", "a", "an");

    /** The capitalised words of a speaker as written, titles and asides left out: "Mr. Trump" is ["trump"]. */
    private static List<String> namingWords(String written) {
        List<String> naming = new ArrayList<>();
        // the head of the span: "Murphy, the head of Right to Rise USA," and "Heiserman of the CORE Teachers" are Murphy and Heiserman
        String head = written.split(",|\\(|\\s(?:who|of|from)\\s", 2)[0];
        for (String word : head.split("\\s+")) {
            String letters = word.replaceAll("[^\\p{L}]", "");
            if (!letters.isEmpty() && Character.isUpperCase(letters.charAt(0))
                    && !TITLES.contains(letters.toLowerCase(Locale.ROOT))) {
                naming.addAll(wordsOf(word));
            }
        }
        return naming;
    }

    private static boolean holdsName(String words, String name) {
        String haystack = " " + String.join(" ", wordsOf(words)) + " ";
        List<String> nameWords = wordsOf(name);
        return !nameWords.isEmpty() && (haystack.contains(" " + String.join(" ", nameWords) + " ")
                || haystack.contains(" " + nameWords.get(nameWords.size() - 1) + " "));
    }

    /** Lower-case words, accents folded, every word kept. */
    static List<String> wordsOf(String text) {
        return Arrays.stream(Words.fold(text).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty()).toList();
    }

    private static int shared(List<String> a, List<String> b) {
        Map<String, Integer> counts = new HashMap<>();
        a.forEach(word -> counts.merge(word, 1, Integer::sum));
        int shared = 0;
        for (String word : b) {
            Integer left = counts.get(word);
            if (left != null && left > 0) {
                counts.put(word, left - 1);
                shared++;
            }
        }
        return shared;
    }

    private static String nameOf(EntityId id, Map<EntityId, Entity> entities) {
        Entity entity = entities.get(id);
        return entity == null ? id.value() : entity.name();
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    /** Running totals while scoring. */
    private static final class Tally {
        Ratio quotePrecision = new Ratio(0, 0);
        Ratio quoteRecall = new Ratio(0, 0);
        Ratio shortRecall = new Ratio(0, 0);
        Ratio speakers = new Ratio(0, 0);
        Ratio namedSpeakers = new Ratio(0, 0);
        Ratio speakerPrecision = new Ratio(0, 0);
        Ratio resolvedNamed = new Ratio(0, 0);
        Ratio resolvedPrecision = new Ratio(0, 0);
        Ratio figurePrecision = new Ratio(0, 0);
        Ratio figureRecall = new Ratio(0, 0);
        Ratio counts = new Ratio(0, 0);
        Ratio sources = new Ratio(0, 0);
        final List<String> errors = new ArrayList<>();
    }
}
