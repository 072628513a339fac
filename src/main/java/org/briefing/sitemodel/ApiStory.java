package org.briefing.sitemodel;

import java.util.List;

/**
 * A story in {@code api/stories.json}.
 *
 * @param start    ISO date of the first report, or {@code null} when none is dated
 * @param articles article ids, oldest first
 * @param actors   entity ids, most reports first
 * @param summary  sentences most reports carry
 */
public record ApiStory(String id, String title, String path, String start, String end, List<String> articles,
                       List<String> actors, List<String> places, List<String> summary) {

    public ApiStory {
        articles = List.copyOf(articles);
        actors = List.copyOf(actors);
        places = List.copyOf(places);
        summary = List.copyOf(summary);
    }
}
