package org.briefing.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.briefing.analysis.text.Slugs;
import org.briefing.content.Block;
import org.briefing.content.ContentLoader;
import org.briefing.content.HtmlPageReader;
import org.briefing.content.PageFacts;
import org.briefing.content.SavedPage;
import org.briefing.content.WebAddress;
import org.briefing.problems.Problem;
import org.briefing.problems.ProblemsFound;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Turns saved web pages into articles: {@code content/articles/DATE-SLUG.html} (the page as it
 * was saved) or {@code .md} with front matter and the article's blocks. Every page is read first;
 * if any is bad, nothing is written. An existing file is never overwritten. A web address is
 * fetched only when given as an argument, with a timeout and a size limit.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Turn saved web pages (FILE.html) or, when given explicitly, web addresses into articles in content/articles/.")
final class ImportCommand implements Callable<Integer> {

    /** How the imported article is written. */
    enum Format { HTML, MD }

    static final Duration FETCH_TIMEOUT = Duration.ofSeconds(20);

    @Parameters(paramLabel = "PAGE", arity = "1..*", description = "Saved pages (.html files) or http(s) addresses to fetch.")
    List<String> pages;

    @Option(names = "--as", paramLabel = "FORMAT", defaultValue = "HTML",
            description = "HTML keeps the saved page as it is; MD writes Markdown with front matter (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "The archive folder (default: ${DEFAULT-VALUE}).")
    Path content;

    @Spec
    CommandSpec spec;

    private record Imported(String from, byte[] bytes, SavedPage page, boolean fetched, Path target) {
    }

    @Override
    public Integer call() throws IOException {
        HtmlPageReader reader = new HtmlPageReader(ZoneOffset.UTC);
        Path folder = content.resolve(ContentLoader.ARTICLES_FOLDER);
        List<Problem> problems = new ArrayList<>();
        List<Imported> imported = new ArrayList<>();
        for (String from : pages) {
            try {
                boolean fetched = WebAddress.parse(from).isPresent();
                byte[] bytes = fetched ? fetch(from) : readFile(Path.of(from));
                SavedPage page = reader.read(bytes, from);
                imported.add(new Imported(from, bytes, page, fetched, folder.resolve(nameFor(page.facts()))));
            } catch (ProblemsFound e) {
                problems.addAll(e.problems());
            }
        }
        for (Imported one : imported) {
            if (Files.exists(one.target()) || imported.stream().filter(other -> other.target().equals(one.target())).count() > 1) {
                problems.add(Problem.error(one.target().toString(), 0, "already exists (or two pages would both be written there); "
                        + one.from() + " was not imported.", "Rename or move the existing file, or import the pages one at a time."));
            }
        }
        ProblemsFound.throwIfErrors(problems);
        Files.createDirectories(folder);
        PrintWriter out = spec.commandLine().getOut();
        for (Imported one : imported) {
            write(one);
            out.println("Imported " + one.from() + " as " + one.target() + ".");
            out.println(inferred(one.page().facts()));
        }
        out.flush();
        return ExitCodes.OK;
    }

    private String nameFor(PageFacts facts) {
        String day = facts.published().map(date -> date.date().toString()).orElse(LocalDate.now(ZoneOffset.UTC).toString());
        return day + "-" + Slugs.slugify(facts.headline().orElse("article"), "article") + (format == Format.HTML ? ".html" : ".md");
    }

    private void write(Imported one) throws IOException {
        byte[] bytes = format == Format.HTML ? one.bytes() : markdown(one.page()).getBytes(StandardCharsets.UTF_8);
        try {
            Files.write(one.target(), bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw ProblemsFound.of(Problem.error(one.target().toString(), 0, "already exists; it was left as it is.",
                    "Rename or move the existing file, then import again."));
        }
        // A fetched page that names no address of its own still has one: the address it came from.
        if (format == Format.HTML && one.fetched() && one.page().facts().canonical().isEmpty()) {
            Path sidecar = one.target().resolveSibling(one.target().getFileName().toString().replaceFirst("\\.html$", ".yml"));
            Files.writeString(sidecar, "url: " + quoted(one.from()) + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        }
    }

    private static String markdown(SavedPage page) {
        PageFacts facts = page.facts();
        StringBuilder text = new StringBuilder("---\n");
        facts.headline().ifPresent(title -> text.append("title: ").append(quoted(title)).append('\n'));
        facts.outlet().ifPresent(outlet -> text.append("source: ").append(quoted(outlet)).append('\n'));
        facts.canonical().ifPresent(url -> text.append("url: ").append(quoted(url)).append('\n'));
        facts.published().ifPresent(date -> text.append("date: ").append(date.timeKnown() ? date.dateTime() : date.date()).append('\n'));
        facts.updated().ifPresent(date -> text.append("updated: ").append(date.timeKnown() ? date.dateTime() : date.date()).append('\n'));
        if (!facts.authors().isEmpty()) {
            text.append("author: ").append(quoted(String.join(", ", facts.authors()))).append('\n');
        }
        facts.section().ifPresent(section -> text.append("section: ").append(quoted(section)).append('\n'));
        facts.language().ifPresent(language -> text.append("language: ").append(language).append('\n'));
        text.append("---\n\n");
        for (Block block : page.body()) {
            text.append(block.html()).append("\n\n");
        }
        return text.toString();
    }

    /** What the page stated, and what it did not, so the user knows what to add in a sidecar. */
    private static String inferred(PageFacts facts) {
        List<String> found = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        facts.headline().ifPresentOrElse(h -> found.add("headline “" + h + "”"), () -> missing.add("headline"));
        facts.published().ifPresentOrElse(d -> found.add("published " + d.date()), () -> missing.add("date (today's is in the file name)"));
        facts.updated().ifPresent(d -> found.add("updated " + d.date()));
        facts.outlet().ifPresentOrElse(o -> found.add("outlet " + o), () -> missing.add("outlet"));
        if (facts.authors().isEmpty()) {
            missing.add("author");
        } else {
            found.add("by " + String.join(", ", facts.authors()));
        }
        facts.canonical().ifPresentOrElse(u -> found.add("address " + u), () -> missing.add("address"));
        facts.section().ifPresent(section -> found.add("section " + section));
        facts.language().ifPresent(l -> found.add("language " + l));
        return "  read from the page: " + String.join("; ", found)
                + (missing.isEmpty() ? "" : "\n  not stated (add them in a NAME.yml sidecar): " + String.join(", ", missing));
    }

    private static byte[] readFile(Path file) {
        try {
            if (Files.size(file) > HtmlPageReader.MAX_PAGE_BYTES) {
                throw ProblemsFound.of(Problem.error(file.toString(), 0, String.format(Locale.ROOT,
                        "is larger than %.0f MB; it is not one article's page.", HtmlPageReader.MAX_PAGE_BYTES / 1e6),
                        "Save the page again as \"Web Page, HTML only\"."));
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw ProblemsFound.of(Problem.error(file.toString(), 0, "cannot be read: " + e.getMessage() + ".",
                    "Give the path of a saved page, or a web address starting with https://."));
        }
    }

    /** Fetches one page, given explicitly: a timeout, a size limit, and a plain message when offline. */
    static byte[] fetch(String address) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(FETCH_TIMEOUT).followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(address)).timeout(FETCH_TIMEOUT)
                .header("User-Agent", "briefing-import/0.1").GET().build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw ProblemsFound.of(Problem.error(address, 0, "answered HTTP " + response.statusCode() + "; nothing was imported.",
                            "Check the address in a browser, or save the page there and import the file."));
                }
                byte[] bytes = body.readNBytes((int) HtmlPageReader.MAX_PAGE_BYTES + 1);
                if (bytes.length > HtmlPageReader.MAX_PAGE_BYTES) {
                    throw ProblemsFound.of(Problem.error(address, 0, String.format(Locale.ROOT,
                            "is larger than %.0f MB; it was not imported.", HtmlPageReader.MAX_PAGE_BYTES / 1e6),
                            "Save the page from the browser and import the file."));
                }
                return bytes;
            }
        } catch (HttpTimeoutException e) {
            throw ProblemsFound.of(Problem.error(address, 0, "did not answer within " + FETCH_TIMEOUT.toSeconds() + " seconds.",
                    "Check the network connection, or save the page in a browser and import the file."));
        } catch (ConnectException | UnknownHostException e) {
            throw offline(address);
        } catch (IOException e) {
            throw e.getCause() instanceof UnknownHostException || e.getCause() instanceof ConnectException ? offline(address)
                    : ProblemsFound.of(Problem.error(address, 0, "could not be fetched: " + e.getMessage() + ".",
                    "Save the page in a browser and import the file."));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ProblemsFound.of(Problem.error(address, 0, "fetching was interrupted.", ""));
        }
    }

    private static ProblemsFound offline(String address) {
        return ProblemsFound.of(Problem.error(address, 0, "cannot be reached: this computer seems to be offline, or the host does not exist.",
                "Check the network connection, or save the page in a browser and import the file."));
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
