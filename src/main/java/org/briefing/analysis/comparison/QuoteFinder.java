package org.briefing.analysis.comparison;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefing.analysis.entities.ArticleEntities;
import org.briefing.analysis.entities.Entity;
import org.briefing.analysis.entities.EntityId;
import org.briefing.analysis.entities.EntityKind;
import org.briefing.analysis.entities.EntityType;
import org.briefing.analysis.entities.Mention;
import org.briefing.cleaning.CleanArticle;
import org.briefing.content.Block;
import org.briefing.content.BlockKind;
import org.briefing.content.TextShape;

/**
 * Finds the direct quotes of a report and their speakers. A quote is a run of words between
 * quotation marks, curly or straight, of at least {@link #MIN_WORDS} words: shorter ones are
 * mostly words held at arm's length ("redraw", "foreign interference"). A quote left open at the
 * end of a paragraph runs to its end, as reporters continue a quote in the next paragraph.
 *
 * <p>The speaker is read from the attribution, in the rest of the sentence after the quote
 * ("…," Assad said, according to a statement) or, failing that, before it (Hadi al-Bahri said:
 * "…"; a statement from Assad's office quoted him as saying "…"). A person named there is
 * preferred to an organisation; someone the speaker talks to ("told Reuters") is never the
 * speaker; and "he said" stands for the last person the report named before the quote.
 */
final class QuoteFinder {

    static final int MIN_WORDS = 4;
    private static final Pattern SPEECH = Pattern.compile(
            "\\b(?:said|says|say|told|tells|added|adds|stated|states|according to|quoted|asked|wrote|writes|"
                    + "declared|insisted|warned|announced|pledged|explained|noted|argued)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PRONOUN = Pattern.compile("\\b(?:he|she|him|her)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern AUDIENCE = Pattern.compile("\\b(?:told|tells|telling)\\s+$", Pattern.CASE_INSENSITIVE);
    /** An unnamed speaker ("another military official told Reuters") standing between a name and the verb. */
    private static final Pattern UNNAMED = Pattern.compile(
            "\\b(?:a|an|another|one|two|three|several)\\s+(?:[\\w-]+\\s+){0,3}"
                    + "(?:officials?|sources?|commanders?|spokes(?:man|woman|person)|diplomats?|witness(?:es)?|residents?|analysts?)\\b");
    /** "Assad's office" speaks for Assad; "al-Assad's government" in the attribution does not. */
    private static final Pattern OWN_OFFICE = Pattern.compile("^['’]s\\s+(?:office|presidency)\\b");

    private record Span(int start, int end) {
    }

    private record Placed(Mention mention, int block, int at) {
    }

    List<Quote> find(CleanArticle article, ArticleEntities entities, Map<EntityId, Entity> entityById) {
        List<Placed> placed = place(article, entities.mentions());
        List<Quote> quotes = new ArrayList<>();
        Optional<EntityId> openQuoteSpeaker = Optional.empty();
        for (int b = 0; b < article.body().size(); b++) {
            Block block = article.body().get(b);
            if (block.kind() != BlockKind.PARAGRAPH && block.kind() != BlockKind.QUOTE) {
                continue;
            }
            String text = block.text();
            Optional<EntityId> continued = openQuoteSpeaker;
            openQuoteSpeaker = Optional.empty();
            for (Span span : quotedSpans(text)) {
                String words = text.substring(span.start(), span.end()).strip();
                if (TextShape.wordCount(words) < MIN_WORDS) {
                    continue;
                }
                Optional<EntityId> speaker = speakerOf(text, span, b, placed, entityById);
                if (speaker.isEmpty() && span.start() == 1) {
                    // a paragraph that opens with a quote carries on the quote the last one left open
                    speaker = continued;
                }
                if (span.end() == text.length()) {
                    openQuoteSpeaker = speaker;
                }
                quotes.add(new Quote(article.id(), words, speaker, b));
            }
        }
        return quotes;
    }

    /** Each mention with where it first stands in its block's text; mentions not found are dropped. */
    private static List<Placed> place(CleanArticle article, List<Mention> mentions) {
        List<Placed> placed = new ArrayList<>();
        for (Mention mention : mentions) {
            if (mention.block() < 0 || mention.block() >= article.body().size()) {
                continue;
            }
            String text = article.body().get(mention.block()).text();
            for (int at = text.indexOf(mention.surface()); at >= 0; at = text.indexOf(mention.surface(), at + 1)) {
                placed.add(new Placed(mention, mention.block(), at));
            }
        }
        placed.sort(Comparator.comparingInt(Placed::block).thenComparingInt(Placed::at));
        return placed;
    }

    private static List<Span> quotedSpans(String text) {
        List<Span> spans = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            char close = c == '“' ? '”' : c == '"' ? '"' : 0;
            if (close == 0 || (c == '"' && i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)))) {
                i++;
                continue;
            }
            int end = text.indexOf(close, i + 1);
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

