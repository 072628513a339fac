package org.briefing.analysis.comparison;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefing.analysis.entities.ArticleEntities;
import org.briefing.analysis.entities.Entity;
import org.briefing.analysis.entities.EntityId;
import org.briefing.analysis.text.Sentences;
import org.briefing.cleaning.CleanArticle;
import org.briefing.content.Block;
import org.briefing.content.BlockKind;

/**
 * Finds the numeric claims of a report: counts, sums and shares written in digits or words ("11
 * civilians", "five children", "some 200 Iraqi militiamen", "5.5 million", "40 percent",
 * "$2 billion"), with their qualifier, what they count, and the source the sentence gives for them
 * ("…, the Observatory said"; "according to the Observatory"; "Syria's military said…").
 *
 * <p>Numbers that are not claims are left out: years ("in 2011"), dates ("December 02"), clock
 * times and video timestamps ("0:59"), spans of time ("the past 24 hours", "two days"), ordinals,
 * compounds ("two-pronged"), and numbers that are part of a name ("Resolution 2254").
 */
public final class FigureFinder {

    /** "one-in-three": odds written as one word. */
    private static final String SMALL_NUMBER = "(?:one|two|three|four|five|six|seven|eight|nine|ten)";
    /** "a third", "one-half", "two-thirds": a share written in words. */
    private static final String FRACTION = "(?:(?:a|one|two|three)[- ](?:half|third|thirds|quarter|quarters|fifth|fifths))";
    private static final String WORD_NUMBER = "(?:zero|twice|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
            + "|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
            + "|a hundred|a thousand|a dozen|tens of thousands|hundreds of thousands|dozens|hundreds|thousands|millions)"
            + "(?:-(?:one|two|three|four|five|six|seven|eight|nine))?";
    private static final Pattern FIGURE = Pattern.compile(
            "(?<![\\w.,:/$£€])(?<!(?<!\\d)-)"
                    + "(?<qualifier>(?:at least|at most|more than|less than|fewer than|up to|as many as|some|about|around|nearly"
                    + "|almost|over|roughly|approximately|an estimated|close to|estimated)\\s+)?"
                    + "(?<currency>[$£€])?"
                    + "(?<number>(?:\\d+|" + SMALL_NUMBER + ")-in-(?:\\d+|" + SMALL_NUMBER + ")"
                    + "|" + FRACTION + "|\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|" + WORD_NUMBER + ")"
                    + "(?<scale>\\s+(?:hundred|thousand|million|billion|trillion))?"
                    + "(?<percent>%|\\s+percent|\\s+per cent)?"
                    + "(?!\\w|-(?:in-|old\\b|year-old)|:\\d|\\.\\d|/\\d)",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, Number> WORD_VALUES = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("a hundred", 100), Map.entry("a thousand", 1000), Map.entry("a dozen", 12),
            Map.entry("dozens", 24), Map.entry("hundreds", 200), Map.entry("thousands", 2000), Map.entry("millions", 2_000_000),
            Map.entry("tens of thousands", 20_000), Map.entry("hundreds of thousands", 200_000), Map.entry("zero", 0),
            Map.entry("twice", 2), Map.entry("half", 0.5), Map.entry("third", 1.0 / 3), Map.entry("thirds", 1.0 / 3),
            Map.entry("quarter", 0.25), Map.entry("quarters", 0.25), Map.entry("fifth", 0.2), Map.entry("fifths", 0.2));
    private static final Map<String, Double> SCALES = Map.of(
            "hundred", 1e2, "thousand", 1e3, "million", 1e6, "billion", 1e9, "trillion", 1e12);
    private static final Set<String> TIME_UNITS = Set.of(
            "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months",
            "year", "years", "decade", "decades", "century", "centuries", "am", "pm", "a.m", "p.m", "o'clock", "times");
    private static final Set<String> MONTHS = Set.of(
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
            "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");
    /** Words that end the phrase naming what a figure counts. */
    private static final Set<String> PHRASE_ENDS = Set.of(
            "of", "in", "on", "at", "from", "to", "into", "including", "who", "whom", "which", "that", "and", "or", "with",
            "over", "during", "were", "was", "are", "is", "have", "has", "had", "been", "be", "now", "after", "before",
            "since", "as", "by", "across", "for", "per", "a", "an", "the", "yesterday", "today", "tonight", "overnight",
            "this", "last", "next", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "so",
            "far", "than", "more", "out", "there", "here", "each", "while", "but", "not", "also", "still", "would", "will",
            "could", "can", "may", "might", "said", "says", "told", "according", "people's", "without", "about",
            "among", "between", "under", "within", "against", "through", "toward", "towards", "via", "like", "despite",
            "amid", "because", "if", "when", "where", "then", "it", "they", "we", "he", "she", "you", "i", "them", "those",
            "these", "us", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");
    /** Counted things that are the people or papers a claim comes from, not the claim. */
    private static final Set<String> SOURCE_NOUNS = Set.of(
            "sources", "source", "officials", "official", "witnesses", "witness", "diplomats", "reporters");
    private static final Pattern OF_THEM = Pattern.compile("^,?\\s+of\\s+(?:them|whom)\\s+([\\p{L}-]+)");
    /** "hundreds of protesters", "two of the mayor's aides": what follows "of" (and a determiner) is counted. */
    private static final Pattern OF_GROUP = Pattern.compile(
            "^\\s+of\\s+(?:(?:the|those|these|his|her|their|its|our)\\s+)?(?=[\\p{L}])", Pattern.CASE_INSENSITIVE);
    /** "one in three", "2-in-3": odds, counted as the share they give. */
    private static final Pattern ODDS = Pattern.compile(
            "^(?:-in-|\\s+in\\s+|\\s+out of\\s+)(\\d+|two|three|four|five|six|seven|eight|nine|ten)\\b", Pattern.CASE_INSENSITIVE);
    /** "At least 12 were wounded": the participle says what is counted. */
    private static final Pattern PASSIVE = Pattern.compile(
            "^\\s+(?:were|was|have been|had been|are|have|had)\\s+(?:reported\\s+)?"
                    + "(killed|wounded|injured|arrested|detained|displaced|missing|dead|rescued|evacuated|hurt|freed|released)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "The death toll rose to 300": a figure with no noun after it counts the dead. */
    private static final Pattern TOLL = Pattern.compile("\\b(?:death )?toll\\b[^,;]*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ACCORDING_TO = Pattern.compile("\\baccording to\\b", Pattern.CASE_INSENSITIVE);
    /**
     * Verbs whose subject is the source of a figure: those of speech, and those of a finding
     * ("a poll found", "the Rothenberg Political Report projected", "a document cited").
     */
    private static final Pattern SOURCE_VERB = Pattern.compile(Attribution.SPEECH.pattern()
            + "|\\b(?:found|finds|projected|projects|cited|cites|showed|shows|forecast|forecasts|counted|calculated|"
            + "tallied|laid out|lays out)\\b", Pattern.CASE_INSENSITIVE);
    /** "the 2.1 percent growth rate projected by the I.M.F.": the source after "by". */
    private static final Pattern FOUND_BY = Pattern.compile(
            "\\b(?:projected|estimated|reported|forecast|found|cited|counted|calculated|compiled)\\s+by\\s+", Pattern.CASE_INSENSITIVE);
    /** A source that is only a pronoun: "He said 23 states…" is the person named before. */
    private static final Pattern PRONOUN_ONLY = Pattern.compile("(?i)\\s*(?:he|she)\\s*");

    /**
     * @param quotes the report's quotes ({@link QuoteFinder}): a figure inside one is its speaker's claim
     */
    public List<Figure> find(CleanArticle article, ArticleEntities entities, Map<EntityId, Entity> entityById,
                             List<Quote> quotes) {
        Attribution attribution = new Attribution(article, entities.mentions(), entityById);
        List<Figure> figures = new ArrayList<>();
        for (int b = 0; b < article.body().size(); b++) {
            Block block = article.body().get(b);
            if (block.kind() != BlockKind.PARAGRAPH && block.kind() != BlockKind.QUOTE) {
                continue;
            }
            String text = block.text();
            List<Quoted> quoted = new ArrayList<>();
            for (Quote quote : quotes) {
                int at = quote.block() == b ? text.indexOf(quote.text()) : -1;
                if (at >= 0) {
                    quoted.add(new Quoted(at, at + quote.text().length(), quote.speaker(), quote.speakerName()));
                }
            }
            int from = 0;
            for (String sentence : Sentences.split(text)) {
                int start = Math.max(0, text.indexOf(sentence, from));
                from = start + sentence.length();
                findIn(article, b, text, start, start + sentence.length(), attribution, quoted, figures);
            }
        }
        return figures;
    }

    /** Where a quote stands in its block's text, and who speaks it: a known actor, or a name as written. */
    private record Quoted(int start, int end, Optional<EntityId> speaker, Optional<String> speakerName) {
    }

    private static void findIn(CleanArticle article, int block, String text, int start, int end, Attribution attribution,
                               List<Quoted> quoted, List<Figure> figures) {
        if (!mayHoldFigure(text, start, end)) {
            return;
        }
        Matcher m = FIGURE.matcher(text).region(start, end);
        int taken = start;
        while (m.find()) {
            if (m.start() < taken) {
                continue;
            }
            String number = m.group("number").toLowerCase(Locale.ROOT);
            Matcher odds = ODDS.matcher(text.substring(m.end(), end));
            boolean isOdds = m.group("scale") == null && m.group("percent") == null && m.group("currency") == null
                    && odds.find();
            if (!isOdds && isNotAClaim(text, m, number)) {
                continue;
            }
            double value = valueOf(number) * (m.group("scale") == null ? 1 : SCALES.get(m.group("scale").strip().toLowerCase(Locale.ROOT)));
            int figureEnd = m.end();
            if (isOdds) {
                // "a one-in-three chance": a share, and the number after "in" is no figure of its own
                value /= valueOf(odds.group(1).toLowerCase(Locale.ROOT));
                figureEnd = m.end() + odds.end();
                taken = figureEnd;
            }
            String after = text.substring(figureEnd, end);
            Matcher compound = COMPOUND.matcher(after);
            Optional<Counted> counted;
            if (compound.lookingAt()) {
                // "the 12-nation trade deal", "a six-vote majority": the compound counts its noun;
                // "two-pronged", "a three-day visit" count nothing
                String noun = compound.group(1).toLowerCase(Locale.ROOT);
                if (TIME_UNITS.contains(noun + "s") || TIME_UNITS.contains(noun) || noun.endsWith("ed") || noun.endsWith("ing")
                        || PHRASE_ENDS.contains(noun)) {
                    continue;
                }
                counted = Optional.of(new Counted(noun, compound.end()));
            } else if (after.startsWith("-") && !after.matches("(?s)^-\\d.*")) {
                continue;
            } else {
                counted = m.group("percent") != null ? Optional.of(new Counted("percent", 0))
                        : m.group("currency") != null ? Optional.of(new Counted(currencyName(m.group("currency")), 0))
                        : number.equals("twice") ? Optional.of(new Counted("times", 0))
                        : countedThing(rangeEnd(after)).map(c -> new Counted(c.thing(), c.end() == 0 ? 0 : c.end() + after.length() - rangeEnd(after).length()))
                                .or(() -> TOLL.matcher(text.substring(start, m.start())).find()
                                        ? Optional.of(new Counted("dead", 0)) : Optional.empty())
                                .or(() -> counterBefore(text.substring(start, m.start()), figures, block))
                                .or(() -> isOdds ? Optional.of(new Counted("chance", 0)) : Optional.empty());
            }
            if (counted.isPresent() && !compound.lookingAt() && DEFINITE.contains(previousWord(text, m.start()).toLowerCase(Locale.ROOT))
                    && m.group("qualifier") == null && bareCount(m) && counted.get().end() > 0) {
                // "the two states" counts them again, but "the two met" and "the two sides negotiate how"
                // name no more than a plural noun: the phrase ends at the first one, and without one it is no count
                counted = pluralHead(counted.get());
                if (counted.isEmpty()) {
                    continue;
                }
            }
            if (counted.isPresent() && SOURCE_NOUNS.contains(headWord(counted.get().thing()))) {
                continue;
            }
            boolean tellsEnough = m.group("scale") != null
                    || (Character.isDigit(number.charAt(0)) && value >= 10 && m.group("qualifier") == null);
            if (counted.isEmpty() && !tellsEnough) {
                // a bare small number ("the other two") says too little to compare
                continue;
            }
            String words = text.substring(m.start(), figureEnd + counted.map(Counted::end).orElse(0));
            Optional<String> counts = counted.map(Counted::thing);
            Optional<String> qualifier = Optional.ofNullable(m.group("qualifier")).map(q -> q.strip().toLowerCase(Locale.ROOT));
            int at = m.start();
            Optional<Quoted> inQuote = quoted.stream().filter(q -> q.start() <= at && at < q.end()).findFirst();
            Source source = inQuote.isPresent() ? new Source(inQuote.get().speaker(), inQuote.get().speakerName())
                    : sourceOf(text, block, start, end, at, attribution);
            figures.add(new Figure(article.id(), value, words, qualifier, counts, source.actor(), source.words(), block));
        }
    }

    /** Number words, and the words that start one ("a dozen", "tens of thousands"). */
    private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
            "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand",
            "dozen", "dozens", "hundreds", "thousands", "millions", "tens", "zero", "twice", "half", "third", "thirds",
            "quarter", "quarters", "fifth", "fifths");

    /**
     * Whether a sentence has a digit or a number word. Most sentences have neither, and this
     * look is far cheaper than trying the figure pattern at every position.
     */
    private static boolean mayHoldFigure(String text, int start, int end) {
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                return true;
            }
            if (!Character.isLetter(c)) {
                i++;
                continue;
            }
            int wordStart = i;
            while (i < end && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i - wordStart <= 9 && NUMBER_WORDS.contains(text.substring(wordStart, i).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNotAClaim(String text, Matcher m, String number) {
        boolean digits = Character.isDigit(number.charAt(0));
        if (digits && m.group("scale") == null && m.group("percent") == null && m.group("currency") == null
                && number.matches("1[89]\\d\\d|20\\d\\d")) {
            return true;
        }
        if (number.equals("one") && m.group("qualifier") == null) {
            // "one of the", "no one", "one day": too often not a count, unless qualified ("at least one")
            return true;
        }
        String next = nextWord(text, m.end()).toLowerCase(Locale.ROOT);
        String previous = previousWord(text, m.start()).toLowerCase(Locale.ROOT);
        // "the two states" counts them even as it refers back; a bare "the two" is left out later, as it says too little
        if (TIME_UNITS.contains(next) || MONTHS.contains(next) || MONTHS.contains(previous)) {
            return true;
        }
        String before = text.substring(Math.max(0, m.start() - 24), m.start());
        String rest = text.substring(m.end());
        boolean age = m.group("qualifier") == null && bareCount(m) && (OR_OLDER.matcher(rest).lookingAt()
                || (rest.matches("(?s)^\\s*,.*") && before.matches("(?s).*\\p{L},\\s*$")));
        if (NOT_A_COUNT_BEFORE.matcher(before).find() || age) {
            // "Oct. 19", "the No. 3 Republican", "at the age of 30"; "Mr. Blumenthal, 64, is": an age
            return true;
        }
        Matcher range = RANGE.matcher(text.substring(m.end()));
        if (range.lookingAt() && TIME_UNITS.contains(nextWord(text, m.end() + range.end()).toLowerCase(Locale.ROOT))) {
            // "18 to 24 months": a span of time
            return true;
        }
        if (previous.matches("\\d{4}") && text.charAt(m.start() - 1) == '-') {
            // "the 2012-13 season": the end of a span of years
            return true;
        }
        // "Resolution 2254", "Route 66": a number right after a capitalised word is part of a name
        String rawPrevious = previousWord(text, m.start());
        return m.group("qualifier") == null && digits && !rawPrevious.isEmpty() && Character.isUpperCase(rawPrevious.charAt(0))
                && !isSentenceStart(text, m.start() - rawPrevious.length() - 1);
    }

    /** Words before a number that make it a date, a rank or an age: "Oct. 19", "No. 3", "age of 30", "aged 30". */
    private static final Pattern NOT_A_COUNT_BEFORE = Pattern.compile(
            "(?i)(?:\\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.|\\bno\\.|\\bage of|\\baged|\\bages)\\s*$");
    /** "21 or older": an age. */
    private static final Pattern OR_OLDER = Pattern.compile("\\s+or\\s+(?:older|younger)\\b");
    /** Words before a number that make it a reference back to things named before ("the two states"). */
    private static final Set<String> DEFINITE = Set.of("the", "these", "those", "both", "its", "their", "his", "her");
    private static final Set<String> PLURALS_WITHOUT_S = Set.of("people", "men", "women", "children", "police");

    private static boolean bareCount(Matcher m) {
        return m.group("currency") == null && m.group("percent") == null && m.group("scale") == null;
    }

    private static boolean isSentenceStart(String text, int wordStart) {
        int i = wordStart - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i < 0 || ".!?:;\"“".indexOf(text.charAt(i)) >= 0;
    }

    private static double valueOf(String number) {
        int in = number.indexOf("-in-");
        if (in > 0) {
            return valueOf(number.substring(0, in)) / valueOf(number.substring(in + 4));
        }
        if (Character.isDigit(number.charAt(0))) {
            return Double.parseDouble(number.replace(",", ""));
        }
        String[] parts = number.split("[- ]", 2);
        if (parts.length == 2 && number.matches(FRACTION)) {
            // "a third", "two-thirds": so many parts of the fraction
            double parts0 = parts[0].equals("a") ? 1 : WORD_VALUES.get(parts[0]).doubleValue();
            return parts0 * WORD_VALUES.get(parts[1]).doubleValue();
        }
        int hyphen = number.indexOf('-');
        if (hyphen > 0) {
            return WORD_VALUES.get(number.substring(0, hyphen)).doubleValue() + WORD_VALUES.get(number.substring(hyphen + 1)).doubleValue();
        }
        return WORD_VALUES.get(number).doubleValue();
    }

    /**
     * What a figure counts, and where its words end in the text after the number ({@code 0} when
     * the text after it does not say).
     */
    private record Counted(String thing, int end) {
    }

    /** A counted phrase cut after its first plural noun, or empty when it has none: "sides negotiate how" is "sides". */
    private static Optional<Counted> pluralHead(Counted counted) {
        String[] words = counted.thing().split(" ");
        for (int w = 0; w < words.length; w++) {
            String lower = words[w].toLowerCase(Locale.ROOT);
            if ((lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("'s") && !lower.endsWith("’s"))
                    || PLURALS_WITHOUT_S.contains(lower)) {
                String head = String.join(" ", java.util.Arrays.copyOf(words, w + 1));
                int cut = counted.thing().length() - head.length();
                return Optional.of(new Counted(head, counted.end() - cut));
            }
        }
        return Optional.empty();
    }

    /** "-nation trade deal": a number's compound with a noun. */
    private static final Pattern COMPOUND = Pattern.compile("-(\\p{Ll}+)\\b(?!-)");
    /** "-190 seat advantage", " to 191,": the second number of a range or a vote, which counts what the first does. */
    private static final Pattern RANGE = Pattern.compile("^(?:-|\\s+to\\s+)\\d[\\d,]*(?:\\.\\d+)?");
    /** "a vote of 228", "a total of 33": the noun before "of" says what a bare number counts. */
    private static final Pattern COUNTER_OF = Pattern.compile("\\b(vote|total|majority|tally|margin|count)\\s+of\\s+$");
    /** "228 to ": the first number of a range just before. */
    private static final Pattern RANGE_START = Pattern.compile("\\d[\\d,]*(?:\\s+to\\s+|-)$");

    /** The words after a range's second number ("242-190 seat advantage" gives " seat advantage"), else all of them. */
    private static String rangeEnd(String after) {
        Matcher range = RANGE.matcher(after);
        return range.lookingAt() ? after.substring(range.end()) : after;
    }

    /**
     * What a bare number counts, read before it: "a vote of 228" counts votes, and the second
     * number of a range ("228 to 191") counts what the first does.
     */
    private static Optional<Counted> counterBefore(String before, List<Figure> figures, int block) {
        Matcher counter = COUNTER_OF.matcher(before);
        if (counter.find()) {
            return Optional.of(new Counted(counter.group(1) + "s", 0));
        }
        if (RANGE_START.matcher(before).find() && !figures.isEmpty() && figures.get(figures.size() - 1).block() == block) {
            return figures.get(figures.size() - 1).counts().map(thing -> new Counted(thing, 0));
        }
        return Optional.empty();
    }

    /** The phrase after a number that names what it counts: "Iraqi militiamen riding…" gives "Iraqi militiamen". */
    private static Optional<Counted> countedThing(String after) {
        for (Pattern pattern : List.of(OF_THEM, PASSIVE)) {
            Matcher matcher = pattern.matcher(after);
            if (matcher.find()) {
                return Optional.of(new Counted(matcher.group(1), matcher.end()));
            }
        }
        List<String> words = new ArrayList<>();
        Matcher group = OF_GROUP.matcher(after);
        int i = group.find() ? group.end() : 0;
        int end = 0;
        while (i < after.length() && words.size() < 3) {
            while (i < after.length() && after.charAt(i) == ' ') {
                i++;
            }
            int wordStart = i;
            while (i < after.length() && (Character.isLetter(after.charAt(i)) || "-'’".indexOf(after.charAt(i)) >= 0)) {
                i++;
            }
            String word = after.substring(wordStart, i);
            String lower = word.toLowerCase(Locale.ROOT);
            // "Iran-backed militias": a hyphenated compound is an adjective, not what happened to
            // them; so is a first word in -ing ("nine leading companies")
            boolean verbal = !lower.contains("-") && (lower.endsWith("ed") || (!words.isEmpty() && lower.endsWith("ing")));
            if (words.isEmpty() && lower.equals("more") && i < after.length() && after.charAt(i) == ' ') {
                // "thousands more federal boots": what is counted comes after "more"
                continue;
            }
            if (word.isEmpty() || PHRASE_ENDS.contains(lower) || (!words.isEmpty() && verbal)) {
                break;
            }
            if (verbal) {
                // "11 wounded" counts the wounded; "5 killed" the dead
                words.add(word);
                end = i;
                break;
            }
            words.add(word);
            end = i;
            if (i >= after.length() || after.charAt(i) != ' ') {
                break;
            }
        }
        return words.isEmpty() ? Optional.empty() : Optional.of(new Counted(String.join(" ", words), end));
    }

    private static String headWord(String phrase) {
        return phrase.substring(phrase.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    }

    private record Source(Optional<EntityId> actor, Optional<String> words) {
    }

    /**
     * The source a sentence gives for a figure at {@code at}: "according to X", "projected by X",
     * or the subject of a verb of speech or finding; "he said" is the person named before, and
     * "The lawyer for Mrs. Clinton, David Kendall, said" the name in apposition.
     */
    private static Source sourceOf(String text, int block, int start, int end, int at, Attribution attribution) {
        String sentence = text.substring(start, end);
        Matcher according = ACCORDING_TO.matcher(text).region(start, end);
        // "the 2.1 percent growth rate projected by the I.M.F.": "by" a few words after the figure
        Matcher by = FOUND_BY.matcher(text).region(at, Math.min(end, at + 60));
        int from = according.find() ? according.end() : by.find() ? by.end() : -1;
        if (from >= 0) {
            int to = clauseEnd(text, from, end);
            return new Source(attribution.actorIn(block, from, to), words(text, from, to));
        }
        Matcher verb = SOURCE_VERB.matcher(sentence);
        while (verb.find()) {
            int verbStart = start + verb.start();
            int verbEnd = start + verb.end();
            if (verbStart > at) {
                // "…11 civilians, the Observatory said": the source runs back to the comma before the verb
                int subject = Math.max(text.lastIndexOf(',', verbStart) + 1, at);
                Optional<EntityId> actor = attribution.actorIn(block, subject, verbStart);
                if (actor.isEmpty() && text.substring(verbEnd, end).matches("(?s)\\s+[A-Zt].*")) {
                    int to = clauseEnd(text, verbEnd, end);
                    return new Source(attribution.actorIn(block, verbEnd, to), words(text, verbEnd, to));
                }
                return new Source(actor, words(text, subject, verbStart));
            }
            // "Syria's military said on Monday that at least 400…": the subject before the verb
            int subject = Math.max(start, text.lastIndexOf(',', verbStart) + 1);
            int close = verbStart;
            // "The lawyer for Mrs. Clinton, David Kendall, said": the name between the commas; "A new
            // report in The Guardian, published online on Saturday, cited": an aside is no subject
            while (subject > start && text.substring(subject, close).matches("(?s)\\s*|\\s+\\p{Ll}+ed\\b.*")) {
                close = subject - 1;
                subject = Math.max(start, text.lastIndexOf(',', close - 1) + 1);
            }
            if (close < verbStart) {
                return new Source(attribution.actorIn(block, subject, close), words(text, subject, close));
            }
            if (PRONOUN_ONLY.matcher(text.substring(subject, verbStart)).matches()) {
                Optional<EntityId> person = attribution.lastPersonBefore(block, subject,
                        Attribution.pronounIn(text.substring(subject, verbStart)));
                return new Source(person, Optional.empty());
            }
            return new Source(attribution.actorIn(block, subject, verbStart), words(text, subject, verbStart));
        }
        return new Source(Optional.empty(), Optional.empty());
    }

    private static int clauseEnd(String text, int from, int end) {
        for (int i = from; i < end; i++) {
            if (",;:".indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        int last = end;
        while (last > from && ".!?".indexOf(text.charAt(last - 1)) >= 0) {
            last--;
        }
        return last;
    }

    /** The words of a source, or empty when they are only pronouns, time words or nothing. */
    private static Optional<String> words(String text, int from, int to) {
        String words = text.substring(from, Math.max(from, to)).strip()
                .replaceAll("(?i)\\s+(?:on|late|early)\\s+\\w+day$", "")
                .replaceAll("(?i)\\s+(?:also|has|have|had|previously)$", "");
        if (words.isEmpty() || words.matches("(?i)(?:he|she|it|they|we|i|officials?|reports?)")) {
            return Optional.empty();
        }
        return Optional.of(words);
    }

    private static String currencyName(String symbol) {
        return switch (symbol) {
            case "$" -> "dollars";
            case "£" -> "pounds";
            default -> "euros";
        };
    }

    private static String nextWord(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        int start = i;
        while (i < text.length() && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '.' || text.charAt(i) == '\'')) {
            i++;
        }
        return text.substring(start, i).replaceAll("\\.$", "");
    }

    private static String previousWord(String text, int before) {
        int i = before - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        int end = i + 1;
        while (i >= 0 && Character.isLetter(text.charAt(i))) {
            i--;
        }
        return text.substring(i + 1, end);
    }
}
