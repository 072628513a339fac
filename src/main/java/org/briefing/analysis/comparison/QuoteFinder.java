package org.briefing.analysis.comparison;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefing.analysis.entities.ArticleEntities;
import org.briefing.analysis.entities.Entity;
import org.briefing.analysis.entities.EntityId;
import org.briefing.analysis.entities.EntityType;
import org.briefing.analysis.entities.GivenNames.Gender;
import org.briefing.analysis.text.Sentences;
import org.briefing.cleaning.CleanArticle;
import org.briefing.content.Block;
import org.briefing.content.BlockKind;
import org.briefing.content.TextShape;

/**
 * Finds the direct quotes of a report and their speakers. A quote is a run of words between
 * quotation marks, curly or straight, of at least {@link #MIN_WORDS} words: shorter ones are
 * mostly words held at arm's length ("redraw", "foreign interference"); and titles in capitals
 * ("Meet the Press") are not speech. A quote left open at the
 * end of a paragraph runs to its end, as reporters continue a quote in the next paragraph.
 *
 * <p>The speaker is read from the attribution, in the rest of the sentence after the quote
 * ("…," Assad said, according to a statement) or, failing that, before it (Hadi al-Bahri said:
 * "…"; a statement from Assad's office quoted him as saying "…"), as {@link Attribution} reads
 * it; "he said" stands for the last person the report named before the quote. A quote with no
 * attribution of its own carries on the speaker of the quote before it in its paragraph
 * ("…," Perry said. "…"), unless another person who could be speaking is named in between; a
 * quote too short to show still passes its speaker on ("The bullying," Romney said. "The greed…").
 *
 * <p>A name written right at the saying verb wins over every other reading ({@link SpeakerNames}):
 * it is the actor it names when the archive knows it, and otherwise the quote keeps the name as
 * written ({@link Quote#speakerName}), so that "…," Viguerie said is Viguerie's, shown without a
 * link, rather than no one's or the name of someone else in the sentence.
 */
public final class QuoteFinder {

    public static final int MIN_WORDS = 4;
    private static final Set<String> TITLE_SMALL_WORDS = Set.of("a", "an", "the", "and", "but", "or", "nor", "for", "of",
            "on", "at", "to", "in", "by", "from", "with", "into", "over", "upon", "as");
    /** "he also", "she" right before the verb: the clause's speaker is a pronoun. */
    private static final Pattern PRONOUN_SUBJECT = Pattern.compile("\\b(?:he|she)(?:\\s+\\w+){0,2}\\s*$", Pattern.CASE_INSENSITIVE);

    /** ", he said", " she told CNN": an attribution whose subject is a pronoun, before any name. */
    private static final Pattern PRONOUN_FIRST = Pattern.compile("[\\s,]*(?:he|she)\\s+(?:\\w+\\s+)?(?:"
            + Attribution.QUOTING.pattern() + ")", Pattern.CASE_INSENSITIVE);

    /** "and accused", ", but added", ", note": a verb joined to the one before it, with no subject of its own. */
    private static final Pattern JOINED_VERB = Pattern.compile("(?:\\b(?:and|but|or|then)|,[”\"’]?)\\s+(?:\\w+ly\\s+|also\\s+)?$");

    /** Saying words that are as often plural nouns: "emails relating to Libya", "the claims". */
    private static final Pattern NOUN_PLURAL = Pattern.compile("emails|posts|texts|tweets|claims|demands|protests|chants|comments");

    /** "quoted him as saying": the pronoun right after the verb is the one it quotes. */
    private static final Pattern QUOTED_PRONOUN = Pattern.compile("\\s+(?:him|her)\\b");

    /** A word that opens a clause of its own: "while", "and", "because" (not "as": "…," as Cruz said). */
    private static final Pattern NEW_CLAUSE = Pattern.compile(
            "\\b(?:and|but|while|whereas|when|although|though|because|since|if|after|before|until|so)\\b",
            Pattern.CASE_INSENSITIVE);

    /** A sentence that opens on "He" or "She": the pronoun is its subject. */
    private static final Pattern PRONOUN_BEFORE_VERB = Pattern.compile("^\\s*(?:He|She)\\b");

    /**
     * ", and" or "and then" right before a saying verb: the verb is coordinated with the sentence's
     * own ("…" as Mr. Obama has, and said; called it "…" and said), so its subject is not after the quote.
     */
    private static final Pattern COORDINATED = Pattern.compile("\\b(?:and|but|then)\\s+(?:\\w+ly\\s+)?$");

