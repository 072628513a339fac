package org.briefing.cleaning;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.briefing.content.ArticleId;
import org.briefing.content.Block;
import org.briefing.content.LanguageTag;
import org.briefing.content.PublicationDate;
import org.briefing.content.SourceFormat;
import org.briefing.content.Outlet;

/**
 * An article after cleaning: what is known about it (declared by its file or inferred from its
 * text), its body without furniture, and what was removed. Unknown facts stay empty; they are
 * never guessed.
 *
 * @param file      the article's file as the user names it, for messages and the page
 * @param headline  the title when known; otherwise the lead's opening words and an ellipsis, so
 *                  every article can be listed and linked without inventing a title
 * @param source    the outlet that published it: as its file names it, or (once outlets are
 *                  resolved) as {@code sources.yml} describes it, or the host of its {@code url}
 * @param updated   when the original was last changed, as its file or page says; never inferred
 * @param section   the outlet's section the original appeared in, as its file or page says
 * @param language  the language the original is written in, as its file or page says
 * @param dateline  the place a dateline gives ("Damascus" for "DAMASCUS" or "BEIRUT:")
 * @param inferred  which of the facts came from the text rather than from front matter or sidecar
 * @param body      the blocks that remain, in file order
 * @param removed   what cleaning took out, in file order
 */
public record CleanArticle(
        ArticleId id,
        String file,
        SourceFormat format,
        Optional<String> title,
        String headline,
        Optional<Outlet> source,
        Optional<String> url,
        Optional<PublicationDate> date,
        Optional<PublicationDate> updated,
        Optional<String> author,
        Optional<String> section,
        Optional<LanguageTag> language,
        Optional<String> dateline,
        Optional<String> story,
        Optional<String> storyTitle,
        List<String> tags,
        Set<MetaField> inferred,
        List<Block> body,
        List<Removal> removed) {

    public CleanArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(updated, "updated");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(language, "language");
        tags = List.copyOf(tags);
        inferred = inferred.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(inferred));
        body = List.copyOf(body);
        removed = List.copyOf(removed);
    }

    /**
     * This article with {@code outlet} as its source; {@code inferred} says it came from the
     * article's address rather than from its {@code source:}.
     */
    public CleanArticle withSource(Optional<Outlet> outlet, boolean inferred) {
        Set<MetaField> facts = EnumSet.noneOf(MetaField.class);
        facts.addAll(this.inferred);
        if (inferred) {
            facts.add(MetaField.SOURCE);
        }
        return new CleanArticle(id, file, format, title, headline, outlet, url, date, updated, author, section, language, dateline,
                story, storyTitle, tags, facts, body, removed);
    }

    /** The facts neither the file nor its text gives, in a stable order. */
    public List<MetaField> missing() {
        EnumSet<MetaField> missing = EnumSet.noneOf(MetaField.class);
        title.ifPresentOrElse(t -> { }, () -> missing.add(MetaField.TITLE));
        source.ifPresentOrElse(s -> { }, () -> missing.add(MetaField.SOURCE));
        url.ifPresentOrElse(u -> { }, () -> missing.add(MetaField.URL));
        date.ifPresentOrElse(d -> { }, () -> missing.add(MetaField.DATE));
        author.ifPresentOrElse(a -> { }, () -> missing.add(MetaField.AUTHOR));
        return List.copyOf(missing);
    }

    /** The body's text, one block a line: what analysis reads. */
    public String text() {
        return body.stream().map(Block::text).collect(Collectors.joining("\n"));
    }

    /** The first paragraph of reporting, or the first block when there is no plain paragraph. */
    public String lead() {
        return body.stream().filter(b -> b.kind() == org.briefing.content.BlockKind.PARAGRAPH)
                .map(Block::text).findFirst()
                .orElse(body.isEmpty() ? "" : body.get(0).text());
    }
}
