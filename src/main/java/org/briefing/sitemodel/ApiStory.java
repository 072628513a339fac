package org.briefing.sitemodel;

import java.util.List;

/**
 * A story in {@code api/stories.json}.
 *
 * @param start    ISO date of the first report, or {@code null} when none is dated
 * @param articles article ids, oldest first
 * @param actors   entity ids, most reports first
 * @param summary  sentences most reports carry
 * @param related  ids of stories that share this one's main actors and places, newest first
 * @param compare  the story's comparison data ({@code api/compare/ID.json}: every passage and who
 *                 carries it), or {@code null} for a story of one report
 * @param updated  its feed entry's {@code updated} time (RFC 3339), or {@code null} when no report
 *                 is dated; the next build reads it back to keep it while the entry is unchanged
 */
public record ApiStory(String id, String title, String path, String start, String end, List<String> articles,
                       List<String> actors, List<String> places, List<String> summary, List<String> related,
                       String compare, String updated) {

    public ApiStory {
        related = List.copyOf(related);
        articles = List.copyOf(articles);
        actors = List.copyOf(actors);
        places = List.copyOf(places);
        summary = List.copyOf(summary);
    }
}