    private static Optional<EntityId> speakerOf(String text, Span span, int block, List<Placed> placed,
                                                Map<EntityId, Entity> entityById) {
        int sentenceEnd = sentenceEnd(text, span.end() + 1);
        int sentenceStart = sentenceStart(text, span.start() - 1);
        String after = text.substring(Math.min(text.length(), span.end() + 1), sentenceEnd);
        String before = text.substring(sentenceStart, Math.max(sentenceStart, span.start() - 1));
        Optional<EntityId> speaker = Optional.empty();
        Matcher verb = SPEECH.matcher(after);
        if (verb.find()) {
            // "…," said the Turkish foreign minister, blaming al-Assad's government: the attribution ends at the comma
            int comma = after.indexOf(',', verb.end());
            int attributionEnd = comma < 0 ? sentenceEnd : span.end() + 1 + comma;
            speaker = named(text, block, span.end() + 1, attributionEnd, placed, entityById);
            if (speaker.isEmpty() && PRONOUN.matcher(after).find()) {
                speaker = lastPersonBefore(block, span.start(), placed, entityById);
            }
        }
        if (speaker.isEmpty() && (SPEECH.matcher(before).find() || before.stripTrailing().endsWith(":"))) {
            speaker = named(text, block, sentenceStart, span.start(), placed, entityById);
            if (speaker.isEmpty() && PRONOUN.matcher(before).find()) {
                speaker = lastPersonBefore(block, sentenceStart, placed, entityById);
            }
        }
        return speaker;
    }

    /** The actor named in {@code [from, to)}: a person before an organisation, the nearest to the quote first. */
    private static Optional<EntityId> named(String text, int block, int from, int to, List<Placed> placed,
                                            Map<EntityId, Entity> entityById) {
        return placed.stream()
                .filter(p -> p.block() == block && p.at() >= from && p.at() + p.mention().surface().length() <= to)
                .filter(p -> !AUDIENCE.matcher(text.substring(Math.max(from, p.at() - 12), p.at())).find())
                .filter(p -> speaksFor(text, p, to))
                .filter(p -> isActor(p.mention().entity(), entityById))
                .min(Comparator.comparingInt((Placed p) -> kindRank(p.mention().entity(), entityById))
                        .thenComparingInt(p -> Math.min(Math.abs(p.at() - from), Math.abs(to - p.at()))))
                .map(p -> p.mention().entity());
    }

    /** Whether the name at {@code p} can be the subject of the attribution that runs to {@code to}. */
    private static boolean speaksFor(String text, Placed p, int to) {
        int end = p.at() + p.mention().surface().length();
        String rest = text.substring(end, Math.max(end, to));
        if ((rest.startsWith("'s") || rest.startsWith("’s")) && !OWN_OFFICE.matcher(rest).find()) {
            return false;
        }
        Matcher verb = SPEECH.matcher(rest);
        return !verb.find() || !UNNAMED.matcher(rest.substring(0, verb.start())).find();
    }

    private static Optional<EntityId> lastPersonBefore(int block, int at, List<Placed> placed,
                                                       Map<EntityId, Entity> entityById) {
        EntityId last = null;
        for (Placed p : placed) {
            if (p.block() > block || (p.block() == block && p.at() >= at)) {
                break;
            }
            Entity entity = entityById.get(p.mention().entity());
            if (entity != null && entity.kind() == EntityKind.PERSON) {
                last = entity.id();
            }
        }
        return Optional.ofNullable(last);
    }

    private static boolean isActor(EntityId id, Map<EntityId, Entity> entityById) {
        Entity entity = entityById.get(id);
        return entity != null && entity.kind().type() == EntityType.ACTOR;
    }

    private static int kindRank(EntityId id, Map<EntityId, Entity> entityById) {
        return entityById.get(id).kind() == EntityKind.PERSON ? 0 : 1;
    }

    private static int sentenceEnd(String text, int from) {
        for (int i = Math.min(from, text.length()); i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))
                    && !endsAbbreviation(text, i)) {
                return i;
            }
            if (c == '“' || c == '"') {
                return i;
            }
        }
        return text.length();
    }

    private static int sentenceStart(String text, int before) {
        for (int i = Math.min(before, text.length()) - 1; i > 0; i--) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?' || c == '”') && Character.isWhitespace(text.charAt(i + 1))
                    && !endsAbbreviation(text, i)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** "Mr." and "U.S." do not end a sentence: a dot after one to three letters that follow a space or dot. */
    private static boolean endsAbbreviation(String text, int dot) {
        int start = dot;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        int letters = dot - start;
        boolean capital = letters > 0 && Character.isUpperCase(text.charAt(start));
        return capital && letters <= 3 && (letters <= 2 || text.startsWith("Mrs", start));
    }
}
