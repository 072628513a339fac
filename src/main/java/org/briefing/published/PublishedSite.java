package org.briefing.published;

import java.util.List;
import java.util.Objects;

/**
 * The addresses a previous build published, and what was at each: the input that lets a build keep
 * story ids, and leave a redirect where an address must change. Ids and paths are as the previous
 * site wrote them (paths relative to its root, such as {@code stories/x/}); nothing here is
 * trusted to be a safe path until the site model checks it.
 */
public record PublishedSite(List<PublishedArticle> articles, List<PublishedStory> stories, List<PublishedEntity> entities,
                            List<PublishedRedirect> redirects, List<String> pages) {

    /** No previous site: a first build, or one whose previous site could not be read. */
    public static final PublishedSite NONE = new PublishedSite(List.of(), List.of(), List.of(), List.of(), List.of());

    /**
     * @param pages every page its {@code sitemap.xml} listed, as a path relative to the site's root
     *              ({@code actors/x/page/2/}); empty when it had none
     */
    public PublishedSite {
        articles = List.copyOf(articles);
        stories = List.copyOf(stories);
        entities = List.copyOf(entities);
        redirects = List.copyOf(redirects);
        pages = List.copyOf(pages);
    }

    public PublishedSite(List<PublishedArticle> articles, List<PublishedStory> stories, List<PublishedEntity> entities,
                         List<PublishedRedirect> redirects) {
        this(articles, stories, entities, redirects, List.of());
    }

    /**
     * An article as {@code api/articles.json} listed it.
     *
     * @param url its original's address, or null when unknown
     */
    public record PublishedArticle(String id, String path, String url) {

        public PublishedArticle {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(path, "path");
        }
    }

    /**
     * A story as {@code api/stories.json} listed it.
     *
     * @param articles its reports' article ids
     * @param updated  its feed entry's {@code updated} time (RFC 3339), or null when the previous
     *                 site did not record one (undated, or built before Briefing recorded it)
     */
    public record PublishedStory(String id, String path, String title, List<String> articles, List<String> summary, String updated) {

        public PublishedStory {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(title, "title");
            articles = List.copyOf(articles);
            summary = List.copyOf(summary);
        }
    }

    /**
     * An actor or place as {@code api/entities.json} listed it (the articles naming it are not
     * kept: its successor is found by name).
     *
     * @param type {@code actor} or {@code place}
     */
    public record PublishedEntity(String id, String type, String path, String name, List<String> aliases) {

        public PublishedEntity {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(name, "name");
            aliases = List.copyOf(aliases);
        }
    }

    /** A redirect page of {@code api/redirects.json}: the old path and the page it sends readers to. */
    public record PublishedRedirect(String from, String to) {

        public PublishedRedirect {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }
    }
}
