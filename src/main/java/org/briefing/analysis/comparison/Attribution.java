package org.briefing.analysis.comparison;

import java.util.ArrayList;
import java.util.Comparator;
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
import org.briefing.analysis.text.Quotation;
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
            // "to blame", "the emails", "Clinton's claims": a saying word after "to", a determiner or a
            // possessive is no finite verb. Every saying word starts a word with an ASCII letter, and the
            // matcher tries the pattern at every character: checking that first, before the look-behinds and
            // the long alternation, makes the search over a sentence about three times faster.
            "\\b(?=[a-zA-Z])(?<!\\b(?:to|the|a|an|his|her|their|its|our|my|your|this|these|those)\\s)(?<!['’]s\\s)(?:"
            + SPEECH.pattern() + "|\\b(?:called|calling|vowed|promised|urged|claimed|charged|accused|responded|replied|"
                    + "recalled|suggested|contended|complained|cautioned|stressed|asserted|agreed|continued|reiterated|repeated|"
                    + "remarked|observed|answered|joked|quipped|countered|emailed|posted|"
                    + "(?:emphasi[sz]|explain|insist|argu|warn|not|add|stress|recall|continu|complain|suggest|assert|"
                    + "acknowledg|admit|predict|declar|announc|respond|repli|tweet|claim|urg|vow|promis|conclud|"
                    + "demand|deni|describ|confirm|counter|bark|demurr?|blam|condemn|shout|chant|yell|mus|boast|"
                    + "brag|lament|protest|recount|conced|concur|mock|taunt|prais|criticiz|thunder|whisper|"
                    + "concede|caution|tell|writ|post|email|text|"
                    // verbs that introduce a quote as often as "said" does in political news: "Bozell answers",
                    // "Huckabee is labeling Obama's actions", "Clinton emphatically proclaimed"
                    + "answer|opin|proclaim|ponder|assur|label|elaborat|retort|scoff|grous|gush|marvel|wonder|alleg|"
                    + "decri|denounc|dismiss|brand|interrupt|ask|lash|hail|pronounc|decree|insinuat|chid|scold|"
                    + "reassur|implor|plead|beg|sigh|grumbl|hint|rebut|rebuk|slam|blast|ridicul|dubb?)(?:e[sd]?|ed|es|s|ing)|"
                    + "snapped|dubbed|weighed in|spoke of|hit back|lashed out|"
                    + "pointed out|points out|shot back|shoots back|fired back|fires back|interjected|chimed in|put it|puts it|"
                    // "went on to call it", "he went on:"; "the Senate goes on recess" says nothing
                    + "(?:went|goes) on(?=\\s+to\\s+\\p{L}|\\s*[,:]))\\b)",
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

    /**
     * Words before a name that make it no clause's subject: a preposition's object ("a longtime aide
     * to Hillary Clinton", "said of Mr. Brat") or a relation set beside someone ("his wife, Huma
     * Abedin"). A pronoun does not stand for such a name.
     */
    private static final Pattern NOT_SUBJECT = Pattern.compile(
            "(?:\\b(?i:of|to|with|against|for|by|about|from|at|on|than|toward|towards|like|including|between|behind|"
                    + "under|over|after|before|into|via|unlike)\\s+(?:(?:the|Mr|Mrs|Ms|Dr|Sen|Senator|Rep|Representative|Gov|Governor|President|Secretary)\\.?\\s+)*"
                    + "|\\b(?:his|her|their)\\s+(?:[\\w-]+\\s+){0,2}[\\w-]+,\\s*)$");

    /** "the governor said", "The former senator told": someone described, not named, who speaks. */
    private static final Pattern DESCRIBED_SPEAKER = Pattern.compile("\\b[Tt]he\\s+(?:[\\p{Ll}-]+\\s+){0,2}"
            + "(?:governor|senator|congressman|congresswoman|president|mayor|candidate|secretary|speaker|lawmaker|official|"
            + "spokes(?:man|woman|person)|minister|leader|judge|chairman|chairwoman|businessman|billionaire|nominee|"
            + "front-runner|frontrunner|host|lawyer|attorney|director|adviser|advisor|aide|strategist|actor|actress)"
            + "\\s+(?:\\w+\\s+)?(?:said|says|told|tells|added|wrote|argued|insisted|explained|noted|replied|responded)\\b");

    /** A name where it stands; {@code quoted} when it stands inside quotation marks, in someone's words. */
    private record Placed(Mention mention, int block, int at, boolean quoted) {
    }

    private final CleanArticle article;
    private final Map<EntityId, Entity> entityById;
    private final List<Placed> placed = new ArrayList<>();
    private final Map<Integer, boolean[]> quotedChars = new java.util.HashMap<>();

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
            boolean[] quoted = quotedChars.computeIfAbsent(mention.block(), b -> Quotation.insideMarks(text));
            for (int at = text.indexOf(mention.surface()); at >= 0; at = text.indexOf(mention.surface(), at + 1)) {
                placed.add(new Placed(mention, mention.block(), at, quoted[at]));
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

    /** "Trump and", "Mr. Wyden and Mr.": a name joined to the one after it. */
    private static final Pattern JOINT = Pattern.compile(
            "\\p{Lu}[\\p{L}'’.-]*,?\\s+(?:and|&)\\s+(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\\.?\\s+)?$");

    /** A title before a name: "Representative Trey Gowdy", "Sen. Cruz". */
    private static final Pattern TITLE_ONLY = Pattern.compile(
            "\\s*(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Representative|Senator|Governor|President|Secretary)\\.?\\s+)*");

    /** The actor whose name, a title aside, and nothing else stands in {@code [from, to)} of a block's text. */
    Optional<EntityId> actorFilling(int block, int from, int to) {
        String text = article.body().get(block).text();
        return within(block, from, to).stream()
                .filter(p -> isActor(p.mention().entity()) && !p.quoted())
                .filter(p -> TITLE_ONLY.matcher(text.substring(from, p.at())).matches()
                        && p.at() + p.mention().surface().length() <= to
                        && text.substring(p.at() + p.mention().surface().length(), to).isBlank())
                .findFirst().map(p -> p.mention().entity());
    }

    /** An apposition or an aside at the end of the words before a verb: ", the Democratic front-runner," "(R-S.C.)". */
    private static final Pattern TRAILING_ASIDE = Pattern.compile(
            "(?:,[^,;:“”\"]{1,150},|\\([^)]{0,40}\\)|\\s[—–][^—–]{1,90}[—–])\\s*(?:\\w+ly\\s+|also\\s+|then\\s+)*$");

    /**
     * The subject of a saying verb that starts at {@code verbAt}: the last actor named in {@code
     * [from, verbAt)} who stands right before the verb, with at most a few words between ("Trump
     * on Monday told", "Clinton, the Democratic front-runner, said"), not after a preposition and
     * not in a possessive. Empty when the words before the verb are someone the archive does not
     * know ("Levine, who has given money to Marco Rubio, said"), so that no other name stands in.
     */
    Optional<EntityId> subjectOf(int block, int from, int verbAt) {
        String text = article.body().get(block).text();
        // peel the asides off the end, right to left: "In Iowa, Joni Ernst, a candidate in the primary, announced"
        int cut = verbAt;
        for (int peeled = 0; peeled < 3; peeled++) {
            Matcher aside = TRAILING_ASIDE.matcher(text).region(from, cut);
            if (!aside.find()) {
                break;
            }
            cut = aside.start();
        }
        Placed subject = null;
        for (Placed p : placed) {
            if (p.block() != block || p.at() < from || p.at() + p.mention().surface().length() > cut
                    || !isActor(p.mention().entity())) {
                continue;
            }
            subject = p;
        }
        if (subject == null || subject.quoted()) {
            return Optional.empty();
        }
        int end = subject.at() + subject.mention().surface().length();
        String between = text.substring(end, cut).strip();
        boolean close = between.isEmpty() || (between.split("\\s+").length <= 4 && !between.matches(".*[,;:'’].*"));
        boolean possessive = text.startsWith("'s", end) || text.startsWith("’s", end);
        String lead = text.substring(Math.max(0, subject.at() - 40), subject.at());
        // "…by Bill Bratton and said": the name ends another phrase, the verb is the subject's before it;
        // "Trump and Ryan issued": the two speak together, neither alone
        // ("Pezeshkian pledged support and said" is still Pezeshkian's)
        boolean coordinated = between.matches("(?:and|but|or)(?:\\s+\\w+ly)?") || JOINT.matcher(lead).find();
        if (!close || possessive || coordinated || NOT_SUBJECT.matcher(lead).find()) {
            return Optional.empty();
        }
        return Optional.of(subject.mention().entity());
    }

    /**
     * The recognised entity whose name overlaps {@code [start, end)} of a block's text, an actor
     * before a place: what a name written at an attribution ({@link SpeakerNames}) is, if the
     * archive knows it.
     */
    Optional<Entity> entityOverlapping(int block, int start, int end) {
        return within(block, Math.max(0, start - 80), end).stream()
                .filter(p -> p.at() + p.mention().surface().length() > start)
                .map(p -> entityById.get(p.mention().entity()))
                .filter(java.util.Objects::nonNull)
                .min(Comparator.comparingInt((Entity e) -> e.type() == EntityType.ACTOR ? 0 : 1));
    }

    /**
     * Whether {@code [from, to)} of a block's text names a person other than {@code who} (any
     * person, when the speaker is no known actor) who could be speaking: not one spoken to
     * ("Perry told Fox News' Bret Baier").
     */
    boolean namesAnotherSpeaker(int block, int from, int to, Optional<EntityId> who) {
        String text = article.body().get(block).text();
        return within(block, from, to).stream().anyMatch(p -> !who.equals(Optional.of(p.mention().entity()))
                && entityById.get(p.mention().entity()) != null
                && entityById.get(p.mention().entity()).kind() == EntityKind.PERSON
                && !AUDIENCE.matcher(text.substring(Math.max(from, p.at() - 50), p.at())).find());
    }

    /** "while Jindal listened", "as Cruz looked on": a word that opens a clause whose subject follows. */
    private static final Pattern CLAUSE_OPENER = Pattern.compile("\\b(?:while|as|and|but|when|after|before|because|"
            + "whereas|although|though|until|since|then)\\s+(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\\.?\\s+)?$", Pattern.CASE_INSENSITIVE);

    /**
     * Whether {@code [from, to)} of a block's text names a person other than {@code who} as the
     * subject of a clause of its own ("…," Landrieu said, while Jindal listened); a name in a
     * role or an aside ("…," said Bree Maxwell, a Sanders volunteer) is not one.
     */
    boolean namesAnotherSubject(int block, int from, int to, Optional<EntityId> who) {
        String text = article.body().get(block).text();
        return within(block, from, to).stream().anyMatch(p -> !who.equals(Optional.of(p.mention().entity()))
                && entityById.get(p.mention().entity()) != null
                && entityById.get(p.mention().entity()).kind() == EntityKind.PERSON
                && CLAUSE_OPENER.matcher(text.substring(Math.max(from, p.at() - 30), p.at())).find());
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

    /**
     * The one person the report names elsewhere whom a name written at an attribution stands
     * for: "Romney" is Mitt Romney when no other person of the report has that surname. Empty
     * when none does, or two do ("Bill Clinton", "Hillary Clinton").
     */
    Optional<EntityId> personNamed(String written) {
        String[] words = written.toLowerCase(Locale.ROOT).split("\\s+");
        String surname = words[words.length - 1];
        Set<EntityId> candidates = new java.util.TreeSet<>();
        for (Placed p : placed) {
            Entity entity = entityById.get(p.mention().entity());
            if (entity == null || entity.kind() != EntityKind.PERSON) {
                continue;
            }
            String[] name = entity.name().toLowerCase(Locale.ROOT).split("\\s+");
            boolean sameSurname = name[name.length - 1].equals(surname);
            boolean sameGiven = words.length == 1 || name[0].equals(words[0]);
            if (sameSurname && sameGiven) {
                candidates.add(entity.id());
            }
        }
        return candidates.size() == 1 ? Optional.of(candidates.iterator().next()) : Optional.empty();
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
        EntityId subject = null;
        long subjectSentence = -1;
        int subjectBlock = -1;
        int subjectEnd = 0;
        for (Placed p : placed) {
            if (p.block() > block || (p.block() == block && p.at() >= at)) {
                break;
            }
            Entity entity = entityById.get(p.mention().entity());
            String text = article.body().get(p.block()).text();
            int end = p.at() + p.mention().surface().length();
            boolean possessive = text.startsWith("'s", end) || text.startsWith("’s", end);
            if (!canBe(entity, pronoun) || possessive || notAnAntecedent(p)) {
                continue;
            }
            int start = sentenceStart(text, p.at());
            long sentence = ((long) p.block() << 32) | start;
            if (sentence != subjectSentence && !PRONOUN_SUBJECT.matcher(text).region(start, text.length()).lookingAt()) {
                subject = entity.id();
                subjectSentence = sentence;
                subjectBlock = p.block();
                subjectEnd = end;
            }
        }
        if (subject != null && block < article.body().size()) {
            // "…, the governor said that he would not. “…,” he said": the pronoun stands for the one
            // described since the name, whom the report may not have named at all
            String text = article.body().get(block).text();
            int from = subjectBlock == block ? Math.min(subjectEnd, at) : 0;
            if (DESCRIBED_SPEAKER.matcher(text.substring(from, Math.min(at, text.length()))).find()) {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(subject);
    }

    /**
     * The person whose words the last sentence of a block reports, when it reports any: its
     * subject, the first person it names, followed closely by a saying verb ("Carter said
     * that…", "Trump shot back in a statement") or ending the sentence with one word ("…, Cuban
     * demurred."). Empty when the sentence says nothing of anyone's words.
     */
    Optional<EntityId> reportingSubject(int block) {
        String text = article.body().get(block).text().strip();
        int start = sentenceStart(text, Math.max(0, text.length() - 1));
        for (Placed p : placed) {
            if (p.block() != block || p.at() < start) {
                continue;
            }
            Entity entity = entityById.get(p.mention().entity());
            int end = p.at() + p.mention().surface().length();
            if (entity == null || entity.kind() != EntityKind.PERSON || text.startsWith("'s", end) || text.startsWith("’s", end)
                    || notAnAntecedent(p)) {
                continue;
            }
            String rest = text.substring(Math.min(end, text.length()));
            Matcher verb = QUOTING.matcher(rest);
            boolean saying = verb.find() && verb.start() <= 20;
            boolean lastWord = rest.matches("\\s+\\p{Ll}+[.:]?\\s*");
            return saying || lastWord ? Optional.of(entity.id()) : Optional.empty();
        }
        return Optional.empty();
    }

    /** Whether a name stands where no pronoun can stand for it: in a quote, after a preposition, beside a relation. */
    private boolean notAnAntecedent(Placed p) {
        if (p.quoted()) {
            return true;
        }
        String text = article.body().get(p.block()).text();
        return NOT_SUBJECT.matcher(text.substring(Math.max(0, p.at() - 40), p.at())).find();
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
