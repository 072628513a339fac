package org.briefing.sitemodel;

import java.util.List;

/** A page of the home page: stories, newest first. */
public record HomeView(String title, String description, List<StoryCard> stories, int storyCount,
                       int articleCount, Pagination pagination) implements PageView {

    public HomeView {
        stories = List.copyOf(stories);
    }

    @Override
    public String template() {
        return "home.ftlh";
    }

    @Override
    public String modelName() {
        return "home";
    }
}
