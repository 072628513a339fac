package org.briefing.analysis.comparison;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefing.analysis.entities.Entity;
import org.briefing.analysis.entities.EntityId;
import org.briefing.analysis.entities.EntityKind;
import org.briefing.analysis.entities.EntityType;
import org.briefing.analysis.entities.GivenNames;
import org.briefing.analysis.entities.GivenNames.Gender;
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
            "\\b(?:said|says|say|told|tells|added|adds|stated|according to|quoted|asked|wrote|writes|"
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
    /** ", a spokeswoman for…", ", the group's leader": a role set beside a name describes it. */
    private static final Pattern APPOSITION = Pattern.compile(",\\s+(?:a|an|the)\\s+");
    static final Pattern SPOKESMAN = Pattern.compile("\\bspokes(?:man|woman|person)\\b", Pattern.CASE_INSENSITIVE);
    /** "spokesman for Mr. Reid", "spokeswoman for the State Department": where the principal's name starts. */
    private static final Pattern FOR_WHOM = Pattern.compile("\\s+for\\s+(?:the\\s+)?(?:(?:Mr|Mrs|Ms|Dr)\\.?\\s+)?");
    /** "Google spokesman", "Weiner's spokesman", "White House deputy spokesperson": the principal right before. */
    private static final Pattern BEFORE_ROLE = Pattern.compile("(?:['’]s)?\\s+(?:(?:deputy|chief|press|campaign)\\s+)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern OWN_OFFICE = Pattern.compile("^['’]s\\s+(?:office|presidency)\\b");

    private record Placed(Mention mention, int block, int at) {
    }

    private final CleanArticle article;
    private final Map<EntityId, Entity> entityById;
    /** Every place a mentioned name stands, by block and then offset; each once, however often it was mentioned. */
    private final List<Placed> placed = new ArrayList<>();
    /** Where each block's sentences start, made when first needed. */
    private final Map<Integer, int[]> sentenceStarts = new HashMap<>();

    Attribution(CleanArticle article, List<Mention> mentions, Map<EntityId, Entity> entityById) {
        this.article = article;
        this.entityById = entityById;
        // A name mentioned n times in a paragraph is one mention per occurrence: placing each
        // mention at every occurrence made n * n places (issue 10: a 400 KB line of "Damascus said
        // the rebels" ran out of memory). Each name is placed once per block.
        Set<Mention> seen = new HashSet<>();
        for (Mention mention : mentions) {
            if (mention.block() < 0 || mention.block() >= article.body().size() || mention.surface().isEmpty()
                    || !seen.add(mention)) {
                continue;
            }
            String text = article.body().get(mention.block()).text();
            for (int at = text.indexOf(mention.surface()); at >= 0; at = text.indexOf(mention.surface(), at + 1)) {
                placed.add(new Placed(mention, mention.block(), at));
            }
        }
        placed.sort(Comparator.comparingInt(Placed::block).thenComparingInt(Placed::at));
    }

    /** How many places names stand in, for the test that they grow linearly with the text. */
    int places() {
        return placed.size();
    }

    /** The places in {@code [from, to)} of a block, in order; found by binary search, so a query costs what it returns. */
    private List<Placed> within(int block, int from, int to) {
        int first = firstAtOrAfter(block, from);
        int last = first;
        while (last < placed.size() && placed.get(last).block() == block && placed.get(last).at() < to) {
            last++;
        }
        return placed.subList(first, last);
    }

    /** The index of the first place at or after offset {@code at} of {@code block}. */
    private int firstAtOrAfter(int block, int at) {
        int low = 0;
        int high = placed.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            Placed p = placed.get(middle);
            if (p.block() < block || (p.block() == block && p.at() < at)) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** The actor named in {@code [from, to)} of a block's text that can be its speaker, nearest the edges first. */
    Optional<EntityId> actorIn(int block, int from, int to) {
        String text = article.body().get(block).text();
        return within(block, from, to).stream()
                .filter(p -> p.at() + p.mention().surface().length() <= to)
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
        return within(block, from, to).stream().anyMatch(p -> !p.mention().entity().equals(who)
                && entityById.get(p.mention().entity()) != null
                && entityById.get(p.mention().entity()).kind() == EntityKind.PERSON
                && !AUDIENCE.matcher(text.substring(Math.max(from, p.at() - 50), p.at())).find());
    }

    /**
     * The first person named in {@code [from, to)} of a block's text, not in a possessive, whom
     * the pronoun can stand for: a clause's subject.
     */
    Optional<EntityId> firstPersonIn(int block, int from, int to, Optional<Gender> pronoun) {
        String text = article.body().get(block).text();
        return within(block, from, to).stream()
                .filter(p -> p.at() + p.mention().surface().length() <= to)
                .filter(p -> canBe(entityById.get(p.mention().entity()), pronoun))
                .filter(p -> !text.startsWith("'s", p.at() + p.mention().surface().length())
                        && !text.startsWith("’s", p.at() + p.mention().surface().length()))
                .findFirst().map(p -> p.mention().entity());
    }

    /**
     * Whom the spokesman named last before {@code at} speaks for: "a spokesperson for Google" or
     * "Google spokesman" … "the spokesperson said" is Google's. Looked for in the block, then in
     * the blocks before it; empty when no spokesman there is tied to an actor.
     */
    Optional<EntityId> principalOfSpokesman(int block, int at) {
        for (int b = block; b >= 0; b--) {
            String text = article.body().get(b).text();
            int end = b == block ? Math.min(at, text.length()) : text.length();
            Matcher role = SPOKESMAN.matcher(text).region(0, end);
            List<int[]> roles = new ArrayList<>();
            while (role.find()) {
                roles.add(new int[] {role.start(), role.end()});
            }
            for (int r = roles.size() - 1; r >= 0; r--) {
                Optional<EntityId> principal = principalOf(b, text, roles.get(r)[0], roles.get(r)[1]);
                if (principal.isPresent()) {
                    return principal;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<EntityId> principalOf(int block, String text, int roleStart, int roleEnd) {
        Matcher forWhom = FOR_WHOM.matcher(text).region(roleEnd, text.length());
        int whomAt = forWhom.lookingAt() ? forWhom.end() : -1;
        return within(block, 0, Integer.MAX_VALUE).stream()
                .filter(p -> isActor(p.mention().entity()))
                .filter(p -> p.at() == whomAt || BEFORE_ROLE.matcher(
                        text.substring(Math.min(roleStart, p.at() + p.mention().surface().length()), roleStart)).matches()
                        && p.at() + p.mention().surface().length() <= roleStart)
                .findFirst().map(p -> p.mention().entity());
    }

    /** The actor whose name starts at {@code at} of a block's text, spaces skipped: "said the spokesman, Nick Merrill". */
    Optional<EntityId> actorAt(int block, int at) {
        String text = article.body().get(block).text();
        int start = at;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int from = start;
        return within(block, from, from + 1).stream().filter(p -> isActor(p.mention().entity()))
                .findFirst().map(p -> p.mention().entity());
    }

    /**
     * Whom "he said" stands for: the first person named in the last sentence before {@code at}
     * that names one, that sentence's subject as a rule ("Mark Sheridan, the attorney representing
     * Christie's campaign, confirmed…" … "he said"). A possessive ("Christie's") is never the one,
     * a sentence that opens on "He" or "She" keeps the subject before it ("He recalled
     * campaigning with Romney" … "he said" is still Ryan), and "he" passes over a woman's name
     * ("Weiner … his wife, Huma Abedin" … "he said" is still Weiner).
     */
    Optional<EntityId> lastPersonBefore(int block, int at, Optional<Gender> pronoun) {
        // read backwards from {@code at}: the first sentence met that names such a person and does
        // not open on "He" or "She" gives its first such person, and nothing before it matters
        EntityId subject = null;
        long subjectSentence = -1;
        for (int i = firstAtOrAfter(block, at) - 1; i >= 0; i--) {
            Placed p = placed.get(i);
            Entity entity = entityById.get(p.mention().entity());
            String text = article.body().get(p.block()).text();
            int end = p.at() + p.mention().surface().length();
            boolean possessive = text.startsWith("'s", end) || text.startsWith("’s", end);
            if (!canBe(entity, pronoun) || possessive) {
                continue;
            }
            int start = sentenceStartIn(p.block(), p.at());
            long sentence = ((long) p.block() << 32) | start;
            if (subject != null && sentence != subjectSentence) {
                break;
            }
            if (!PRONOUN_SUBJECT.matcher(text).region(start, text.length()).lookingAt()) {
                subject = entity.id();
                subjectSentence = sentence;
            }
        }
        return Optional.ofNullable(subject);
    }

    /** {@link #sentenceStart} of a block's text, from the block's sentence starts found once. */
    private int sentenceStartIn(int block, int before) {
        int[] starts = sentenceStarts.computeIfAbsent(block, b -> {
            String text = article.body().get(b).text();
            List<Integer> found = new ArrayList<>();
            found.add(0);
            for (int i = 1; i < text.length(); i++) {
                if (Sentences.endsSentence(text, i)) {
                    found.add(i + 1);
                }
            }
            return found.stream().mapToInt(Integer::intValue).toArray();
        });
        int limit = Math.min(before, article.body().get(block).text().length());
        // the last start s with s - 1 < limit, i.e. s <= limit (a start of 0 always qualifies)
        int low = 0;
        int high = starts.length - 1;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (starts[middle] <= limit) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return starts[low];
    }

    /** The gender of the first "he", "him", "she" or "her" in a text; empty when it has none. */
    static Optional<Gender> pronounIn(String text) {
        Matcher pronoun = PRONOUN.matcher(text);
        if (!pronoun.find()) {
            return Optional.empty();
        }
        String word = pronoun.group().toLowerCase(Locale.ROOT);
        return Optional.of(word.equals("he") || word.equals("him") ? Gender.MALE : Gender.FEMALE);
    }

    /** Whether an entity is a person the pronoun can stand for: not a woman's name for "he". */
    private static boolean canBe(Entity entity, Optional<Gender> pronoun) {
        if (entity == null || entity.kind() != EntityKind.PERSON) {
            return false;
        }
        Optional<Gender> named = GivenNames.genderOf(entity.name());
        return pronoun.isEmpty() || named.isEmpty() || named.equals(pronoun);
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
        // "Lis Smith, a spokeswoman for the campaign, said": the role describes the name before it
        return !verb.find() || APPOSITION.matcher(rest).lookingAt() || !UNNAMED.matcher(rest.substring(0, verb.start())).find();
    }

    private boolean isActor(EntityId id) {
        Entity entity = entityById.get(id);
        return entity != null && entity.kind().type() == EntityType.ACTOR;
    }
}
