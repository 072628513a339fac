package org.briefing.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefing.cleaning.CleanArticle;
import org.briefing.cleaning.Cleaner;
import org.briefing.config.BuildPaths;
import org.briefing.config.SiteConfig;
import org.briefing.config.YamlDocument;
import org.briefing.content.Article;
import org.briefing.content.ArticleId;
import org.briefing.content.ContentLoader;
import org.briefing.content.FrontMatter;
import org.briefing.content.HtmlPageReader;
import org.briefing.content.SavedPage;
import org.briefing.content.SourceFormat;
import org.briefing.content.TextShape;
import org.briefing.problems.Problem;
import org.briefing.problems.ProblemsFound;

/**
 * Measures article extraction on a corpus laid out as the article-extraction benchmark's copy:
 * {@code html/ID.html} saved pages, {@code articles/ID.txt} whole-page pastes with an
 * {@code ID.yml} sidecar ({@code url}, {@code title}), and {@code gold.json} with each page's
 * article {@code body} and whether it is {@code english}. Pages are read exactly as a build reads
 * them (loaded, then cleaned). Every third page in id order (the third, sixth, …) is the held-out
 * part, so figures tuned on the rest can be checked on pages never looked at.
 */
final class ExtractionEvaluation {

    /** Which pages a figure covers. */
    enum Part { TUNING, HELD_OUT }

    /** One part's figures for one kind of input. */
    static final class Figures {
        final ExtractionScore body = new ExtractionScore();
        int headlines;
        int headlinesRight;
        int datesFound;
        int urlDates;
        int urlDatesRight;
        /** Pages whose update date, section and language reached the cleaned article. */
        int updatesFound;
        int sectionsFound;
        int languagesFound;
        /** Of those, the languages that agree with the gold's word on whether the page is English. */
        int languagesRight;
        final List<String> errors = new ArrayList<>();

        String describe() {
            String text = body.describe() + String.format(Locale.ROOT, "  headline right %.1f %%", 100.0 * headlinesRight / Math.max(1, headlines));
            if (headlines > 0) {
                text += String.format(Locale.ROOT, "  date found %.1f %%", 100.0 * datesFound / headlines);
            }
            if (urlDates > 0) {
                text += String.format(Locale.ROOT, "  date = address's date %d/%d", urlDatesRight, urlDates);
            }
            if (updatesFound + sectionsFound + languagesFound > 0) {
                text += String.format(Locale.ROOT, "  updated %.1f %%  section %.1f %%  language %.1f %% (%d/%d agree with the gold)",
                        100.0 * updatesFound / headlines, 100.0 * sectionsFound / headlines, 100.0 * languagesFound / headlines,
                        languagesRight, languagesFound);
            }
            return text;
        }
    }

