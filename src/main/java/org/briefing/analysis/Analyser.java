package org.briefing.analysis;

import java.util.List;
import org.briefing.analysis.entities.EntityRecognizer;
import org.briefing.analysis.entities.RecognizedEntities;
import org.briefing.analysis.stories.Story;
import org.briefing.analysis.stories.StoryGrouper;
import org.briefing.cleaning.CleanArticle;

/**
 * Runs the analysis stages in order: actors and places, stories, then the links between stories
 * that share them.
 *
 * <pre>{@code
 * Analysis analysis = new Analyser().analyse(cleanArticles);
 * }</pre>
 */
public final class Analyser {

    public Analysis analyse(List<CleanArticle> articles) {
        RecognizedEntities entities = new EntityRecognizer().recognize(articles);
        List<Story> stories = new StoryGrouper().group(articles);
        return new Analysis(articles, stories, entities, new RelatedStories().find(stories, entities));
    }
}
