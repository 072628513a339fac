package org.briefing.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.briefing.config.BuildPaths;
import org.briefing.config.SiteConfig;
import org.briefing.config.Utf8File;
import org.briefing.config.YamlDocument;
import org.briefing.problems.Problem;
import org.briefing.problems.ProblemsFound;
import org.briefing.problems.Severity;

/**
 * Loads every article under {@code content/articles/}: {@code .md} files with optional front
 * matter, {@code .txt} files and saved web pages ({@code .html}) with an optional {@code NAME.yml}
 * sidecar. Files are read in
 * parallel; the result is sorted by id, so it never depends on thread timing or directory order.
 *
 * <p>Every problem in every file is collected before the load stops: a bad date in one file and an
 * empty file elsewhere are reported together. Drafts are left out unless the config includes them.
 *
 * <pre>{@code
 * LoadedArchive archive = new ContentLoader(config).loadArticles(paths);
 * }</pre>
 */
public final class ContentLoader {

    public static final String ARTICLES_FOLDER = "articles";

    /** Larger files are almost surely not one article (a dump, a binary); they are refused. */
    static final long MAX_ARTICLE_BYTES = 5_000_000;

    private final SiteConfig config;
    private final MarkdownReader markdownReader;
    private final RawTextReader rawTextReader = new RawTextReader();
    private final FrontMatterSplitter splitter = new FrontMatterSplitter();
    private final FrontMatterReader frontMatterReader;
    private final ReadCache cache;
    private final HtmlPageReader htmlPageReader;

    public ContentLoader(SiteConfig config) {
        this(config, ReadCache.NONE);
    }

    /** A loader that reads again only the articles {@code cache} does not remember. */
    public ContentLoader(SiteConfig config, ReadCache cache) {
        this.config = config;
        this.cache = cache;
        this.markdownReader = new MarkdownReader(config.markdownExtensions(), new HtmlSanitizer());
        this.frontMatterReader = new FrontMatterReader(config.timeZone());
        this.htmlPageReader = new HtmlPageReader(config.timeZone());
    }

    /**
     * @throws ProblemsFound listing every error in every file: missing folder, duplicate ids,
     *                       unreadable or non-UTF-8 files, empty files, bad front matter
     */
    public LoadedArchive loadArticles(BuildPaths paths) {
        Path folder = paths.content().resolve(ARTICLES_FOLDER);
        if (!Files.isDirectory(folder)) {
            throw ProblemsFound.of(Problem.error(paths.display(folder), 0, "The articles folder does not exist.",
                    "Create it and put articles in it as .md, .txt or .html files."));
        }
        List<Problem> problems = new ArrayList<>();
        Map<String, List<Path>> filesById = new LinkedHashMap<>();
        List<Path> sidecars = new ArrayList<>();
        for (Path file : new ContentWalker(paths).files(folder, Integer.MAX_VALUE, problems)) {
            String name = file.getFileName().toString();
            String extension = extensionOf(name);
            Optional<String> badName = ContentWalker.whyNotAnId(stemOf(name));
            if (badName.isPresent() && !extension.equals("yml") && !extension.equals("yaml")) {
                problems.add(Problem.error(paths.display(file), 0, "has a name that cannot be an article id: " + badName.get() + ".",
                        "Rename it to letters, digits, `-` and `_`, e.g. `2024-12-02-homs.md`."));
                continue;
            }
            switch (extension) {
                case "md", "markdown", "txt", "html", "htm" -> filesById.computeIfAbsent(stemOf(name), id -> new ArrayList<>()).add(file);
                case "yml", "yaml" -> sidecars.add(file);
                default -> problems.add(Problem.warning(paths.display(file), 0,
                        "is not an article (.md, .txt or .html) and is ignored.", ""));
            }
        }
        filesById.forEach((id, files) -> {
            for (Path duplicate : files.subList(1, files.size())) {
                problems.add(Problem.error(paths.display(duplicate), 0,
                        "has the article id `" + id + "`, which " + paths.display(files.get(0)) + " already uses.",
                        "Rename one of them: an id is the file name without its extension and must be unique."));
            }
        });
        for (Path sidecar : sidecars) {
            Path text = sidecar.resolveSibling(stemOf(sidecar.getFileName().toString()) + ".txt");
            Path yml = sidecar.resolveSibling(stemOf(sidecar.getFileName().toString()) + ".yml");
            if (sidecar.getFileName().toString().endsWith(".yaml") && Files.isRegularFile(yml)) {
                problems.add(Problem.warning(paths.display(sidecar), 0, "is a second sidecar beside " + yml.getFileName()
                        + "; only " + yml.getFileName() + " is read.", "Merge the two into " + yml.getFileName() + "."));
            } else if (!Files.isRegularFile(text)
                    && !Files.isRegularFile(sidecar.resolveSibling(stemOf(sidecar.getFileName().toString()) + ".html"))) {
                problems.add(Problem.warning(paths.display(sidecar), 0,
                        "is a sidecar file, but there is no " + text.getFileName() + " or "
                                + stemOf(sidecar.getFileName().toString()) + ".html next to it; it is ignored.",
                        "Name it after the .txt or .html article it describes (NAME.yml next to NAME.txt)."));
            }
        }
        List<FileResult> results = filesById.values().stream()
                .filter(files -> files.size() == 1)
                .map(files -> files.get(0))
                .toList()
                .parallelStream()
                .map(file -> loadRemembered(file, paths))
                .toList();
        List<Article> articles = new ArrayList<>();
        for (FileResult result : results) {
            boolean bad = result.problems().stream().anyMatch(problem -> problem.severity() == Severity.ERROR);
            if (bad && config.skipBadArticles()) {
                // Asked for: the build goes on without the file, and says so for each error.
                result.problems().stream().map(ContentLoader::skipped).forEach(problems::add);
                continue;
            }
            problems.addAll(result.problems());
            result.article().filter(article -> config.includeDrafts() || !article.declared().draft()).ifPresent(articles::add);
        }
        ProblemsFound.throwIfErrors(problems);
        articles.sort(Comparator.comparing(Article::id));
        return new LoadedArchive(articles, problems);
    }

