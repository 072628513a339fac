package org.briefing.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.briefing.TestPaths;

/**
 * {@code src/test/resources/search/terms.tsv}: words and the terms they must give, read by
 * {@link SearchTermsTest} for the Java side and by the browser test for search.js, so the build
 * and the query make the same terms.
 */
public final class SearchTermsTable {

    static final Path TABLE = TestPaths.projectRoot().resolve("src/test/resources/search/terms.tsv");

    private SearchTermsTable() {
    }

    /** Each row: the input, and its tokens as {@link #written} writes them. */
    public static List<String[]> rows() {
        try (Stream<String> lines = Files.lines(TABLE, StandardCharsets.UTF_8)) {
            return lines.filter(line -> !line.startsWith("#") && !line.isBlank()).map(line -> line.split("\t", 2)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Tokens as the table writes them: "turkiy (the) assad", stop words in brackets. */
    static String written(List<SearchTerms.Token> tokens) {
        return tokens.stream().map(t -> t.stop() ? "(" + t.term() + ")" : t.term()).collect(Collectors.joining(" "));
    }
}
