package org.briefing.analysis.comparison;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefing.analysis.entities.Entity;
import org.briefing.analysis.entities.EntityId;
import org.briefing.analysis.entities.EntityKind;
import org.briefing.analysis.entities.EntityType;
import org.briefing.analysis.entities.Mention;
import org.briefing.analysis.text.Sentences;
import org.briefing.cleaning.CleanArticle;

/**
 * Who a report says something comes from: the actor named in an attribution ("Assad said",
 * "according to the Observatory"), read from where the report's recognised names stand in its
 * text. A person is preferred to an organisation; someone spoken to ("told Reuters") is never the
 * source; a name behind an unnamed speaker ("Kataib Hezbollah…, another military official told")
 * is not either; and a possessive is the source only as "X's office".
 */
final class Attribution {

    /** Verbs that give a source for what follows or goes before: "the Observatory said", "according to". */
    static final Pattern SPEECH = Pattern.compile(
            "\\b(?:said|says|say|told|tells|added|adds|stated|states|according to|quoted|asked|wrote|writes|"
                    + "declared|insisted|warned|announced|pledged|explained|noted|argued|reported|reports|estimated|estimates|"
                    + "saying|acknowledged|admitted|conceded|tweeted|testified|predicted)\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * Verbs that introduce a quote as well as a source, though they give no source for a figure:
     * "called it", "vowed", "urged" ("charged $300", "claimed 20 lives" are no attributions).
     */
    static final Pattern QUOTING = Pattern.compile(
            SPEECH.pattern() + "|\\b(?:called|calling|vowed|promised|urged|claimed|charged|accused|responded|replied|"
                    + "recalled|suggested|contended|complained|cautioned|stressed|asserted|agreed|continued|reiterated|repeated|"
                    + "remarked|observed|answered|joked|quipped|countered|emailed|posted)\\b",
            Pattern.CASE_INSENSITIVE);
    static final Pattern PRONOUN = Pattern.compile("\\b(?:he|she|him|her)\\b", Pattern.CASE_INSENSITIVE);
    /** Words before a name that make it the one spoken to: "told Reuters", "said to Fox News' Bill Hemmer". */
    private static final Pattern AUDIENCE = Pattern.compile(
            "\\b(?:told|tells|telling|said to|says to|spoke to|speaking to|interview with|asked by|interviewed by)"
                    + "\\s+[^,.;:\"“”]{0,30}$", Pattern.CASE_INSENSITIVE);
    private static final Pattern UNNAMED = Pattern.compile(
            "\\b(?:a|an|another|one|two|three|several)\\s+(?:[\\w-]+\\s+){0,3}"
                    + "(?:officials?|sources?|commanders?|spokes(?:man|woman|person)|diplomats?|witness(?:es)?|residents?|analysts?)\\b");
    /** A sentence that opens on "He" or "She" goes on about the subject before it: its names are not the subject. */
    private static final Pattern PRONOUN_SUBJECT = Pattern.compile("\\s*[\"“]?(?:He|She)\\b");
    private static final Pattern OWN_OFFICE = Pattern.compile("^['’]s\\s+(?:office|presidency)\\b");

    private record Placed(Mention mention, int block, int at) {
    }

    private final CleanArticle article;
    private final Map<EntityId, Entity> entityById;
    private final List<Placed> placed = new ArrayList<>();

    Attribution(CleanArticle article, List<Mention> mentions, Map<EntityId, Entity> entityById) {
        this.article = article;
        this.entityById = entityById;
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
    }

    /** The actor named in {@code [from, to)} of a block's text that can be its speaker, nearest the edges first. */
    Optional<EntityId> actorIn(int block, int from, int to) {
        String text = article.body().get(block).text();
        return placed.stream()
                .filter(p -> p.block() == block && p.at() >= from && p.at() + p.mention().surface().length() <= to)
                .filter(p -> !AUDIENCE.matcher(text.substring(Math.max(from, p.at() - 50), p.at())).find())
                .filter(p -> speaksFor(text, p, to))
                .filter(p -> isActor(p.mention().entity()))
                .min(Comparator.comparingInt((Placed p) -> entityById.get(p.mention().entity()).kind() == EntityKind.PERSON ? 0 : 1)
                        .thenComparingInt(p -> Math.min(Math.abs(p.at() - from), Math.abs(to - p.at()))))
                .map(p -> p.mention().entity());
    }

    /**
     * Whether {@code [from, to)} of a block's text names a person other than {@code who} who
     * could be speaking: not one spoken to ("Perry told Fox News' Bret Baier").
     */
    boolean namesAnotherSpeaker(int block, int from, int to, EntityId who) {
        String text = article.body().get(block).text();
        return placed.stream().anyMatch(p -> p.block() == block && p.at() >= from && p.at() < to
                && !p.mention().entity().equals(who)
                && entityById.get(p.mention().entity()) != null
                && entityById.get(p.mention().entity()).kind() == EntityKind.PERSON
                && !AUDIENCE.matcher(text.substring(Math.max(from, p.at() - 50), p.at())).find());
    }

    /** The actor whose name starts at {@code at} of a block's text, spaces skipped: "said the spokesman, Nick Merrill". */
    Optional<EntityId> actorAt(int block, int at) {
        String text = article.body().get(block).text();
        int start = at;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int from = start;
        return placed.stream().filter(p -> p.block() == block && p.at() == from && isActor(p.mention().entity()))
                .findFirst().map(p -> p.mention().entity());
    }

    /**
     * Whom "he said" stands for: the first person named in the last sentence before {@code at}
     * that names one, that sentence's subject as a rule ("Mark Sheridan, the attorney representing
     * Christie's campaign, confirmed…" … "he said"). A possessive ("Christie's") is never the one,
     * and a sentence that opens on "He" or "She" keeps the subject before it ("He recalled
     * campaigning with Romney" … "he said" is still Ryan).
     */
    Optional<EntityId> lastPersonBefore(int block, int at) {
        EntityId subject = null;
        long subjectSentence = -1;
        for (Placed p : placed) {
            if (p.block() > block || (p.block() == block && p.at() >= at)) {
                break;
            }
            Entity entity = entityById.get(p.mention().entity());
            String text = article.body().get(p.block()).text();
            int end = p.at() + p.mention().surface().length();
            boolean possessive = text.startsWith("'s", end) || text.startsWith("’s", end);
            if (entity == null || entity.kind() != EntityKind.PERSON || possessive) {
                continue;
            }
            int start = sentenceStart(text, p.at());
            long sentence = ((long) p.block() << 32) | start;
            if (sentence != subjectSentence && !PRONOUN_SUBJECT.matcher(text).region(start, text.length()).lookingAt()) {
                subject = entity.id();
                subjectSentence = sentence;
            }
        }
        return Optional.ofNullable(subject);
    }

    /** Where the sentence holding {@code before} starts: after the last mark that ends a sentence. */
    static int sentenceStart(String text, int before) {
        for (int i = Math.min(before, text.length()) - 1; i > 0; i--) {
            if (Sentences.endsSentence(text, i)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static boolean speaksFor(String text, Placed p, int to) {
        int end = p.at() + p.mention().surface().length();
        String rest = text.substring(end, Math.max(end, to));
        if ((rest.startsWith("'s") || rest.startsWith("’s")) && !OWN_OFFICE.matcher(rest).find()) {
            return false;
        }
        Matcher verb = SPEECH.matcher(rest);
        return !verb.find() || !UNNAMED.matcher(rest.substring(0, verb.start())).find();
    }

    private boolean isActor(EntityId id) {
        Entity entity = entityById.get(id);
        return entity != null && entity.kind().type() == EntityType.ACTOR;
    }
}
