package org.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ConsoleProgressTest {

    @Test
    void printsNothingInALogForAShortStage() {
        StringWriter text = new StringWriter();
        ConsoleProgress progress = new ConsoleProgress(new PrintWriter(text), false, ConsoleProgress.WORTH_A_LINE_NANOS);
        progress.run("clean", 5, () -> "done");
        assertThat(text.toString()).isEmpty();
    }

    @Test
    void printsAPlainLineInALogWhenALongStageEnds() throws InterruptedException {
        StringWriter text = new StringWriter();
        ConsoleProgress progress = new ConsoleProgress(new PrintWriter(text), false, 20_000_000);
        progress.begin("render and write", 31_679);
        Thread.sleep(1_050);
        progress.advance(31_679);
        progress.end();
        assertThat(text.toString()).matches("  render and write \\(31,679\\): 1\\.\\d s\\R").doesNotContain("\r");
    }

    @Test
    void redrawsOneLineOnATerminal() {
        StringWriter text = new StringWriter();
        ConsoleProgress progress = new ConsoleProgress(new PrintWriter(text), true, ConsoleProgress.WORTH_A_LINE_NANOS);
        progress.begin("load", 10);
        progress.end();
        assertThat(text.toString()).startsWith("\r\033[Kload 0 / 10…").endsWith("\r\033[K");
    }
}
