package org.briefing.sitemodel;

import java.util.List;

/**
 * An article in {@code api/articles.json}. Unknown facts are {@code null}, never guessed.
 *
 * @param title   the headline; when the source has none, its opening words (see {@code missing})
 * @param date    ISO date, or date-time when the time is known
 * @param updated when the original was last changed, in the same form as {@code date}
 * @param section the outlet's section the original appeared in
 * @param language the language tag of the original ({@code en-GB}, {@code fr}), as its file or page states it
 * @param path    the article page, relative to the site root
 * @param story   the id of its story
 * @param removed the text of each block cleaning removed
 * @param missing what neither file nor text says: any of title, source, url, date, author
 */
public record ApiArticle(String id, String title, String source, String date, String updated, String section, String language,
                         String url, String path, String story,
                         List<String> actors, List<String> places, List<String> removed, List<String> missing) {

    public ApiArticle {
        actors = List.copyOf(actors);
        places = List.copyOf(places);
        removed = List.copyOf(removed);
        missing = List.copyOf(missing);
    }
}
