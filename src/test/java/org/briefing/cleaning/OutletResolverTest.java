package org.briefing.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.briefing.analysis.stories.Reports;
import org.briefing.content.Outlet;
import org.briefing.content.OutletRegistry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutletResolverTest {

    private static final Outlet AL_JAZEERA = new Outlet("Al Jazeera", Optional.of("https://www.aljazeera.com/"),
            Optional.of("Qatar"), Optional.empty(), Optional.empty(), List.of("aljazeera.com"), List.of("AJE"));
    private final OutletResolver resolver = new OutletResolver(new OutletRegistry(List.of(AL_JAZEERA)));

    @ParameterizedTest(name = "source {0}, url {1} -> {2}")
    @CsvSource(nullValues = "-", value = {
            // source: names the outlet; the registry's entry answers to its name and aliases
            "Al Jazeera,  -,                                       Al Jazeera,     false",
            "aje,         https://example.org/x,                   Al Jazeera,     false",
            "Fox News,    https://www.aljazeera.com/news/1,        Fox News,       false",
            // without source:, the address decides: a registered host, or the bare host itself
            "-,           https://www.aljazeera.com/news/1,        Al Jazeera,     true",
            "-,           https://english.aljazeera.com/news/1,    Al Jazeera,     true",
            "-,           https://WWW.Reuters.com/world/1,         reuters.com,    true",
            // with neither, it stays unknown: never read from the text
            "-,           -,                                       -,              false",
    })
    void givesEachArticleItsOutlet(String source, String url, String expected, boolean inferred) {
        CleanArticle article = Reports.report("a", source, "2020-01-02", "A headline", "Al Jazeera reports that it rained.");
        article = new CleanArticle(article.id(), article.file(), article.format(), article.title(), article.headline(),
                article.source(), Optional.ofNullable(url), article.date(), article.updated(), article.author(), article.section(),
                article.language(), article.dateline(),
                article.story(), article.storyTitle(), article.tags(), article.inferred(), article.body(), article.removed());
        CleanArticle resolved = resolver.resolve(article);
        assertThat(resolved.source().map(Outlet::name)).isEqualTo(Optional.ofNullable(expected));
        assertThat(resolved.inferred().contains(MetaField.SOURCE)).isEqualTo(inferred);
        if ("Al Jazeera".equals(expected)) {
            assertThat(resolved.source()).contains(AL_JAZEERA);
        }
    }
}