    private record Span(int start, int end) {
    }

    /** Who speaks a quote: a known actor, a name as written that the archive does not know, or no one. */
    private record Said(Optional<EntityId> actor, Optional<String> name) {

        static final Said NO_ONE = new Said(Optional.empty(), Optional.empty());

        static Said actor(Optional<EntityId> actor) {
            return new Said(actor, Optional.empty());
        }

        boolean isEmpty() {
            return actor.isEmpty() && name.isEmpty();
        }

        boolean isPresent() {
            return !isEmpty();
        }
    }

    public List<Quote> find(CleanArticle article, ArticleEntities entities, Map<EntityId, Entity> entityById) {
        Attribution attribution = new Attribution(article, entities.mentions(), entityById);
        List<Quote> quotes = new ArrayList<>();
        Said openQuoteSpeaker = Said.NO_ONE;
        Said closingSpeaker = Said.NO_ONE;
        for (int b = 0; b < article.body().size(); b++) {
            Block block = article.body().get(b);
            if (block.kind() != BlockKind.PARAGRAPH && block.kind() != BlockKind.QUOTE) {
                openQuoteSpeaker = Said.NO_ONE;
                closingSpeaker = Said.NO_ONE;
                continue;
            }
            String text = block.text();
            Said continued = openQuoteSpeaker.isPresent() ? openQuoteSpeaker
                    : isOnlyQuote(text) ? closingSpeaker : Said.NO_ONE;
            openQuoteSpeaker = Said.NO_ONE;
            closingSpeaker = Said.NO_ONE;
            Said lastSpeaker = Said.NO_ONE;
            int lastEnd = 0;
            for (Span span : quotedSpans(text)) {
                String words = text.substring(span.start(), span.end()).strip();
                if (isTitle(words)) {
                    continue;
                }
                Said speaker = speakerOf(article, text, span, b, attribution);
                if (TextShape.wordCount(words) < MIN_WORDS) {
                    // too short to show, but "The bullying," Fox's Chris Wallace said. "The greed…" names
                    // the speaker of the quotes after it
                    if (speaker.isPresent()) {
                        lastSpeaker = speaker;
                        lastEnd = span.end();
                    }
                    continue;
                }
                boolean ownAttribution = hasOwnAttribution(text, span);
                if (speaker.isEmpty() && ownAttribution) {
                    // "…," said a former official: the quote names its speaker, and not by name
                    lastSpeaker = Said.NO_ONE;
                    lastEnd = span.end();
                    quotes.add(new Quote(article.id(), words, Optional.empty(), Optional.empty(), b));
                    continue;
                }
                if (speaker.isEmpty() && span.start() == 1) {
                    // a paragraph that opens with a quote carries on the quote the last one left open
                    speaker = continued;
                }
                if (speaker.isEmpty() && lastSpeaker.isPresent()) {
                    // "…," Arpaio said. "…": a quote with no attribution of its own goes on the last speaker's
                    speaker = namesAnotherSpeaker(text, b, lastEnd, span.start(), lastSpeaker, attribution)
                            ? Said.NO_ONE : lastSpeaker;
                }
                if (speaker.isPresent()) {
                    lastSpeaker = speaker;
                }
                lastEnd = span.end();
                if (span.end() == text.length()) {
                    openQuoteSpeaker = speaker;
                }
                quotes.add(new Quote(article.id(), words, speaker.actor(), speaker.name(), b));
            }
            if (lastSpeaker.isPresent() && !namesAnotherSpeaker(text, b, lastEnd, text.length(), lastSpeaker, attribution)) {
                // "…," Trump said. / "…": a paragraph of quote alone goes on the speaker the last one closed on
                closingSpeaker = lastSpeaker;
            } else if (lastEnd == 0) {
                // "Carter said that … / "…"": a paragraph of quote alone after one that reports someone's words
                closingSpeaker = Said.actor(attribution.reportingSubject(b));
            }
        }
        return quotes;
    }

    /**
     * Whether the words between two quotes name a person other than the last speaker who could be
     * speaking. In the rest of the last quote's own sentence only the subject of a clause of its
     * own counts ("…," Landrieu said, while Jindal listened); names there in a role or an aside
     * describe the speaker ("…," said Bree Maxwell, a Sanders volunteer. "…" is still hers).
     */
    private static boolean namesAnotherSpeaker(String text, int block, int from, int to, Said last, Attribution attribution) {
        int attributionEnd = Math.min(to, sentenceEnd(text, from + 1));
        return attribution.namesAnotherSubject(block, from, attributionEnd, last.actor())
                || attribution.namesAnotherSpeaker(block, attributionEnd, to, last.actor());
    }

