package org.briefing.sitemodel;

import java.util.List;
import java.util.Objects;

/**
 * An outlet's page: what the registry says about it, how it covers the stories it shares with
 * other outlets, its reports, newest first, and the actors and places it names most.
 *
 * @param homePage      its own site; empty when not known
 * @param country       empty when not known, as are {@code owner} and {@code notes}
 * @param sharedStories stories other outlets report too; the profile below is built from them
 * @param corePassages  passages most outlets of a story carry (stories of three or more outlets)
 * @param corePercent   the share of them it carries, rounded; meaningful only when
 *                      {@code corePassages > 0}
 * @param coveredFirst  stories it reported before every other outlet, latest first
 * @param leftOutNames  actors and places most other outlets name and it does not; detail: stories
 */
public record SourceView(String name, String homePage, String country, String owner, String notes,
                         int reportCount, int storyCount, int sharedStories, int corePassages, int coreCarried,
                         int corePercent, List<WordingRow> wording, List<LinkView> coveredFirst,
                         List<LinkView> leftOutNames, List<OmittedRow> leftOut, List<ReportRow> reports,
                         List<LinkView> actors, List<LinkView> places) implements PageView {

    public SourceView {
        Objects.requireNonNull(homePage, "homePage");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(notes, "notes");
        wording = List.copyOf(wording);
        coveredFirst = List.copyOf(coveredFirst);
        leftOutNames = List.copyOf(leftOutNames);
        leftOut = List.copyOf(leftOut);
        reports = List.copyOf(reports);
        actors = List.copyOf(actors);
        places = List.copyOf(places);
    }

    /** A word the outlet uses, the words other outlets use instead, and in how many stories. */
    public record WordingRow(String term, List<String> othersSay, int stories) {

        public WordingRow {
            othersSay = List.copyOf(othersSay);
        }
    }

    /** A passage of a story that most outlets carry and this one does not. */
    public record OmittedRow(String text, LinkView story, int outlets) {
    }

    @Override
    public String template() {
        return "source.ftlh";
    }

    @Override
    public String modelName() {
        return "source";
    }
}
