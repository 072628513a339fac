package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.briefing.config.SiteConfig;
import org.briefing.problems.ProblemsFound;
import org.briefing.render.RenderedPage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10: random and mutated front matter, Markdown, raw text and entity files through load,
 * clean, analyse and render. A build may refuse its input with a {@link ProblemsFound}; anything
 * else thrown fails the test with the seed that made it. What is rendered must be well-formed
 * XML (feeds, sitemap) and HTML with no script or {@code javascript:} link from the content.
 *
 * <p>Bounded in time ({@value #SECONDS} s, at least {@value #MIN_ROUNDS} rounds), with a fixed
 * seed per round so a failure can be replayed: {@code -Dfuzz.seed=N -Dfuzz.seconds=S}. A plain
 * seeded generator rather than jqwik: jqwik's engine targets JUnit Platform 1, and the build uses
 * JUnit 6.
 */
class FuzzBuildTest {

    private static final int SECONDS = 40;
    private static final int MIN_ROUNDS = 5;
    private static final String[] KEYS = {"title", "source", "url", "date", "updated", "author", "section", "language", "story",
        "story_title", "tags", "draft", "unknown", "title"};
    private static final String[] VALUES = {"Rebels enter Homs", "2024-12-02", "2024-12-02T14:30:00Z", "9999-12-31T23:30:00-14:00",
        "0000-01-01T00:10:00+14:00", "2024-02-30", "https://example.org/a", "javascript:alert(1)", "[a, b, .]", "[con, aux, nul]",
        "\"quoted: value\"", "|\n  block", "[" + "[".repeat(50), "{a: b}", "true", "yes", "~", "&amp;&lt;", "\u0001\u0008\u001b[2J",
        "\u202Eevil", "''", "- x\n- y", "NaN", "Damascus", "fr", "en-GB", "zh_Hant_TW", "French", "x-klingon"};
    private static final String[] TOKENS = {"[", "](", "[a](", "](javascript:x)", "*", "**", "_", ">", "> > ", "- ", "1. ", "#", "`",
        "```", "<span>", "</span>", "<script>alert(1)</script>", "<a href=\"&#x22;&#x3e;\">x</a>", "&amp;", "&#0;", "&#x1F600;",
        "\"", "“", "”", "'", "said", " said the rebels ", "Bashar al-Assad", "USA I's Jim", "Damascus", "U.S.", "St. Louis",
        "\n", "\n\n", "\r", "\r\n", "---", "--- ", "----", "|", "| a | b |\n|---|---|\n", "\t", "\u0000", "\u0001", "\u001b",
        "\uFFFE", "\uD83D", "1,000", "200 people", "$3.5 million", "mailto:a@b?body=<script>", "<!--", "-->", " ", "é", "ß"};
    private static final String[] ENTITY_KEYS = {"name", "type", "kind", "aliases", "coordinates", "links", "hidden"};
    private static final String[] ENTITY_VALUES = {"Homs", "place", "actor", "city", "person", "organization", "[Hims, Emesa]",
        "[NaN, 36.6]", "[34.7, 36.7]", "[91, 0]", "[https://example.org/, javascript:x]", "true", "[", "\u0001"};

    @TempDir
    Path temp;

    @Test
    void noInputMakesTheBuildThrowAnythingButReportedProblemsOrRenderMalformedPages() throws IOException {
        List<String> seeds = seedTexts();
        long seed0 = Long.getLong("fuzz.seed", 20_241_202L);
        long deadline = System.nanoTime() + Long.getLong("fuzz.seconds", SECONDS) * 1_000_000_000L;
        int rounds = 0;
        int refused = 0;
        while (rounds < MIN_ROUNDS || System.nanoTime() < deadline) {
            long seed = seed0 + rounds;
            Archive archive = randomArchive(new Random(seed), temp.resolve("r" + rounds), seeds);
            try {
                List<RenderedPage> pages = new SiteBuilder(SiteConfig.defaults(), archive.paths()).render().pages();
                for (RenderedPage page : pages) {
                    checkWellFormed(page, seed);
                }
            } catch (ProblemsFound e) {
                refused++;
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError("round with seed " + seed + " (replay with -Dfuzz.seed=" + seed + " -Dfuzz.seconds=0) threw "
                        + e + "; inputs in " + archive.content(), e);
            }
            rounds++;
        }
        System.out.printf("FuzzBuildTest: %d rounds, %d refused with problems, %d rendered%n", rounds, refused, rounds - refused);
        assertThat(rounds).isGreaterThanOrEqualTo(MIN_ROUNDS);
    }

    private static void checkWellFormed(RenderedPage page, long seed) {
        String name = page.path().toString();
        if (name.endsWith(".xml")) {
            try {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                factory.newDocumentBuilder().parse(new ByteArrayInputStream(page.bytes()));
            } catch (Exception e) {
                fail("seed " + seed + ": " + name + " is not well-formed XML: " + e.getMessage());
            }
        } else if (name.endsWith(".html") || name.endsWith("/")) {
            String html = new String(page.bytes(), StandardCharsets.UTF_8);
            assertThat(html).as("seed %d: %s", seed, name).startsWith("<!DOCTYPE html>").contains("</html>");
            assertThat(html.chars().filter(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r'))
                    .as("seed %d: control characters in %s", seed, name).isEmpty();
            Document document = Jsoup.parse(html);
            for (Element link : document.select("[href], [src]")) {
                String target = (link.attr("href") + link.attr("src")).strip().toLowerCase(java.util.Locale.ROOT);
                assertThat(target).as("seed %d: %s links %s", seed, name, target).doesNotStartWith("javascript:");
            }
            for (Element script : document.select("script")) {
                assertThat(script.html()).as("seed %d: %s runs content", seed, name).doesNotContain("alert(1)");
            }
        }
    }

    private static Archive randomArchive(Random random, Path root, List<String> seeds) {
        Archive archive = Archive.in(root);
        int articles = 1 + random.nextInt(4);
        for (int i = 0; i < articles; i++) {
            String id = "a" + i;
            switch (random.nextInt(4)) {
                case 0 -> archive.article(id + ".md", frontMatter(random) + markdown(random));
                case 1 -> archive.article(id + ".md", mutated(random, seeds.get(random.nextInt(seeds.size()))));
                case 2 -> archive.article(id + ".txt", mutated(random, seeds.get(random.nextInt(seeds.size()))));
                default -> {
                    archive.article(id + ".txt", markdown(random));
                    archive.article(id + ".yml", frontMatter(random).replace("---\n", ""));
                }
            }
        }
        if (random.nextInt(3) == 0) {
            archive.entity("e.md", entity(random));
        }
        return archive;
    }

    private static String frontMatter(Random random) {
        StringBuilder yaml = new StringBuilder(random.nextInt(8) == 0 ? "--- \n" : "---\n");
        int fields = random.nextInt(7);
        for (int i = 0; i < fields; i++) {
            yaml.append(pick(random, KEYS)).append(": ").append(pick(random, VALUES)).append('\n');
        }
        return yaml.append(random.nextInt(10) == 0 ? "" : "---\n").toString();
    }

    private static String markdown(Random random) {
        StringBuilder text = new StringBuilder();
        int tokens = random.nextInt(120);
        for (int i = 0; i < tokens; i++) {
            String token = pick(random, TOKENS);
            text.append(random.nextInt(20) == 0 ? token.repeat(1 + random.nextInt(300)) : token);
            if (random.nextBoolean()) {
                text.append(' ').append(pick(random, new String[] {"the", "army", "Homs", "Reuters", "officials", "and"}));
            }
        }
        return text.toString();
    }

    private static String mutated(Random random, String seed) {
        StringBuilder text = new StringBuilder(seed);
        int mutations = 1 + random.nextInt(12);
        for (int i = 0; i < mutations && text.length() > 0; i++) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(4)) {
                case 0 -> text.insert(at, pick(random, TOKENS));
                case 1 -> text.delete(at, Math.min(text.length(), at + random.nextInt(200)));
                case 2 -> text.setCharAt(at, (char) random.nextInt(0x3000));
                default -> text.insert(at, text.substring(at, Math.min(text.length(), at + random.nextInt(400))));
            }
        }
        return text.toString();
    }

    private static String entity(Random random) {
        StringBuilder yaml = new StringBuilder("---\n");
        int fields = random.nextInt(6);
        for (int i = 0; i < fields; i++) {
            yaml.append(pick(random, ENTITY_KEYS)).append(": ").append(pick(random, ENTITY_VALUES)).append('\n');
        }
        return yaml.append("---\n").append(markdown(random)).toString();
    }

    private static String pick(Random random, String[] options) {
        return options[random.nextInt(options.length)];
    }

    private static List<String> seedTexts() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(TestPaths.seedContent().resolve("articles"))) {
            for (Path file : files.sorted().toList()) {
                texts.add(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        texts.add("---\ntitle: Rebels enter Homs\ndate: 2024-12-02\nsource: Reuters\n---\n\"We are leaving,\" said Ahmed Hassan.\n");
        return texts;
    }
}
