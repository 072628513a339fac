package org.briefing.sitemodel;

import java.util.List;

/**
 * {@code stories/}: every story as one line, by month of its latest report, newest first. The home
 * page shows stories as cards; this is the compact list for finding one.
 */
public record StoryIndexView(List<Month> months, int storyCount, Pagination pagination) implements PageView {

    public StoryIndexView {
        months = List.copyOf(months);
    }

    /** @param stories each story's headline, link, and its dates and number of reports as detail */
    public record Month(String label, List<LinkView> stories) {

        public Month {
            stories = List.copyOf(stories);
        }
    }

    @Override
    public String template() {
        return "stories.ftlh";
    }

    @Override
    public String modelName() {
        return "index";
    }
}
