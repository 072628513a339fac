package org.briefing.published;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.briefing.problems.Problem;
import org.briefing.published.PublishedSite.PublishedRedirect;
import org.briefing.site.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishedSiteReaderTest {

    private static final String STORIES = "[{\"id\":\"2024-12-02-talks\",\"title\":\"Talks\",\"path\":\"stories/2024-12-02-talks/\","
            + "\"articles\":[\"a\",\"b\"],\"summary\":[\"They talked.\"],\"updated\":\"2024-12-02T00:00:00Z\",\"related\":[]}]";
    private static final String ENTITIES = "[{\"id\":\"aleppo\",\"name\":\"Aleppo\",\"type\":\"place\",\"aliases\":[\"Halab\"],"
            + "\"path\":\"places/aleppo/\",\"articles\":[\"a\"]}]";
    private static final String ARTICLES = "[{\"id\":\"a\",\"title\":\"Talks\",\"url\":\"https://news.example.org/talks\","
            + "\"path\":\"articles/a/\"},{\"id\":\"b\",\"url\":null,\"path\":\"articles/b/\"}]";
    private static final String REDIRECTS = "[{\"from\":\"stories/old/\",\"to\":\"stories/2024-12-02-talks/\"}]";

    @Test
    void readsAPreviousSiteFromItsFolder(@TempDir Path temp) throws IOException {
        PublishedSiteReader.Read read = new PublishedSiteReader().read(site(temp).toString());
        assertThat(read.warnings()).isEmpty();
        assertThat(read.site().stories()).singleElement().satisfies(story -> {
            assertThat(story.id()).isEqualTo("2024-12-02-talks");
            assertThat(story.articles()).containsExactly("a", "b");
            assertThat(story.updated()).isEqualTo("2024-12-02T00:00:00Z");
        });
        assertThat(read.site().articles()).containsExactly(new PublishedSite.PublishedArticle("a", "articles/a/", "https://news.example.org/talks"),
                new PublishedSite.PublishedArticle("b", "articles/b/", null));
        assertThat(read.site().entities()).singleElement().satisfies(entity -> assertThat(entity.aliases()).containsExactly("Halab"));
        assertThat(read.site().redirects()).containsExactly(new PublishedRedirect("stories/old/", "stories/2024-12-02-talks/"));
    }

    @Test
    void readsTheSameFromTheLiveSitesAddress(@TempDir Path temp) throws IOException {
        Path folder = site(temp);
        try (TestSites.Server server = TestSites.serve(folder, "/briefing/")) {
            PublishedSiteReader.Read read = new PublishedSiteReader().read(server.url("").toString());
            assertThat(read.warnings()).isEmpty();
            assertThat(read.site()).isEqualTo(new PublishedSiteReader().read(folder.toString()).site());
        }
    }

    @Test
    void aMissingSiteIsOneWarningAndNothingRead(@TempDir Path temp) {
        PublishedSiteReader.Read read = new PublishedSiteReader().read(temp.resolve("nowhere").toString());
        assertThat(read.site()).isEqualTo(PublishedSite.NONE);
        assertThat(read.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.isError()).isFalse();
            assertThat(warning.file()).endsWith("stories.json");
            assertThat(warning.message()).contains("was not found");
        });
    }

    @Test
    void aSiteWithoutRedirectsIsReadWithoutWarning(@TempDir Path temp) throws IOException {
        Path folder = site(temp);
        Files.delete(folder.resolve("api/redirects.json"));
        PublishedSiteReader.Read read = new PublishedSiteReader().read(folder.toString());
        assertThat(read.warnings()).isEmpty();
        assertThat(read.site().stories()).hasSize(1);
    }

    @Test
    void anAddressThatDoesNotAnswerIsAWarning() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        PublishedSiteReader.Read read = new PublishedSiteReader().read("http://127.0.0.1:" + port + "/briefing");
        assertThat(read.site()).isEqualTo(PublishedSite.NONE);
        assertThat(read.warnings()).singleElement().extracting(Problem::message).asString().contains("could not be read (").doesNotContain("null");
    }

    @Test
    void aFileThatIsNotTheApisIsAWarningNamingIt(@TempDir Path temp) throws IOException {
        Path folder = site(temp);
        Files.writeString(folder.resolve("api/entities.json"), "{\"not\": \"a list\"}");
        Files.writeString(folder.resolve("api/redirects.json"), "[{\"from\": 3}, ");
        PublishedSiteReader.Read read = new PublishedSiteReader().read(folder.toString());
        assertThat(read.site().stories()).hasSize(1);
        assertThat(read.site().entities()).isEmpty();
        assertThat(read.warnings()).extracting(Problem::file).containsExactly(
                folder.resolve("api/entities.json").toString(), folder.resolve("api/redirects.json").toString());
    }

    @Test
    void entriesWithoutAnIdOrPathAreLeftOutWithAWarning(@TempDir Path temp) throws IOException {
        Path folder = site(temp);
        Files.writeString(folder.resolve("api/stories.json"), "[{\"id\":\"x\"}, " + STORIES.substring(1));
        PublishedSiteReader.Read read = new PublishedSiteReader().read(folder.toString());
        assertThat(read.site().stories()).extracting(PublishedSite.PublishedStory::id).containsExactly("2024-12-02-talks");
        assertThat(read.warnings()).singleElement().extracting(Problem::message).asString().contains("1 of its entries");
    }

    private static Path site(Path temp) throws IOException {
        Path api = Files.createDirectories(temp.resolve("site/api"));
        Files.writeString(api.resolve("stories.json"), STORIES, StandardCharsets.UTF_8);
        Files.writeString(api.resolve("articles.json"), ARTICLES, StandardCharsets.UTF_8);
        Files.writeString(api.resolve("entities.json"), ENTITIES, StandardCharsets.UTF_8);
        Files.writeString(api.resolve("redirects.json"), REDIRECTS, StandardCharsets.UTF_8);
        return temp.resolve("site");
    }
}
