package org.briefing.sitemodel;

import java.util.List;

/**
 * An actor's or place's page.
 *
 * @param typeLabel      "Actor" or "Place"
 * @param kindLabel      "person", "country"…
 * @param descriptionHtml an editor's description from the registry, or empty
 * @param stories        the stories that name it on this page, newest first, each with the
 *                       reports that name it
 * @param relatedActors  actors named most often in the same reports; detail is the count
 * @param relatedPlaces  places, likewise
 * @param outlets        the outlets that name it most; detail is the count of reports
 * @param latitude       for places with known coordinates; empty otherwise
 * @param map            a small map for places with known coordinates; null otherwise
 * @param links          addresses about it from the registry
 */
public record EntityView(String name, String typeLabel, String type, String kindLabel, List<String> aliases,
                         String descriptionHtml, int reportCount, int storyCount, List<StoryMentions> stories,
                         List<LinkView> storyLines,
                         List<LinkView> relatedActors, List<LinkView> relatedPlaces, List<LinkView> outlets,
                         String latitude, String longitude, MapView map, List<String> links, String feedUrl,
                         Pagination pagination, List<SpokenQuote> quotes) implements PageView {

    /** A quote the actor is the speaker of, with the story whose reports carry it. */
    public record SpokenQuote(LinkView story, ComparisonView.QuoteRow quote) {
    }

    public EntityView {
        storyLines = List.copyOf(storyLines);
        quotes = List.copyOf(quotes);
        aliases = List.copyOf(aliases);
        stories = List.copyOf(stories);
        relatedActors = List.copyOf(relatedActors);
        relatedPlaces = List.copyOf(relatedPlaces);
        outlets = List.copyOf(outlets);
        links = List.copyOf(links);
    }

    /** A story and those of its reports that name the entity. */
    public record StoryMentions(StoryCard story, List<ReportRow> reports) {

        public StoryMentions {
            reports = List.copyOf(reports);
        }
    }

    @Override
    public String template() {
        return "entity.ftlh";
    }

    @Override
    public String modelName() {
        return "entity";
    }
}
