package org.briefing.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One page the search finds, with what its result shows: a story, an article, an actor, a place
 * or an outlet.
 *
 * @param id       unique within its kind and stable between builds (a story's, article's or
 *                 entity's id, an outlet's name): with {@code date} it orders the kind's documents,
 *                 so an archive that grows at its end leaves the numbers of older documents alone
 * @param date     the story's first report, the article's publication, the first report naming
 *                 an entity or from an outlet; empty when unknown
 * @param end      a story's last report's day; the same as {@code date} for other kinds
 * @param path     the page, relative to the site's root ({@code stories/x/})
 * @param title    found with more weight than the text, and the result's link text
 * @param shown    the result's line under its title: date, outlets, kind or count
 * @param outlets  the outlets the result names, for its line
 * @param text     the words found with normal weight, and where a snippet comes from; made when
 *                 the index is written, as an article's text is large
 * @param filters  the actors, places and outlets a story or article can be filtered by
 */
public record SearchDocument(Kind kind, String id, Optional<LocalDate> date, Optional<LocalDate> end, String path, String title, String shown,
                             List<String> outlets, Supplier<String> text, List<Ref> filters) {

    public SearchDocument {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(shown, "shown");
        outlets = List.copyOf(outlets);
        Objects.requireNonNull(text, "text");
        filters = List.copyOf(filters);
    }

    /** The kinds of result, in the order the search page groups them. */
    public enum Kind {
        STORY("stories"), ARTICLE("articles"), ACTOR("actors"), PLACE("places"), OUTLET("outlets");

        private final String folder;

        Kind(String folder) {
            this.folder = folder;
        }

        /** The name of the kind in the index's files and manifest. */
        public String folder() {
            return folder;
        }

        /** Actors, places and outlets are what stories and articles can be filtered by. */
        boolean isFilter() {
            return this == ACTOR || this == PLACE || this == OUTLET;
        }
    }

    /** Another document, by kind and id: an actor, place or outlet this one can be filtered by. */
    public record Ref(Kind kind, String id) {

        public Ref {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(id, "id");
            if (!kind.isFilter()) {
                throw new IllegalArgumentException("only actors, places and outlets filter: " + kind);
            }
        }
    }
}
