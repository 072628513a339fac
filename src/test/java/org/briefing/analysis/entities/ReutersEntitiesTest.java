package org.briefing.analysis.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.briefing.TestPaths;
import org.briefing.cleaning.Cleaner;
import org.briefing.config.BuildPaths;
import org.briefing.config.SiteConfig;
import org.briefing.content.ContentLoader;
import org.junit.jupiter.api.Test;

/**
 * Actors and places on Reuters news (conll2003-dev, the CoNLL-2003 "testa" documents, read through
 * {@link EntityGold}): floors a little under the figures measured on the whole set (0.936 / 0.834
 * actors, 0.934 / 0.911 places, with the self-trained {@link ContextTagger} and the wire-news rules:
 * datelines, "A of B", teams, place words, wide regions, acronyms), so a change that loses ground fails. Skipped when
 * {@code ../shared} is not beside the clone.
 */
class ReutersEntitiesTest {

    @Test
    void tagsReutersActorsAndPlacesNoWorseThanMeasured() {
        Optional<Path> corpus = TestPaths.sharedCorpus("conll2003-dev");
        assumeTrue(corpus.isPresent(), "../shared/corpora/conll2003-dev is not beside this clone");
        BuildPaths paths = new BuildPaths(corpus.get(), TestPaths.templates(), corpus.get().resolveSibling("unused-site"));
        var articles = new Cleaner().cleanAll(new ContentLoader(SiteConfig.defaults()).loadArticles(paths).articles());
        RecognizedEntities recognized = new EntityRecognizer().recognize(articles);
        Map<EntityId, Entity> byId = recognized.byId();
        Map<String, List<Entity>> tags = new TreeMap<>();
        recognized.articles().forEach(a -> tags.put(a.article().value(), a.byProminence().stream().map(byId::get).toList()));

        EntityScore.Complete score = EntityScore.complete(tags, EntityGold.read(corpus.get().resolve("gold.json")).complete());

        assertThat(score.actorPrecision().value()).as("actor precision").isGreaterThanOrEqualTo(0.91);
        assertThat(score.actorRecall().value()).as("actor recall").isGreaterThanOrEqualTo(0.81);
        assertThat(score.placePrecision().value()).as("place precision").isGreaterThanOrEqualTo(0.91);
        assertThat(score.placeRecall().value()).as("place recall").isGreaterThanOrEqualTo(0.88);
    }
}
