package org.briefing.sitemodel;

import java.util.List;
import java.util.Objects;

/**
 * A page of the index of actors or of places: all of them, or those of one kind or one initial.
 * The names two or more reports give are listed by how many stories name them; the names of a
 * single report are folded below, alphabetically, as most of them are passing mentions.
 *
 * @param type        {@code actor} or {@code place}
 * @param selection   what the page narrows to ("People", "Initial B"); empty for all
 * @param kinds       links to the same index narrowed to each kind, "All" first; the current
 *                    one has key {@code current}; detail is the number of names
 * @param initials    links to the index narrowed to each initial that names begin with, likewise
 * @param entities    on this page, most stories first; detail is the number of stories
 * @param oneReport   names one report gives, alphabetically (first page only), at most
 *                    {@link EntityIndexPages#ONE_REPORT_SHOWN} unless the page is of one initial
 * @param oneReportCount all of them, shown or not
 * @param entityCount the names this selection holds, in both lists
 */
public record EntityIndexView(String title, String type, String intro, String selection, List<LinkView> kinds,
                              List<LinkView> initials, List<LinkView> entities, List<LinkView> oneReport,
                              int oneReportCount, int entityCount, Pagination pagination) implements PageView {

    public EntityIndexView {
        Objects.requireNonNull(selection, "selection");
        kinds = List.copyOf(kinds);
        initials = List.copyOf(initials);
        entities = List.copyOf(entities);
        oneReport = List.copyOf(oneReport);
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
