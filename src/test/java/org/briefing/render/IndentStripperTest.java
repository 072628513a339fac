package org.briefing.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IndentStripperTest {

    @Test
    void dropsIndentationAndBlankLinesButKeepsEachLineBreak() {
        assertThat(IndentStripper.strip("<ul>\n    <li>a</li>\n\n\t<li>b <a href=\"x\">c</a></li>\n</ul>\n"))
                .isEqualTo("<ul>\n<li>a</li>\n<li>b <a href=\"x\">c</a></li>\n</ul>\n");
    }

    @Test
    void keepsSpacesInsideALine() {
        assertThat(IndentStripper.strip("<p>one  two</p>")).isEqualTo("<p>one  two</p>");
    }

    @Test
    void leavesAPageWithPreformattedTextAlone() {
        String page = "<div>\n  <PRE>\n    code\n  </PRE>\n</div>";
        assertThat(IndentStripper.strip(page)).isEqualTo(page);
    }
}
