package org.briefing.sitemodel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeadingOutlineTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            <p>No headings, &apos;quoted&apos;.</p>                | <p>No headings, &apos;quoted&apos;.</p>
            <h3>Reaction</h3><p>Text</p>                           | <h2>Reaction</h2><p>Text</p>
            <h4>A</h4><h2>B</h2><h6>C</h6>                          | <h2>A</h2><h2>B</h2><h3>C</h3>
            <h4>A</h4><h5>A.1</h5><h3>B</h3>                        | <h2>A</h2><h3>A.1</h3><h2>B</h2>
            <h2>A</h2><h3>A.1</h3><h4>A.1.1</h4><h3>A.2</h3>        | <h2>A</h2><h3>A.1</h3><h4>A.1.1</h4><h3>A.2</h3>
            <h3 id="x">A</h3><p>&lt;h1&gt; in text</p><hr>          | <h2 id="x">A</h2><p>&lt;h1&gt; in text</p><hr>
            """)
    void nestsBodyHeadingsUnderThePageTitleWithoutSkippingALevel(String body, String expected) {
        assertThat(HeadingOutline.nestUnderTitle(body)).isEqualTo(expected);
    }
}