    record Gold(String id, String body, boolean english, String url, String title, Part part) {
    }

    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d\\d)[/-](\\d\\d)[/-](\\d\\d)(?:/|-|$)");
    private static final Pattern SITE_SUFFIX = Pattern.compile("\\s+[|\\-–—:»]\\s+[^|\\-–—]{2,40}$");

    private final Path corpus;
    private final List<Gold> gold;

    ExtractionEvaluation(Path corpus) {
        this.corpus = corpus;
        this.gold = readGold(corpus);
    }

    List<Gold> gold() {
        return gold;
    }

    /** The saved pages' figures, English pages only, by part. */
    Map<Part, Figures> savedPages(boolean englishOnly) {
        Map<Part, Figures> figures = emptyFigures();
        HtmlPageReader reader = new HtmlPageReader(ZoneOffset.UTC);
        Cleaner cleaner = new Cleaner();
        for (Gold page : gold) {
            if (englishOnly && !page.english()) {
                continue;
            }
            Path file = corpus.resolve("html").resolve(page.id() + ".html");
            Figures part = figures.get(page.part());
            try {
                SavedPage saved = reader.read(file, "html/" + page.id() + ".html");
                CleanArticle clean = cleaner.clean(new Article(new ArticleId(page.id()), "html/" + page.id() + ".html",
                        SourceFormat.HTML, saved.facts().under(FrontMatter.EMPTY), saved.body()));
                score(part, page, clean.text(), clean.title(), clean.date().map(d -> d.date()));
                countFacts(part, page, clean);
            } catch (ProblemsFound e) {
                score(part, page, "", Optional.empty(), Optional.empty());
                part.errors.add(page.id() + ": " + e.problems().stream().map(Problem::describe).toList());
            }
        }
        return figures;
    }

    /** The pasted texts' figures: each {@code .txt} with its sidecar, loaded and cleaned as in a build. */
    Map<Part, Figures> pastes(boolean englishOnly) {
        Map<Part, Figures> figures = emptyFigures();
        Map<String, CleanArticle> cleaned = new TreeMap<>();
        Path content = copyPastes();
        try {
            BuildPaths paths = new BuildPaths(content, Path.of("templates"), content.resolveSibling("site"));
            for (CleanArticle article : new Cleaner().cleanAll(new ContentLoader(SiteConfig.defaults()).loadArticles(paths).articles())) {
                cleaned.put(article.id().value(), article);
            }
        } finally {
            deleteTree(content.getParent());
        }
        for (Gold page : gold) {
            if (englishOnly && !page.english()) {
                continue;
            }
            CleanArticle clean = cleaned.get(page.id());
            if (clean != null) {
                countFacts(figures.get(page.part()), page, clean);
            }
            score(figures.get(page.part()), page, clean == null ? "" : clean.text(),
                    clean == null ? Optional.empty() : clean.title(), clean == null ? Optional.empty() : clean.date().map(d -> d.date()));
        }
        return figures;
    }

    /** How often the page facts the gold does not give are found; a language is checked against the gold's English flag. */
    private static void countFacts(Figures part, Gold page, CleanArticle clean) {
        part.updatesFound += clean.updated().isPresent() ? 1 : 0;
        part.sectionsFound += clean.section().isPresent() ? 1 : 0;
        clean.language().ifPresent(tag -> {
            part.languagesFound++;
            part.languagesRight += tag.language().equals("en") == page.english() ? 1 : 0;
        });
    }

    private void score(Figures part, Gold page, String text, Optional<String> title, Optional<LocalDate> date) {
        ExtractionScore.Page scored = part.body.add(page.id(), text, page.body());
        part.headlines++;
        boolean headlineRight = title.isPresent() && sameHeadline(title.get(), page.title());
        if (headlineRight) {
            part.headlinesRight++;
        }
        date.ifPresent(d -> part.datesFound++);
        Matcher urlDate = URL_DATE.matcher(page.url());
        if (urlDate.find()) {
            part.urlDates++;
            LocalDate stated = LocalDate.of(Integer.parseInt(urlDate.group(1)), Integer.parseInt(urlDate.group(2)), Integer.parseInt(urlDate.group(3)));
            // An address's date is the day the path was made; the published date may be the next day in another zone.
            if (date.isPresent() && Math.abs(date.get().toEpochDay() - stated.toEpochDay()) <= 1) {
                part.urlDatesRight++;
            }
        }
        if (scored.f1() < 0.9 || !headlineRight) {
            part.errors.add(String.format(Locale.ROOT, "%s  P %.2f R %.2f%s", page.id(), scored.precision(), scored.recall(),
                    headlineRight ? "" : "  headline " + title.map(t -> "`" + t + "`").orElse("missing") + " ≠ `" + page.title() + "`"));
        }
    }

    /** The same headline, allowing for a site name after a bar or dash on either side. */
    static boolean sameHeadline(String found, String expected) {
        String a = TextShape.comparisonKey(found);
        String b = TextShape.comparisonKey(expected);
        return a.equals(b) || a.equals(TextShape.comparisonKey(SITE_SUFFIX.matcher(expected).replaceFirst("")))
                || b.equals(TextShape.comparisonKey(SITE_SUFFIX.matcher(found).replaceFirst("")));
    }

    private static Map<Part, Figures> emptyFigures() {
        Map<Part, Figures> figures = new LinkedHashMap<>();
        figures.put(Part.TUNING, new Figures());
        figures.put(Part.HELD_OUT, new Figures());
        return figures;
    }

    private Path copyPastes() {
        try {
            Path root = Files.createTempDirectory("briefing-eval-extraction");
            Path articles = Files.createDirectories(root.resolve("content").resolve(ContentLoader.ARTICLES_FOLDER));
            for (Gold page : gold) {
                for (String extension : List.of(".txt", ".yml")) {
                    Path from = corpus.resolve("articles").resolve(page.id() + extension);
                    if (Files.isRegularFile(from)) {
                        Files.copy(from, articles.resolve(page.id() + extension));
                    }
                }
            }
            return root.resolve("content");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) {
        try (var walk = Files.walk(root)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }

    private static List<Gold> readGold(Path corpus) {
        Path file = corpus.resolve("gold.json");
        JsonNode root;
        try {
            root = JsonMapper.builder().build().readTree(file.toFile());
        } catch (IOException e) {
            throw ProblemsFound.of(Problem.error(file.toString(), 0, "cannot be read as JSON: " + e.getMessage(),
                    "Give the corpus folder that holds gold.json, html/ and articles/."));
        }
        JsonNode articles = root.path("articles");
        if (!articles.isObject()) {
            throw ProblemsFound.of(Problem.error(file.toString(), 0, "has no `articles` object.",
                    "Give it the form {\"articles\": {\"ID\": {\"body\": \"…\", \"english\": true, \"url\": \"…\"}}}."));
        }
        List<String> ids = new ArrayList<>();
        articles.fieldNames().forEachRemaining(ids::add);
        ids.sort(null);
        List<Gold> gold = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            JsonNode page = articles.get(ids.get(i));
            gold.add(new Gold(ids.get(i), page.path("body").asText(""), page.path("english").asBoolean(true),
                    page.path("url").asText(""), titleOf(corpus, ids.get(i)), i % 3 == 2 ? Part.HELD_OUT : Part.TUNING));
        }
        return gold;
    }

    private static String titleOf(Path corpus, String id) {
        Path sidecar = corpus.resolve("articles").resolve(id + ".yml");
        if (!Files.isRegularFile(sidecar)) {
            return "";
        }
        try {
            return YamlDocument.parse(Files.readString(sidecar), sidecar.toString(), 1).text("title").orElse("");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
