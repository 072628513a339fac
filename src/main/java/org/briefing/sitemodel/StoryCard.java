package org.briefing.sitemodel;

import java.util.List;

/**
 * A story in a list (home page, tag pages): enough to choose whether to open it.
 *
 * @param summary     one or two sentences most reports carry
 * @param outletCount how many different outlets reported it
 * @param outlets     their names, sorted
 * @param actors      the main actors, most named first
 * @param places      the main places, most named first
 */
public record StoryCard(String title, String url, String dateSpan, String isoStart, String summary,
                        int outletCount, int reportCount, List<String> outlets, List<LinkView> actors,
                        List<LinkView> places) {

    public StoryCard {
        outlets = List.copyOf(outlets);
        actors = List.copyOf(actors);
        places = List.copyOf(places);
    }
}
