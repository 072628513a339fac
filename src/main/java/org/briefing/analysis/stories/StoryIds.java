package org.briefing.analysis.stories;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.briefing.analysis.text.Slugs;
import org.briefing.cleaning.CleanArticle;

/**
 * Gives stories ids that readers can cite: they stay the same across rebuilds, when unrelated
 * articles come or go, and when a later report joins the story. An id depends on the story's
 * founding report (its earliest report with a headline, ties by article id; the earliest report
 * when none has one): the first words of its headline after the story's first date, as in
 * {@code 2024-12-02-syria-russia-step-up-strikes-amid-anti-regime}. A story with an explicit
 * {@code story:} key takes the key's slug.
 *
 * <p>When two stories would get the same id, the one whose founding report is earliest keeps it
 * (an explicit key before all) and the others add a short hash of their founding report's id, so
 * no story's id depends on how many others collide with it.
 */
final class StoryIds {

    private static final int SLUG_WORDS = 8;
    private static final int HASH_CHARACTERS = 6;

    private StoryIds() {
    }

    /**
     * @param groups each group sorted oldest first
     * @return one id per group, in the same order
     */
    static List<StoryId> assign(List<List<CleanArticle>> groups) {
        Map<String, List<Integer>> byBase = new LinkedHashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            byBase.computeIfAbsent(base(groups.get(i)), b -> new ArrayList<>()).add(i);
        }
        StoryId[] ids = new StoryId[groups.size()];
        byBase.forEach((base, members) -> {
            List<Integer> order = members.stream()
                    .sorted(Comparator.comparing((Integer i) -> groups.get(i).get(0).story().isEmpty())
                            .thenComparing(i -> founder(groups.get(i)), StoryGrouper.CHRONOLOGICAL))
                    .toList();
            ids[order.get(0)] = new StoryId(base);
            for (int i : order.subList(1, order.size())) {
                ids[i] = new StoryId(base + "-" + hashOf(founder(groups.get(i)).id().value()));
            }
        });
        return Arrays.asList(ids);
    }

    /** The earliest report with a headline, else the earliest report (groups are sorted oldest first). */
    static CleanArticle founder(List<CleanArticle> group) {
        return group.stream().filter(article -> article.title().isPresent()).findFirst().orElse(group.get(0));
    }

    private static String base(List<CleanArticle> group) {
        CleanArticle founder = founder(group);
        if (founder.story().isPresent()) {
            return Slugs.slugify(founder.story().get(), "story");
        }
        String[] words = Slugs.slugify(founder.headline(), "story").split("-");
        String headline = String.join("-", Arrays.copyOf(words, Math.min(words.length, SLUG_WORDS)));
        return group.get(0).date().map(date -> date.date() + "-" + headline).orElse(headline);
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