    private static Problem skipped(Problem problem) {
        return problem.severity() != Severity.ERROR ? problem
                : Problem.warning(problem.file(), problem.line(), problem.message() + " The site is built without this article.", problem.fix());
    }

    private record FileResult(Optional<Article> article, List<Problem> problems) {
    }

    /**
     * Reads an article unless the cache remembers it. The key is a hash of everything reading
     * depends on: the file's name and bytes, its sidecar's, and the settings that shape reading.
     */
    private FileResult loadRemembered(Path file, BuildPaths paths) {
        Optional<String> key = cacheKey(file, paths);
        Optional<ReadCache.Read> remembered = key.flatMap(cache::find);
        if (remembered.isPresent()) {
            return new FileResult(Optional.of(remembered.get().article()), remembered.get().warnings());
        }
        FileResult result = loadOne(file, paths);
        if (key.isPresent() && result.article().isPresent()
                && result.problems().stream().noneMatch(p -> p.severity() == Severity.ERROR)) {
            cache.keep(key.get(), new ReadCache.Read(result.article().get(), result.problems()));
        }
        return result;
    }

    private Optional<String> cacheKey(Path file, BuildPaths paths) {
        if (cache == ReadCache.NONE) {
            return Optional.empty();
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            update(digest, cache.settings());
            update(digest, config.timeZone().getId());
            update(digest, new java.util.TreeSet<>(config.markdownExtensions()).toString());
            for (Path part : new Path[] {file, isMarkdown(file) ? null : findSidecar(file)}) {
                if (part == null) {
                    update(digest, "no sidecar");
                    continue;
                }
                if (Files.size(part) > MAX_ARTICLE_BYTES) {
                    // too large to be read: the loader says so, every time
                    return Optional.empty();
                }
                update(digest, paths.display(part));
                digest.update(Files.readAllBytes(part));
            }
            return Optional.of(HexFormat.of().formatHex(digest.digest()));
        } catch (IOException | NoSuchAlgorithmException e) {
            return Optional.empty();
        }
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    private FileResult loadOne(Path file, BuildPaths paths) {
        String shown = paths.display(file);
        try {
            if (extensionOf(file.getFileName().toString()).startsWith("htm")) {
                return loadSavedPage(file, shown, paths);
            }
            List<Problem> warnings = new ArrayList<>();
            String text = ControlCharacters.removeFrom(Utf8File.read(file, shown, MAX_ARTICLE_BYTES), shown, warnings);
            ArticleId id = new ArticleId(stemOf(file.getFileName().toString()));
            boolean markdown = !extensionOf(file.getFileName().toString()).equals("txt");
            Article article;
            if (markdown) {
                FrontMatterSplitter.Split split = splitter.split(text, shown);
                FrontMatter declared = FrontMatter.EMPTY;
                if (split.yaml().isPresent()) {
                    FrontMatterReader.Result result = frontMatterReader.read(
                            YamlDocument.parse(split.yaml().get(), shown, split.yamlFirstLine()));
                    declared = result.frontMatter();
                    warnings.addAll(result.warnings());
                }
                MarkdownReader.Read body = markdownReader.read(split.body(), split.bodyFirstLine(), shown);
                warnings.addAll(body.removedHtmlWarnings(shown));
                article = new Article(id, shown, SourceFormat.MARKDOWN, declared, body.blocks());
            } else {
                FrontMatter declared = FrontMatter.EMPTY;
                Path sidecar = findSidecar(file);
                if (sidecar != null) {
                    String sidecarShown = paths.display(sidecar);
                    String yaml = ControlCharacters.removeFrom(Utf8File.read(sidecar, sidecarShown, MAX_ARTICLE_BYTES),
                            sidecarShown, warnings);
                    FrontMatterReader.Result result = frontMatterReader.read(YamlDocument.parse(yaml, sidecarShown, 1));
                    declared = result.frontMatter();
                    warnings.addAll(result.warnings());
                }
                article = new Article(id, shown, SourceFormat.TEXT, declared, rawTextReader.read(text));
            }
            if (article.blocks().isEmpty()) {
                return new FileResult(Optional.empty(), List.of(Problem.error(shown, 0,
                        text.isBlank() ? "is empty." : "has front matter but no article text.",
                        "Paste the article's text into it, or delete the file.")));
            }
            return new FileResult(Optional.of(article), warnings);
        } catch (ProblemsFound e) {
            return new FileResult(Optional.empty(), e.problems());
        } catch (StackOverflowError e) {
            // The last resort only: the readers refuse the nesting they know to be deep, with its
            // line, before the parsers recurse (MarkdownDepth, DepthLimitedParser; issue 10, item 6)
            return new FileResult(Optional.empty(), List.of(Problem.error(shown, 0,
                    "is nested too deeply to read (brackets, quotes or lists inside one another hundreds of levels deep).",
                    "Flatten the nesting; articles never need more than a few levels.")));
        }
    }

    /** A saved web page: the article found in it, its facts under what a sidecar declares. */
    private FileResult loadSavedPage(Path file, String shown, BuildPaths paths) {
        List<Problem> warnings = new ArrayList<>();
        FrontMatter declared = FrontMatter.EMPTY;
        Path sidecar = findSidecar(file);
        if (sidecar != null) {
            String sidecarShown = paths.display(sidecar);
            FrontMatterReader.Result result = frontMatterReader.read(
                    YamlDocument.parse(Utf8File.read(sidecar, sidecarShown, MAX_ARTICLE_BYTES), sidecarShown, 1));
            declared = result.frontMatter();
            warnings.addAll(result.warnings());
        }
        SavedPage page = htmlPageReader.read(file, shown);
        ArticleId id = new ArticleId(stemOf(file.getFileName().toString()));
        return new FileResult(Optional.of(new Article(id, shown, SourceFormat.HTML, page.facts().under(declared), page.body())), warnings);
    }

    /** Markdown carries its facts in front matter; raw text and saved pages may have a sidecar. */
    private static boolean isMarkdown(Path file) {
        return List.of("md", "markdown").contains(extensionOf(file.getFileName().toString()));
    }

    private static Path findSidecar(Path textFile) {
        String stem = stemOf(textFile.getFileName().toString());
        for (String extension : List.of(".yml", ".yaml")) {
            Path candidate = textFile.resolveSibling(stem + extension);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static String extensionOf(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String stemOf(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }
}
