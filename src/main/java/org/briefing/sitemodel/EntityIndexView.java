package org.briefing.sitemodel;

import java.util.List;

/**
 * The index of actors or of places, grouped by kind; each entry's detail is its number of reports.
 *
 * @param type {@code actor} or {@code place}
 */
public record EntityIndexView(String title, String type, String intro, List<KindGroup> groups, int entityCount,
                              Pagination pagination) implements PageView {

    public EntityIndexView {
        groups = List.copyOf(groups);
    }

    /** The entities of one kind ("People", "Cities and towns"), most reported first. */
    public record KindGroup(String label, String key, List<LinkView> entities) {

        public KindGroup {
            entities = List.copyOf(entities);
        }
    }

    @Override
    public String template() {
        return "entities.ftlh";
    }

    @Override
    public String modelName() {
        return "index";
    }
}
