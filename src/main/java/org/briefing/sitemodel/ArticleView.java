package org.briefing.sitemodel;

import java.util.List;

/**
 * An article page.
 *
 * @param titleKnown  false when the source gives no headline and {@code title} is its opening words
 * @param updated     when the original says it was last changed ("3 May 2024"), or empty
 * @param updatedIso  the same for {@code <time datetime>}, or empty
 * @param section     the outlet's section it appeared in, or empty
 * @param language    the article's language tag when it is not the site's language, for {@code lang};
 *                    empty when it is the site's or not known
 * @param bodyHtml    the cleaned text, sanitized, with actor and place names linked
 * @param missing     what neither the file nor its text says ("outlet", "original address")
 * @param inferred    facts read from the text rather than declared, as readers should know them
 * @param otherReports the story's other reports, oldest first
 * @param removed     what cleaning removed, in file order
 * @param file        the article's file in the archive, for editors
 */
public record ArticleView(String title, boolean titleKnown, String outlet, String outletUrl, String date,
                          String iso, String updated, String updatedIso, String section, String language, String author, String dateline, String originalUrl, String bodyHtml,
                          LinkView story, List<ReportRow> otherReports, List<LinkView> actors,
                          List<LinkView> places, List<String> missing, List<String> inferred,
                          List<RemovedBlock> removed, String file) implements PageView {

    public ArticleView {
        otherReports = List.copyOf(otherReports);
        actors = List.copyOf(actors);
        places = List.copyOf(places);
        missing = List.copyOf(missing);
        inferred = List.copyOf(inferred);
        removed = List.copyOf(removed);
    }

    /** A block cleaning removed: why, what it said, and the line of the file it stood on. */
    public record RemovedBlock(String reason, String text, int line) {
    }

    @Override
    public String template() {
        return "article.ftlh";
    }

    @Override
    public String modelName() {
        return "article";
    }
}
