package org.briefing.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.briefing.analysis.text.Slugs;
import org.briefing.content.ContentLoader;
import org.briefing.content.WebAddress;
import org.briefing.problems.Problem;
import org.briefing.problems.ProblemsFound;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Starts a new Markdown article with its front matter filled in. Never overwrites: if the file
 * exists, it says so and stops.
 */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Create content/articles/DATE-TITLE.md with front matter, ready for the article's text.")
final class NewCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "TITLE", description = "The article's headline.")
    String title;

    @Option(names = "--source", paramLabel = "OUTLET", description = "The outlet that published it.")
    String source;

    @Option(names = "--url", paramLabel = "URL", converter = WebAddressConverter.class,
            description = "The original's address (http or https).")
    String url;

    @Option(names = "--date", paramLabel = "DATE", description = "Publication date, e.g. 2024-12-02 (default: today).")
    LocalDate date;

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "The archive folder (default: ${DEFAULT-VALUE}).")
    Path content;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        LocalDate day = date == null ? LocalDate.now() : date;
        Path folder = content.resolve(ContentLoader.ARTICLES_FOLDER);
        Path file = folder.resolve(day + "-" + Slugs.slugify(title, "article") + ".md");
        StringBuilder text = new StringBuilder("---\n");
        text.append("title: ").append(quoted(title)).append('\n');
        if (source != null) {
            text.append("source: ").append(quoted(source)).append('\n');
        }
        if (url != null) {
            text.append("url: ").append(quoted(url)).append('\n');
        }
        text.append("date: ").append(day).append('\n');
        text.append("---\n\n");
        Files.createDirectories(folder);
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw ProblemsFound.of(Problem.error(file.toString(), 0, "already exists; it was left as it is.",
                    "Choose another title, or edit that file."));
        }
        spec.commandLine().getOut().println("Created " + file + ". Paste the article's text below its front matter.");
        return ExitCodes.OK;
    }

    /** Refuses an address the build would refuse, before the file is written. */
    static final class WebAddressConverter implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            return WebAddress.parse(value).orElseThrow(() -> new TypeConversionException(
                    "`" + value + "` is not a web address; give the original's full address, starting with https:// or http://"));
        }
    }

    /** A YAML double-quoted string, so titles with colons or quotes stay one value. */
    private static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
