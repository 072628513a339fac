package org.briefing.analysis.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * basil-dev's gold lists each article's main names (the main entities that are proper names the
 * article uses); at least nine in ten must be among the article's tags. Skipped when
 * {@code ../shared} is not beside the clone.
 */
class CorpusEntitiesTest {

    @Test
    void tagsNineInTenOfEachArticlesMainNames() throws IOException {
        Optional<Path> corpus = TestPaths.sharedCorpus("basil-dev");
        assumeTrue(corpus.isPresent(), "../shared/corpora/basil-dev is not beside this clone");
        BuildPaths paths = new BuildPaths(corpus.get(), TestPaths.templates(), corpus.get().resolveSibling("unused-site"));
        var articles = new Cleaner().cleanAll(new ContentLoader(SiteConfig.defaults()).loadArticles(paths).articles());
        RecognizedEntities recognized = new EntityRecognizer().recognize(articles);
        Map<EntityId, Entity> byId = recognized.byId();
        Map<String, List<Entity>> tags = new TreeMap<>();
        recognized.articles().forEach(a -> tags.put(a.article().value(), a.byProminence().stream().map(byId::get).toList()));

        JsonNode gold = JsonMapper.builder().build().readTree(corpus.get().resolve("gold.json").toFile()).get("main_names");
        Map<String, List<String>> mainNames = new LinkedHashMap<>();
        gold.fields().forEachRemaining(entry -> {
            List<String> names = new ArrayList<>();
            entry.getValue().forEach(name -> names.add(name.asText()));
            mainNames.put(entry.getKey(), names);
        });
        List<String> misses = new ArrayList<>();
        EntityScore.Ratio recall = EntityScore.mainNames(tags, mainNames, misses);
        assertThat(recall.value()).as("main names recall; missed: %s", misses).isGreaterThanOrEqualTo(0.9);
    }
}
