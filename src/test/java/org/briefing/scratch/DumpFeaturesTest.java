package org.briefing.scratch;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Path;
import java.util.*;
import org.briefing.analysis.entities.EntityRecognizer;
import org.briefing.analysis.text.Words;
import org.briefing.cleaning.Cleaner;
import org.briefing.config.BuildPaths;
import org.briefing.config.SiteConfig;
import org.briefing.content.ContentLoader;
import org.junit.jupiter.api.Test;

class DumpFeaturesTest {
    @Test
    void dump() throws Exception {
        for (String corpus : List.of("basil-dev", "basil-dev-dense")) {
            Path content = Path.of("/work/shared/corpora/" + corpus);
            var paths = new BuildPaths(content, Path.of("templates"), Path.of("/tmp/x"));
            var articles = new Cleaner().cleanAll(new ContentLoader(SiteConfig.defaults()).loadArticles(paths).articles());
            var entities = new EntityRecognizer().recognize(articles);
            var byId = entities.byId();
            var byArticle = entities.byArticle();
            List<Map<String, Object>> out = new ArrayList<>();
            for (var a : articles) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", a.id().value());
                m.put("date", a.date().map(d -> d.date().toString()).orElse(null));
                m.put("source", a.source().orElse(null));
                m.put("title", a.title().map(Words::terms).orElse(List.of()));
                List<List<String>> blocks = new ArrayList<>();
                a.body().forEach(b -> blocks.add(Words.terms(b.text())));
                m.put("blocks", blocks);
                Map<String, Integer> ents = new TreeMap<>();
                var ae = byArticle.get(a.id());
                if (ae != null) ae.mentions().forEach(x -> ents.merge(x.entity().value() + "|" + byId.get(x.entity()).kind().key(), 1, Integer::sum));
                m.put("entities", ents);
                out.add(m);
            }
            JsonMapper.builder().build().writeValue(Path.of("/tmp/features-" + corpus + ".json").toFile(), out);
        }
    }
}
