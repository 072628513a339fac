package org.briefing.analysis.stories;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.briefing.analysis.text.Slugs;
import org.briefing.cleaning.CleanArticle;
import org.briefing.published.PublishedSite;

/**
 * Gives stories ids that readers can cite. A story first published takes its headline: the day of
 * its first report and the headline's first words, as in
 * {@code 2024-12-02-syria-russia-step-up-strikes-amid-anti-regime}; a story with an explicit
 * {@code story:} key takes the key's slug. After that the id stays, whatever happens to the
 * headline, as long as the previous site is known ({@code build --previous}):
 *
 * <ul>
 *   <li>a story keeps the id of the published story most of its reports came from, so a report
 *       that joins (even one earlier than all the others) changes nothing;</li>
 *   <li>when two published stories merge, the one that gives the most reports keeps its id (ties:
 *       the older story), and the other's address becomes a redirect (decided in the site model);</li>
 *   <li>when a published story splits, the part holding most of its reports keeps the id and the
 *       others are new stories with ids of their own.</li>
 * </ul>
 *
 * <p>A new id never takes an address the previous site published, for a story or a redirect, so an
 * old link never lands on a different story. When two new stories would get the same id, the one
 * whose first report is earliest (an explicit key before all) keeps it and the others add a short
 * hash of their first report's id, so no story's id depends on how many others collide with it.
 * All of it is linear in the number of reports.
 */
final class StoryIds {

    private static final int SLUG_WORDS = 8;
    private static final int HASH_CHARACTERS = 6;
    /** Letters each followed by a dot: U.S., N.A.A.C.P. */
    private static final Pattern ACRONYM = Pattern.compile("\\b(?:\\p{L}\\.){2,}");

    private StoryIds() {
    }

    /**
     * @param groups    each group sorted oldest first, the groups in order of their first report
     * @param headlines each group's headline, in the same order
     * @return one id per group, in the same order
     */
    static List<StoryId> assign(List<List<CleanArticle>> groups, List<String> headlines, PublishedSite published) {
        StoryId[] ids = new StoryId[groups.size()];
        Set<String> taken = new HashSet<>();
        List<Integer> keyed = new ArrayList<>();
        List<Integer> free = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            (groups.get(i).get(0).story().isPresent() ? keyed : free).add(i);
        }
        // An editor's key names the story whatever it was called before.
        fresh(keyed, groups, i -> Slugs.slugify(groups.get(i).get(0).story().get(), "story"), ids, taken);
        inherit(free, groups, published, ids, taken);
        taken.addAll(publishedAddresses(published));
        fresh(free.stream().filter(i -> ids[i] == null).toList(), groups, i -> headlineBase(groups.get(i), headlines.get(i)), ids, taken);
        return Arrays.asList(ids);
    }

    /** A published story's id goes to the group holding most of its reports; each group takes one id at most. */
    private static void inherit(List<Integer> free, List<List<CleanArticle>> groups, PublishedSite published, StoryId[] ids,
                                Set<String> taken) {
        if (published.stories().isEmpty()) {
            return;
        }
        Map<String, String> publishedStoryOf = new HashMap<>();
        published.stories().forEach(story -> story.articles().forEach(article -> publishedStoryOf.putIfAbsent(article, story.id())));
        record Claim(int group, String id, int reports) {
        }
        List<Claim> claims = new ArrayList<>();
        for (int group : free) {
            Map<String, Integer> votes = new HashMap<>();
            for (CleanArticle article : groups.get(group)) {
                String id = publishedStoryOf.get(article.id().value());
                if (id != null) {
                    votes.merge(id, 1, Integer::sum);
                }
            }
            votes.forEach((id, reports) -> claims.add(new Claim(group, id, reports)));
        }
        claims.sort(Comparator.comparingInt(Claim::reports).reversed().thenComparingInt(Claim::group).thenComparing(Claim::id));
        for (Claim claim : claims) {
            if (ids[claim.group()] == null && !taken.contains(claim.id()) && isSlug(claim.id())) {
                ids[claim.group()] = new StoryId(claim.id());
                taken.add(claim.id());
            }
        }
    }

    /** Every story address the previous site published, as a page or as a redirect. */
    private static Set<String> publishedAddresses(PublishedSite published) {
        Set<String> addresses = new HashSet<>();
        published.stories().forEach(story -> addresses.add(story.id()));
        published.redirects().forEach(redirect -> {
            String[] segments = redirect.from().split("/");
            if (segments.length >= 2 && segments[0].equals("stories")) {
                addresses.add(segments[1]);
            }
        });
        return addresses;
    }

    /** In the groups' order (oldest first), each takes its base if free, else the base and a hash of its first report. */
    private static void fresh(List<Integer> members, List<List<CleanArticle>> groups, java.util.function.IntFunction<String> base,
                              StoryId[] ids, Set<String> taken) {
        for (int i : members) {
            String candidate = base.apply(i);
            if (taken.contains(candidate)) {
                candidate = candidate + "-" + hashOf(groups.get(i).get(0).id().value());
            }
            String hashed = candidate;
            for (int n = 2; taken.contains(candidate); n++) {
                candidate = hashed + "-" + n;
            }
            taken.add(candidate);
            ids[i] = new StoryId(candidate);
        }
    }

    private static String headlineBase(List<CleanArticle> group, String headline) {
        // "N.A.A.C.P. Challenges Tea Party" is naacp-challenges-…, not n-a-a-c-p-challenges-…
        String acronymsJoined = ACRONYM.matcher(headline).replaceAll(match -> match.group().replace(".", ""));
        String[] words = Slugs.slugify(acronymsJoined, "story").split("-");
        String start = String.join("-", Arrays.copyOf(words, Math.min(words.length, SLUG_WORDS)));
        return group.get(0).date().map(date -> date.date() + "-" + start).orElse(start);
    }

    /** A published id is kept only if it is one Briefing could have made (it becomes a path). */
    private static boolean isSlug(String id) {
        return id.matches("[a-z0-9]+(?:-[a-z0-9]+)*");
    }

    private static String hashOf(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HASH_CHARACTERS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
