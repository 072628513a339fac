package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.briefing.analysis.stories.Story;
import org.briefing.analysis.stories.StoryGrouper;
import org.briefing.cleaning.CleanArticle;
import org.briefing.cleaning.Cleaner;
import org.briefing.config.SiteConfig;
import org.briefing.content.ContentLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report saved as a web page and the same report pasted as text are one story. */
class SavedAndPastedStoryTest {

    @TempDir
    Path root;

    private static final List<String> ALEPPO = List.of(
            "Syrian rebels led by Hayat Tahrir al-Sham swept into Aleppo on Friday, the first time opposition fighters have entered the city since 2016, residents and a war monitor said.",
            "The Syrian Observatory for Human Rights said the insurgents seized dozens of villages in Idlib and Aleppo provinces before reaching the western districts of the city.",
            "Government forces withdrew from several neighbourhoods, and Russian warplanes struck rebel positions on the outskirts, the army said in a statement.",
            "Thousands of families fled east towards Kurdish-held areas, aid workers said, as bakeries closed and the main highway to Damascus was cut.",
            "Turkey, which backs some of the rebel factions, said it was following the offensive closely and called for calm along its border.");
    private static final List<String> FLOODS = List.of(
            "Heavy rain flooded large parts of Valencia on Tuesday, sweeping cars through the streets and cutting power to tens of thousands of homes, officials said.",
            "Emergency services rescued hundreds of people from rooftops and stranded vehicles as rivers burst their banks overnight in the eastern Spanish region.",
            "The national weather agency kept its highest alert in place and warned that more storms were expected over the coast before the weekend.",
            "Train services between Madrid and Valencia were suspended and schools were closed, the regional government said in a statement.",
            "Prime Minister Pedro Sanchez said the army would help with the clean-up and promised aid to farmers whose orchards were destroyed.");

    private static String savedPage() {
        StringBuilder page = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><title>Rebels enter Aleppo</title>"
                + "<meta property=\"og:title\" content=\"Rebels enter Aleppo\"><meta property=\"og:site_name\" content=\"Example News\">"
                + "<meta property=\"article:published_time\" content=\"2024-11-29T10:00:00Z\"></head><body>"
                + "<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li></ul></nav><article><h1>Rebels enter Aleppo</h1>");
        ALEPPO.forEach(paragraph -> page.append("<p>").append(paragraph).append("</p>"));
        return page.append("</article><footer><p>Copyright Example News</p></footer></body></html>").toString();
    }

    private List<Story> storiesOf(Archive archive) {
        List<CleanArticle> articles = new Cleaner().cleanAll(new ContentLoader(SiteConfig.defaults()).loadArticles(archive.paths()).articles());
        assertThat(articles).hasSize(3);
        return new StoryGrouper().group(articles);
    }

    private static Story storyOf(List<Story> stories, String id) {
        return stories.stream().filter(story -> story.articles().stream().anyMatch(article -> article.value().equals(id)))
                .findFirst().orElseThrow();
    }

    private Archive withFloods(Archive archive) {
        return archive.article("floods.md", "---\ntitle: Floods hit Valencia\ndate: 2024-11-29\nsource: Third Outlet\n---\n\n"
                + String.join("\n\n", FLOODS) + "\n");
    }

    @Test
    void aSavedPageAndAPasteOfTheSameReportLandInOneStory() {
        Archive archive = withFloods(Archive.in(root)
                .article("2024-11-29-aleppo.html", savedPage())
                .article("aleppo-paste.txt", "Rebels enter Aleppo\n\nWorld\n\n" + String.join("\n\n", ALEPPO) + "\n\nRead more:\n")
                .article("aleppo-paste.yml", "date: 2024-11-29\nsource: Other Outlet\n"));
        assertThat(storyOf(storiesOf(archive), "2024-11-29-aleppo").articles()).extracting(id -> id.value())
                .containsExactlyInAnyOrder("2024-11-29-aleppo", "aleppo-paste");
    }

    /** The whole page selected and pasted, menus, teasers and footer too, is cut to the report first. */
    @Test
    void aSavedPageAndAWholePagePasteOfTheSameReportLandInOneStory() {
        StringBuilder paste = new StringBuilder();
        for (String item : List.of("Home", "World", "Middle East", "Politics", "Business", "Tech", "Sport", "Culture", "Opinion",
                "Video", "Podcasts", "Newsletters", "Subscribe", "Sign in", "Search")) {
            paste.append(item).append("\n\n");
        }
        paste.append("Rebels enter Aleppo\n\nBy Jane Roe\n\n29 November 2024\n\n").append(String.join("\n\n", ALEPPO)).append("\n\n");
        for (String item : List.of("Share", "Tweet", "Email", "Most read", "Markets slide as oil prices jump",
                "Champions League: five things we learned", "Recipe: a winter soup in twenty minutes", "About us", "Contact",
                "Careers", "Advertise", "Terms of use", "Privacy policy", "Cookie settings", "© 2024 Example News")) {
            paste.append(item).append("\n\n");
        }
        Archive archive = withFloods(Archive.in(root)
                .article("2024-11-29-aleppo.html", savedPage())
                .article("aleppo-paste.txt", paste.toString())
                .article("aleppo-paste.yml", "title: Rebels enter Aleppo\ndate: 2024-11-29\nsource: Other Outlet\n"));
        CleanArticle pasted = new Cleaner().cleanAll(new ContentLoader(SiteConfig.defaults()).loadArticles(archive.paths()).articles())
                .stream().filter(article -> article.id().value().equals("aleppo-paste")).findFirst().orElseThrow();
        assertThat(pasted.text()).isEqualTo(String.join("\n", ALEPPO));
        assertThat(storyOf(storiesOf(archive), "2024-11-29-aleppo").articles()).extracting(id -> id.value())
                .containsExactlyInAnyOrder("2024-11-29-aleppo", "aleppo-paste");
    }
}
