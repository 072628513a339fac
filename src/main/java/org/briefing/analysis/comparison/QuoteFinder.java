package org.briefing.analysis.comparison;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import org.briefing.analysis.entities.ArticleEntities;
import org.briefing.analysis.entities.Entity;
import org.briefing.analysis.entities.EntityId;
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
 * "…"; a statement from Assad's office quoted him as saying "…"), as {@link Attribution} reads
 * it; "he said" stands for the last person the report named before the quote.
 */
final class QuoteFinder {

    static final int MIN_WORDS = 4;

    private record Span(int start, int end) {
    }

    List<Quote> find(CleanArticle article, ArticleEntities entities, Map<EntityId, Entity> entityById) {
        Attribution attribution = new Attribution(article, entities.mentions(), entityById);
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
                Optional<EntityId> speaker = speakerOf(text, span, b, attribution);
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

    private static Optional<EntityId> speakerOf(String text, Span span, int block, Attribution attribution) {
        int sentenceEnd = sentenceEnd(text, span.end() + 1);
        int sentenceStart = sentenceStart(text, span.start() - 1);
        String after = text.substring(Math.min(text.length(), span.end() + 1), sentenceEnd);
        String before = text.substring(sentenceStart, Math.max(sentenceStart, span.start() - 1));
        Optional<EntityId> speaker = Optional.empty();
        Matcher verb = Attribution.SPEECH.matcher(after);
        if (verb.find()) {
            // "…," said the Turkish foreign minister, blaming al-Assad's government: the attribution ends at the comma
            int comma = after.indexOf(',', verb.end());
            int attributionEnd = comma < 0 ? sentenceEnd : span.end() + 1 + comma;
            speaker = attribution.actorIn(block, span.end() + 1, attributionEnd);
            if (speaker.isEmpty() && Attribution.PRONOUN.matcher(after).find()) {
                speaker = attribution.lastPersonBefore(block, span.start());
            }
        }
        if (speaker.isEmpty() && (Attribution.SPEECH.matcher(before).find() || before.stripTrailing().endsWith(":"))) {
            speaker = attribution.actorIn(block, sentenceStart, span.start());
            if (speaker.isEmpty() && Attribution.PRONOUN.matcher(before).find()) {
                speaker = attribution.lastPersonBefore(block, sentenceStart);
            }
        }
        return speaker;
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
