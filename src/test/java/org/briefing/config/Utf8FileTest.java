package org.briefing.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import org.briefing.problems.Problem;
import org.briefing.problems.ProblemsFound;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Utf8FileTest {

    @TempDir
    Path folder;

    private Path fileWith(String hex) throws IOException {
        return Files.write(folder.resolve("x.txt"), HexFormat.of().parseHex(hex));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # bytes (hex)               | text
            48690a                      | 'Hi\n'
            efbbbf4869                  | Hi
            436166c3a9                  | Café
            e2809c71756f7465e2809d      | “quote”
            ''                          | ''
            """)
    void readsUtf8AndDropsItsByteOrderMark(String hex, String text) throws IOException {
        assertThat(Utf8File.read(fileWith(hex), "x.txt", 100)).isEqualTo(text.translateEscapes());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # what                      | bytes (hex)                 | line | message starts with
            Latin-1 é                   | 436166e90a                  | 1    | is not UTF-8 text (byte 0xE9 in column 4); it may be Windows-1252 or Latin-1.
            Windows-1252 quote, line 2  | 6f6b0a93686993              | 2    | is not UTF-8 text (byte 0x93 in column 1)
            UTF-8 cut in the middle     | 6f6b0a436166c3              | 2    | is not UTF-8 text
            UTF-16 little-endian        | fffe48006900                | 1    | is UTF-16 text; only UTF-8 is read.
            UTF-16 big-endian           | feff00480069                | 1    | is UTF-16 text; only UTF-8 is read.
            UTF-16 without a mark       | 480069000a00                | 1    | is not UTF-8 text (a zero byte in column 2); it may be UTF-16 text
            a binary file               | 4869210a0a00ff10            | 3    | is not UTF-8 text (a zero byte in column 1)
            """)
    void rejectsTextThatIsNotUtf8NamingTheLine(String what, String hex, int line, String message) throws IOException {
        Path file = fileWith(hex);
        assertThatThrownBy(() -> Utf8File.read(file, "content/articles/x.txt", 100))
                .isInstanceOfSatisfying(ProblemsFound.class, e -> assertThat(e.problems()).singleElement().satisfies(problem -> {
                    assertThat(problem.file()).isEqualTo("content/articles/x.txt");
                    assertThat(problem.line()).isEqualTo(line);
                    assertThat(problem.message()).startsWith(message);
                    assertThat(problem.fix()).isNotEmpty();
                }));
    }

    @Test
    void refusesFilesLargerThanTheLimitBeforeReadingThem() throws IOException {
        Path file = Files.writeString(folder.resolve("big.txt"), "x".repeat(2_000_001), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Utf8File.read(file, "big.txt", 1_000_000))
                .isInstanceOfSatisfying(ProblemsFound.class, e -> assertThat(e.problems()).extracting(Problem::message)
                        .containsExactly("is 2.0 MB; files larger than 1.0 MB are not read."));
    }

    @Test
    void namesAFileThatCannotBeRead() {
        assertThatThrownBy(() -> Utf8File.read(folder.resolve("missing.txt"), "missing.txt", 100))
                .isInstanceOfSatisfying(ProblemsFound.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(problem -> assertThat(problem.message()).startsWith("cannot be read")));
    }
}