    /** Whether a paragraph is a quote and nothing else: it opens on a quotation mark and closes on one. */
    private static boolean isOnlyQuote(String text) {
        String stripped = text.strip();
        if (stripped.length() < 2 || (stripped.charAt(0) != '“' && stripped.charAt(0) != '"')) {
            return false;
        }
        List<Span> spans = quotedSpans(stripped);
        return spans.size() == 1 && spans.get(0).end() >= stripped.length() - 1;
    }

    private static List<Span> quotedSpans(String text) {
        List<Span> spans = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if ((c != '“' && c != '"') || (c == '"' && i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)))) {
                i++;
                continue;
            }
            int end = closingMark(text, i + 1);
            if (end < 0) {
                // a quote continued in the next paragraph
                spans.add(new Span(i + 1, text.length()));
                break;
            }
            spans.add(new Span(i + 1, end));
            i = end + 1;
        }
        return spans;
    }

    /**
     * Whether quoted words are a title rather than speech: two or more words, each capitalised
     * but for the small words titles keep in lower case ("Face the Nation", "On the Record with
     * Greta Van Susteren"); "Nice to see all of you" is speech.
     */
    static boolean isTitle(String words) {
        int capitalised = 0;
        for (String word : words.split("[\\s—–]+")) {
            String letters = word.replaceAll("[^\\p{L}]", "");
            if (letters.isEmpty() || TITLE_SMALL_WORDS.contains(letters)) {
                continue;
            }
            if (!Character.isUpperCase(letters.charAt(0))) {
                return false;
            }
            capitalised++;
        }
        return capitalised >= 2;
    }

    /**
     * Where a quote closes: at the next closing mark, straight or curly, as copy often mixes the
     * two ("…this action," Suthers said; "…legislation,’ ”).
     */
    private static int closingMark(String text, int from) {
        int curly = text.indexOf('”', from);
        int straight = text.indexOf('"', from);
        return straight < 0 ? curly : curly < 0 ? straight : Math.min(straight, curly);
    }

    /** Whether a quote's sentence attributes it itself: a saying verb after it, or one or a colon before it. */
    private static boolean hasOwnAttribution(String text, Span span) {
        int sentenceEnd = sentenceEnd(text, span.end() + 1);
        int sentenceStart = Attribution.sentenceStart(text, span.start() - 1);
        String after = text.substring(Math.min(text.length(), span.end() + 1), sentenceEnd);
        if (endsSentence(text, span) && startsCapitalised(after)) {
            after = "";
        }
        String before = text.substring(sentenceStart, Math.max(sentenceStart, span.start() - 1));
        return Attribution.QUOTING.matcher(after).find() || Attribution.QUOTING.matcher(before).find()
                || before.stripTrailing().endsWith(":");
    }

    /**
     * Whether the quote's sentence gives it second-hand, with two sources: "…," Welch said, according
     * to Vermont Edition; According to GMA News, Salceda said the "…"; "…," said Kristen Day, reports
     * USA Today; …, saying the Ohio Republican was "…", CNN reported. Readers give such a quote to the
     * one who spoke, the PolNeAR annotators to the outlet: which of the two the report means is not
     * certain, so the quote is shown with neither.
     */
    static boolean isSecondHand(String before, String after) {
        String sentence = before + " | " + after;
        boolean outletReports = OUTLET_REPORTS.matcher(after).find();
        if (!outletReports && !containsIgnoringCase(sentence, "according to")) {
            // no second source can be named, so the saying verbs need not be counted
            return false;
        }
        Matcher verbs = Attribution.QUOTING.matcher(sentence);
        int count = 0;
        boolean outletVerb = false;
        while (verbs.find()) {
            count++;
            outletVerb |= verbs.group().equalsIgnoreCase("according to") && !OWN_RECORD.matcher(sentence).region(verbs.end(),
                    sentence.length()).lookingAt();
        }
        outletVerb |= outletReports;
        return count >= 2 && outletVerb;
    }

    private static boolean containsIgnoringCase(String text, String words) {
        for (int at = 0; at + words.length() <= text.length(); at++) {
            if (text.regionMatches(true, at, words, 0, words.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "according to a statement from the Syrian presidency", "according to a transcript", "according
     * to a video of his remarks": the speaker's own words on record, not an outlet's account of them.
     */
    private static final Pattern OWN_RECORD = Pattern.compile("\\s+(?:(?:a|an|the|his|her|their|its)\\s+)?(?:[\\w-]+\\s+)?"
            + "(?:statements?|transcripts?|text|excerpts?|copy|video|audio|recording|release|readout|remarks|prepared|letter|"
            + "e-?mails?|posts?|tweets?|filing|testimony)\\b", Pattern.CASE_INSENSITIVE);

    /** ", CNN reported.", ", reports USA Today": an outlet that passes on what someone else said. */
    private static final Pattern OUTLET_REPORTS = Pattern.compile(
            ",\\s*(?:(?:the\\s+)?\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}\\s+report(?:s|ed)|report(?:s|ed)\\s+(?:the\\s+)?\\p{Lu})");

    /**
     * "Blumenthal was asked, "…?"", "Asked whether Clinton "…", 75 percent said": the quote is a
     * question put to the sentence's subject, not the subject's words.
     */
    private static final Pattern QUESTION_PUT = Pattern.compile(
            "(?:\\b(?:was|were|is|are|been|being|when|after|if)\\s+(?:\\w+ly\\s+)?asked|^\\s*Asked)\\b");

    /** Whether the quote is a question put ({@link #QUESTION_PUT}) with no saying verb between "asked" and it. */
    static boolean isQuestionPut(String before) {
        Matcher asked = QUESTION_PUT.matcher(before);
        // "Asked about the rally, when he told the crowd, "…"": the quote is what he told
        return asked.find() && !Attribution.QUOTING.matcher(before).region(asked.end(), before.length()).find();
    }

    /**
     * The speaker of a quote: the name written right at its attribution when there is one
     * ({@link SpeakerNames}), as the actor it is when the archive knows it; else the actor the
     * attribution's words give ({@link #actorOf}).
     */
    private static Said speakerOf(CleanArticle article, String text, Span span, int block, Attribution attribution) {
        int sentenceEnd = sentenceEnd(text, span.end() + 1);
        int sentenceStart = Attribution.sentenceStart(text, span.start() - 1);
        int afterStart = Math.min(text.length(), span.end() + 1);
        String after = text.substring(afterStart, sentenceEnd);
        if (endsSentence(text, span) && startsCapitalised(after)) {
            after = "";
        }
        String before = text.substring(sentenceStart, Math.max(sentenceStart, span.start() - 1));
        if (isSecondHand(before, after) || isQuestionPut(before)) {
            return Said.NO_ONE;
        }
        Matcher verb = Attribution.QUOTING.matcher(after);
        Optional<SpeakerNames.Written> written = verb.find() && saysTheQuote(after.substring(0, verb.start()))
                ? SpeakerNames.afterQuote(after, afterStart)
                : after.isBlank() ? SpeakerNames.beforeQuote(before, sentenceStart) : Optional.empty();
        if (written.isPresent()) {
            Optional<Entity> known = attribution.entityOverlapping(block, written.get().start(), written.get().end());
            if (known.isPresent() && known.get().type() == EntityType.ACTOR) {
                return Said.actor(Optional.of(known.get().id()));
            }
            Optional<String> name = SpeakerNames.fullest(article, written.get().name());
            if (known.isEmpty() && name.isPresent()) {
                Optional<EntityId> person = attribution.personNamed(name.get());
                return person.isPresent() ? Said.actor(person) : new Said(Optional.empty(), name);
            }
        }
        return Said.actor(actorOf(text, span, block, attribution));
    }

    private static Optional<EntityId> actorOf(String text, Span span, int block, Attribution attribution) {
        int sentenceEnd = sentenceEnd(text, span.end() + 1);
        int sentenceStart = Attribution.sentenceStart(text, span.start() - 1);
        String after = text.substring(Math.min(text.length(), span.end() + 1), sentenceEnd);
        if (endsSentence(text, span) && startsCapitalised(after)) {
            // "…creating jobs." Amplifying the campaign's message, he said…: the quote ended its sentence
            after = "";
        }
        String before = text.substring(sentenceStart, Math.max(sentenceStart, span.start() - 1));
        // asked of each side once: the saying-verb search is most of finding a speaker
        boolean verbBefore = Attribution.QUOTING.matcher(before).find();
        boolean attributedBefore = verbBefore || before.stripTrailing().endsWith(":");
        Optional<EntityId> speaker = Optional.empty();
        Matcher verb = Attribution.QUOTING.matcher(after);
        if (PRONOUN_FIRST.matcher(after).lookingAt()) {
            // "…," she said of Mr. Brat: the pronoun is the subject, the name what she spoke of
            speaker = attribution.lastPersonBefore(block, span.start(), Attribution.pronounIn(after));
        } else if (verb.find() && saysTheQuote(after.substring(0, verb.start()))) {
            // "…," said the Turkish foreign minister, blaming al-Assad's government: the attribution ends at the comma
            int comma = after.indexOf(',', verb.end());
            int attributionEnd = comma < 0 ? sentenceEnd : span.end() + 1 + comma;
            String beforeVerb = after.substring(0, verb.start()).strip();
            int afterStart = span.end() + 1;
            // the speaker is the subject right before the verb ("…," Trump told reporters) or, when the verb
            // comes first, the words after it ("…," said Kerpen; "…" that Sanders can win, said Elmendorf):
            // never a name elsewhere in the attribution ("…" to Sen. Bernie Sanders after leaked emails)
            if (beforeVerb.endsWith(",")) {
                // "…," the lawyer, Mark D. Sheridan, said; "…," the chairman, Representative Trey Gowdy,
                // Republican of South Carolina, wrote: a name set between two commas, the first such
                int open = after.indexOf(',');
                for (int close = after.indexOf(',', open + 1); close >= 0 && close < verb.start() && speaker.isEmpty();
                        open = close, close = after.indexOf(',', open + 1)) {
                    speaker = attribution.actorFilling(block, afterStart + open + 1, afterStart + close);
                }
            }
            boolean verbFirst = beforeVerb.isEmpty() || beforeVerb.endsWith(",") || beforeVerb.matches("[—–-]+");
            if (speaker.isEmpty() && verbFirst && !verb.group().toLowerCase(java.util.Locale.ROOT).endsWith("ing")) {
                speaker = attribution.actorIn(block, afterStart + verb.end(), attributionEnd);
            } else if (speaker.isEmpty() && !verbFirst) {
                // the subject stands after the last comma ("…" and against the Brady law, Clinton said); "…," while
                // Maine Sen. Susan Collins suggested and "…," for instance, and Trump vowed open a clause of their
                // own, not the quote's attribution
                int subjectFrom = after.lastIndexOf(',', verb.start()) + 1;
                if (!NEW_CLAUSE.matcher(after.substring(subjectFrom, verb.start())).find()) {
                    speaker = attribution.subjectOf(block, afterStart + subjectFrom, afterStart + verb.start());
                }
            }
            if (speaker.isEmpty() && comma >= 0) {
                // "…," said the spokesman, Nick Merrill: the name in apposition
                speaker = attribution.actorAt(block, attributionEnd + 1);
            }
            // "…," a statement from his office quoted him as saying: a pronoun before the verb or the one it quotes,
            // not one in a clause after it ("…," while Collins suggested she would…)
            boolean quotedPronoun = verb.group().equalsIgnoreCase("quoted")
                    && QUOTED_PRONOUN.matcher(after).region(verb.end(), after.length()).lookingAt();
            if (speaker.isEmpty() && (quotedPronoun || Attribution.PRONOUN.matcher(beforeVerb).find())
                    && !NEW_CLAUSE.matcher(beforeVerb).find()) {
                speaker = attribution.lastPersonBefore(block, span.start(), Attribution.pronounIn(after));
            }
        }
        if (speaker.isEmpty() && attributedBefore) {
            speaker = speakerBefore(before, sentenceStart, block, attribution);
        }
        if (speaker.isEmpty() && attributedBefore) {
            // the subject stands before the sentence's first saying verb ("Trump told a rally, saying Clinton would
            // “…”" is Trump's); a name after it is what was said of, unless the verb is "according to"
            Matcher first = Attribution.QUOTING.matcher(before);
            int to = span.start();
            if (first.find()) {
                to = first.group().toLowerCase(java.util.Locale.ROOT).equals("according to")
                        ? sentenceStart + Math.min(before.length(), first.end() + 60) : sentenceStart + first.start();
            }
            speaker = first.find(0) && !first.group().equalsIgnoreCase("according to")
                    ? (laterFiniteVerb(before, first.end()) ? Optional.<EntityId>empty()
                            : attribution.subjectOf(block, sentenceStart, sentenceStart + first.start()))
                    : attribution.actorIn(block, sentenceStart, Math.min(to, span.start()));
            if (speaker.isEmpty() && PRONOUN_BEFORE_VERB.matcher(before).find()) {
                // "He paused, then added: “…”": the pronoun opens the sentence, so it is its subject
                speaker = attribution.lastPersonBefore(block, sentenceStart, Attribution.pronounIn(before));
            }
        }
        if (speaker.isEmpty() && (verb.find(0) && Attribution.SPOKESMAN.matcher(after).find()
                || verbBefore && Attribution.SPOKESMAN.matcher(before).find())) {
            // "…," the spokesperson said: no name, so the quote is of whom the spokesman speaks for
            speaker = attribution.principalOfSpokesman(block, sentenceEnd);
        }
        return speaker;
    }

    /**
     * Whether a saying verb after {@code from} has a subject of its own: a finite verb ("While Clinton
     * condemned it, the groups say they are "…""; "Axelrod tweeted after Clinton argued that "…""),
     * not a participle that goes on with the first verb's subject ("Trump told a rally, saying "…"").
     */
    private static boolean laterFiniteVerb(String before, int from) {
        Matcher later = Attribution.QUOTING.matcher(before).region(from, before.length());
        while (later.find()) {
            String verb = later.group().toLowerCase(java.util.Locale.ROOT);
            // "Clinton said Trump is responsible and accused him of "…"": a verb joined to the first has its subject
            boolean joined = JOINED_VERB.matcher(before.substring(Math.max(from, later.start() - 30), later.start())).find();
            // "Ankara continues to support": a verb before an infinitive says nothing itself
            boolean beforeInfinitive = before.startsWith(" to ", later.end());
            if (!verb.endsWith("ing") && !verb.equals("according to") && !joined && !beforeInfinitive
                    && !NOUN_PLURAL.matcher(verb).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The subject of the last quoting verb before a quote, read in its clause: "In an interview,
     * Ryan hammered Obama for what he called his "…"" is Ryan's; "…economic growth – he also
     * claimed the "…"" is the subject of the sentences before. Empty when the clause names no one.
     */
    private static Optional<EntityId> speakerBefore(String before, int sentenceStart, int block, Attribution attribution) {
        Matcher verb = Attribution.QUOTING.matcher(before);
        int verbStart = -1;
        while (verb.find()) {
            verbStart = verb.start();
        }
        if (verbStart < 0) {
            return Optional.empty();
        }
        int clauseStart = verbStart;
        while (clauseStart > 0 && ",;–—(".indexOf(before.charAt(clauseStart - 1)) < 0) {
            clauseStart--;
        }
        int from = sentenceStart + clauseStart;
        int to = sentenceStart + verbStart;
        Matcher pronoun = PRONOUN_SUBJECT.matcher(before.substring(clauseStart, verbStart));
        if (pronoun.find()) {
            Optional<Gender> gender = Attribution.pronounIn(pronoun.group());
            return attribution.firstPersonIn(block, from, to, gender).or(() -> attribution.lastPersonBefore(block, sentenceStart, gender));
        }
        return attribution.subjectOf(block, from, to);
    }

    /**
     * Whether the words between a quote and the saying verb after it leave the verb about the
     * quote: a name or a few words ("…," Mr. Obama said), not another clause ("…" as Mr. Obama
     * has, and said she hoped: the verb is of the sentence's subject, not of Mr. Obama).
     */
    private static boolean saysTheQuote(String beforeVerb) {
        return !COORDINATED.matcher(beforeVerb).find();
    }

    /** Whether a quote's own words end its sentence: a full stop just inside the closing mark. */
    private static boolean endsSentence(String text, Span span) {
        int last = span.end() - 1;
        while (last > span.start() && Character.isWhitespace(text.charAt(last))) {
            last--;
        }
        return last > span.start() && text.charAt(last) == '.';
    }

    private static boolean startsCapitalised(String text) {
        String stripped = text.stripLeading();
        return !stripped.isEmpty() && Character.isUpperCase(stripped.charAt(0));
    }

    private static int sentenceEnd(String text, int from) {
        for (int i = Math.min(from, text.length()); i < text.length(); i++) {
            char c = text.charAt(i);
            if (Sentences.endsSentence(text, i)) {
                return i;
            }
            if (c == '“' || c == '"') {
                return i;
            }
        }
        return text.length();
    }
}
