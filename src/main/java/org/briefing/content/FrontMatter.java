package org.briefing.content;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a file says about itself, in front matter or a {@code NAME.yml} sidecar: only what is
 * written there, nothing inferred. Every field may be absent.
 *
 * @param source     the outlet's name as written (e.g. {@code Fox News})
 * @param url        the original's address; always http or https
 * @param updated    when the original was last changed, if it says so ({@code updated:})
 * @param section    the outlet's section the original was published in ("World", "Opinion")
 * @param language   the language the article is written in, when it says so
 * @param story      an explicit story key; articles sharing it form one story, whatever their text
 * @param storyTitle the story's headline chosen by an editor, used instead of a report's title
 * @param tags       names of actors and places the editor tagged, in the order written, no repeats
 * @param draft      drafts are left out of the site unless the build asks for them
 */
public record FrontMatter(
        Optional<String> title,
        Optional<String> source,
        Optional<String> url,
        Optional<PublicationDate> date,
        Optional<PublicationDate> updated,
        Optional<String> author,
        Optional<String> section,
        Optional<LanguageTag> language,
        Optional<String> story,
        Optional<String> storyTitle,
        List<String> tags,
        boolean draft) {

    public FrontMatter {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(updated, "updated");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(story, "story");
        Objects.requireNonNull(storyTitle, "storyTitle");
        tags = List.copyOf(tags);
    }

    public static final FrontMatter EMPTY = new FrontMatter(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), List.of(), false);
}
