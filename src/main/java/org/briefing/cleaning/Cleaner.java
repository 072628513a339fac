package org.briefing.cleaning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.briefing.content.Article;
import org.briefing.content.Block;
import org.briefing.content.FrontMatter;
import org.briefing.content.PublicationDate;
import org.briefing.content.SourceFormat;
import org.briefing.content.Outlet;

/**
 * Cleans articles: furniture first (so a "World" label or a player notice is never taken for the
 * headline), then the head (headline, date, dateline, repeated title), then repeated paragraphs.
 * Cleaning is per article and pure, so archives are cleaned in parallel with the order kept.
 *
 * <pre>{@code
 * List<CleanArticle> clean = new Cleaner().cleanAll(archive.articles());
 * }</pre>
 */
public final class Cleaner {

    /** How many words of the lead stand in for a missing headline. */
    private static final int OPENING_WORDS = 12;

    private final ArticleRegion region = new ArticleRegion();
    private final FurnitureStripper furniture = new FurnitureStripper();
    private final HeadReader head = new HeadReader();
    private final RepeatFinder repeats = new RepeatFinder();

    public List<CleanArticle> cleanAll(List<Article> articles) {
        return cleanAll(articles, CleanCache.NONE);
    }

    /** As {@link #cleanAll(List)}, taking from {@code cache} what it remembers and telling it the rest. */
    public List<CleanArticle> cleanAll(List<Article> articles, CleanCache cache) {
        return articles.parallelStream().map(article -> cache.find(article).orElseGet(() -> {
            CleanArticle clean = clean(article);
            cache.keep(article, clean);
            return clean;
        })).toList();
    }

    public CleanArticle clean(Article article) {
        FrontMatter declared = article.declared();
        // A whole page pasted as text is first cut down to its article; Markdown and saved pages
        // already hold only the article.
        ArticleRegion.Result region = article.format() == SourceFormat.TEXT
                ? this.region.keepArticle(article.blocks(), declared.title()) : ArticleRegion.Result.unchanged(article.blocks());
        FurnitureStripper.Result stripped = furniture.strip(region.kept());
        HeadReader.Head head = this.head.read(stripped.kept(), declared.title(), declared.date().isEmpty());
        RepeatFinder.Result unique = repeats.removeRepeats(head.body());

        List<Removal> removed = new ArrayList<>(region.removed());
        removed.addAll(stripped.removed());
        removed.addAll(head.removed());
        removed.addAll(unique.removed());
        removed.sort(Comparator.comparingInt(Removal::line));

        Set<MetaField> inferred = EnumSet.noneOf(MetaField.class);
        if (head.titleInferred()) {
            inferred.add(MetaField.TITLE);
        }
        Optional<PublicationDate> date = declared.date();
        if (date.isEmpty() && head.date().isPresent()) {
            date = head.date().map(PublicationDate::ofDay);
            inferred.add(MetaField.DATE);
        }
        // In a whole page pasted, the date line stands under the headline, above the article.
        if (date.isEmpty()) {
            Optional<PublicationDate> above = region.above().stream().map(block -> PublishedDates.parse(block.text()))
                    .flatMap(Optional::stream).findFirst().map(PublicationDate::ofDay);
            if (above.isPresent()) {
                date = above;
                inferred.add(MetaField.DATE);
            }
        }
        if (head.dateline().isPresent()) {
            inferred.add(MetaField.DATELINE);
        }
        String headline = head.title().orElseGet(() -> openingWords(unique.kept(), head.dateline().isPresent()));
        return new CleanArticle(article.id(), article.file(), article.format(), head.title(), headline, declared.source().map(Outlet::named),
                declared.url(), date, declared.updated(), declared.author(), declared.section(), declared.language(), head.dateline(),
                declared.story(), declared.storyTitle(),
                declared.tags(), inferred, unique.kept(), removed);
    }

    /** The first words of the first block, without a leading dateline, as a stand-in headline. */
    private static String openingWords(List<Block> body, boolean hasDateline) {
        if (body.isEmpty()) {
            return "";
        }
        String text = body.get(0).text();
        if (hasDateline) {
            text = DatelinePlaces.withoutOpening(text);
        }
        String[] words = text.split(" ");
        if (words.length <= OPENING_WORDS) {
            return text;
        }
        return String.join(" ", java.util.Arrays.copyOf(words, OPENING_WORDS)).replaceAll("[,;:]$", "") + "…";
    }
}
