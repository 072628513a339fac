package org.briefing.analysis;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.briefing.analysis.comparison.Comparisons;
import org.briefing.analysis.comparison.OutletProfile;
import org.briefing.analysis.comparison.OutletProfiler;
import org.briefing.analysis.comparison.SourceComparison;
import org.briefing.analysis.comparison.StoryComparer;
import org.briefing.analysis.entities.EntityRecognizer;
import org.briefing.analysis.entities.RecognizedEntities;
import org.briefing.analysis.stories.Story;
import org.briefing.analysis.stories.StoryGrouper;
import org.briefing.analysis.stories.StoryId;
import org.briefing.cleaning.CleanArticle;
import org.briefing.content.Outlet;
import org.briefing.content.RegistryEntry;
import org.briefing.progress.Progress;
import org.briefing.published.PublishedSite;

/**
 * Runs the analysis stages in order: actors and places, stories, the links between stories that
 * share them, the comparison of each story's reports, then each outlet's profile across stories.
 *
 * <pre>{@code
 * Analysis analysis = new Analyser().analyse(cleanArticles, registry);
 * }</pre>
 */
public final class Analyser {

    private final PublishedSite published;

    /** An analyser for a first build: story ids come from the headlines. */
    public Analyser() {
        this(PublishedSite.NONE);
    }

    /** An analyser that keeps the story ids the previous site published ({@link StoryGrouper}). */
    public Analyser(PublishedSite published) {
        this.published = published;
    }

    /**
     * @param registry the editor's entries for actors and places ({@code content/entities/}); may
     *                 be empty
     */
    public Analysis analyse(List<CleanArticle> articles, List<RegistryEntry> registry) {
        return analyse(articles, registry, Progress.NONE);
    }

    /** As {@link #analyse(List, List)}, reporting each analysis stage to {@code progress}. */
    public Analysis analyse(List<CleanArticle> articles, List<RegistryEntry> registry, Progress progress) {
        RecognizedEntities entities = progress.run("entities", articles.size(),
                () -> new EntityRecognizer(registry).recognize(articles));
        List<Story> stories = progress.run("stories", articles.size(), () -> new StoryGrouper(published).group(articles));
        Comparisons compared = progress.run("comparisons", stories.size(),
                () -> new StoryComparer().compareAll(stories, articles, entities));
        Map<StoryId, SourceComparison> comparisons = compared.comparisons().stream()
                .collect(Collectors.toUnmodifiableMap(SourceComparison::story, Function.identity()));
        Map<StoryId, List<StoryId>> related = progress.run("related stories", stories.size(),
                () -> new RelatedStories().find(stories, entities));
        Map<Outlet, OutletProfile> outlets = progress.run("outlet profiles", stories.size(),
                () -> new OutletProfiler().profile(stories, articles, comparisons, entities.byArticle()));
        return new Analysis(articles, stories, entities, related, comparisons, outlets,
                Stream.concat(entities.warnings().stream(), compared.warnings().stream()).toList());
    }
}
