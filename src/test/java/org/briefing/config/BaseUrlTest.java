package org.briefing.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BaseUrlTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # written                        | value                           | path        | link to stories/x/
            briefing                         | /briefing/                      | /briefing/  | /briefing/stories/x/
            '  /briefing  '                  | /briefing/                      | /briefing/  | /briefing/stories/x/
            /                                | /                               | /           | /stories/x/
            ''                               | /                               | /           | /stories/x/
            https://example.org              | https://example.org/            | /           | /stories/x/
            https://example.org/briefing     | https://example.org/briefing/   | /briefing/  | /briefing/stories/x/
            """)
    void normalisesPathsAndAddresses(String written, String value, String path, String link) {
        BaseUrl base = BaseUrl.parse(written);
        assertThat(base.value()).isEqualTo(value);
        assertThat(base.path()).isEqualTo(path);
        assertThat(base.link("stories/x/")).isEqualTo(link);
        assertThat(base.absolute("stories/x/")).isEqualTo(value + "stories/x/");
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example", "///evil.example", "///x///", "/a%2e%2e/", "/a\u0001/", "https://evil.example//x/",
            "https://user@evil.example/", "../briefing", "/a/../b", "/a b/", "/a?b", "/a#b", "C:\\site", "ftp://example.org/",
            "javascript:alert(1)", "https://example.org/?q=1", "https://example.org/#top", "https:///nohost"})
    void rejectsAnythingButAPathOrAnHttpAddress(String written) {
        assertThatIllegalArgumentException().isThrownBy(() -> BaseUrl.parse(written)).withMessageContaining("`" + written + "`");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/stories/x/", "/"})
    void refusesSitePathsThatStartWithASlash(String sitePath) {
        assertThatIllegalArgumentException().isThrownBy(() -> BaseUrl.ROOT.link(sitePath));
    }
}
