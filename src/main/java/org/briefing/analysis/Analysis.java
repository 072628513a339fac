package org.briefing.analysis;

import java.util.List;
import java.util.Map;
import org.briefing.analysis.comparison.OutletProfile;
import org.briefing.analysis.comparison.SourceComparison;
import org.briefing.analysis.entities.RecognizedEntities;
import org.briefing.analysis.stories.Story;
import org.briefing.analysis.stories.StoryId;
import org.briefing.cleaning.CleanArticle;
import org.briefing.content.Outlet;
import org.briefing.problems.Problem;

/**
 * Everything analysis learnt about an archive: the cleaned articles it read, their stories, the
 * actors and places they name, and for each story the related stories (sharing its main actors
 * and places), newest first, and for each story how its reports agree and differ.
 *
 * @param warnings one for each analysis of a file that failed and was left out (see
 *                 {@link org.briefing.problems.Problem#analysisFailed})
 */
public record Analysis(List<CleanArticle> articles, List<Story> stories, RecognizedEntities entities,
                       Map<StoryId, List<StoryId>> related, Map<StoryId, SourceComparison> comparisons,
                       Map<Outlet, OutletProfile> outlets, List<Problem> warnings) {

    public Analysis {
        articles = List.copyOf(articles);
        stories = List.copyOf(stories);
        related = Map.copyOf(related);
        comparisons = Map.copyOf(comparisons);
        outlets = Map.copyOf(outlets);
        warnings = List.copyOf(warnings);
    }
}
