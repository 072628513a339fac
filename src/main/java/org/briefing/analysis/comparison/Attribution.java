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
import org.briefing.cleaning.CleanArticle;

/**
 * Who a report says something comes from: the actor named in an attribution ("Assad said",
 * "according to the Observatory"), read from where the report's recognised names stand in its
 * text. A person is preferred to an organisation; someone spoken to ("told Reuters") is never the
 * source; a name behind an unnamed speaker ("Kataib Hezbollah…, another military official told")
 * is not either; and a possessive is the source only as "X's office".
 */
final class Attribution {

    static final Pattern SPEECH = Pattern.compile(
            "\\b(?:said|says|say|told|tells|added|adds|stated|states|according to|quoted|asked|wrote|writes|"
                    + "declared|insisted|warned|announced|pledged|explained|noted|argued|reported|reports|estimated|estimates)\\b",
            Pattern.CASE_INSENSITIVE);
    static final Pattern PRONOUN = Pattern.compile("\\b(?:he|she|him|her)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern AUDIENCE = Pattern.compile("\\b(?:told|tells|telling)\\s+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern UNNAMED = Pattern.compile(
            "\\b(?:a|an|another|one|two|three|several)\\s+(?:[\\w-]+\\s+){0,3}"
                    + "(?:officials?|sources?|commanders?|spokes(?:man|woman|person)|diplomats?|witness(?:es)?|residents?|analysts?)\\b");
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
                .filter(p -> !AUDIENCE.matcher(text.substring(Math.max(from, p.at() - 12), p.at())).find())
                .filter(p -> speaksFor(text, p, to))
                .filter(p -> isActor(p.mention().entity()))
                .min(Comparator.comparingInt((Placed p) -> entityById.get(p.mention().entity()).kind() == EntityKind.PERSON ? 0 : 1)
                        .thenComparingInt(p -> Math.min(Math.abs(p.at() - from), Math.abs(to - p.at()))))
                .map(p -> p.mention().entity());
    }

    /** The last person the report named before {@code at} in {@code block}: whom "he said" stands for. */
    Optional<EntityId> lastPersonBefore(int block, int at) {
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
