package org.briefing.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import org.briefing.Archive;
import org.briefing.problems.Problem;
import org.briefing.problems.ProblemsFound;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesLoaderTest {

    @TempDir
    Path root;

    private OutletRegistry load(String yaml) {
        return new SourcesLoader().loadOutlets(Archive.in(root).sources(yaml).paths());
    }

    private List<Problem> problemsOf(String yaml) {
        return catchThrowableOfType(() -> load(yaml), ProblemsFound.class).problems();
    }

    @Test
    void readsAnOutletWithEveryField() {
        OutletRegistry registry = load("""
                Al Jazeera:
                  home: https://www.aljazeera.com/
                  country: Qatar
                  owner: Al Jazeera Media Network
                  notes: Funded by the state of Qatar.
                  hosts: [aljazeera.net, WWW.AJE.io]
                  aliases: [AlJazeera]
                """);
        Outlet outlet = registry.outlets().get(0);
        assertThat(outlet.name()).isEqualTo("Al Jazeera");
        assertThat(outlet.homePage()).contains("https://www.aljazeera.com/");
        assertThat(outlet.country()).contains("Qatar");
        assertThat(outlet.owner()).contains("Al Jazeera Media Network");
        assertThat(outlet.notes()).contains("Funded by the state of Qatar.");
        // written hosts are folded; the home page's host is one of them without being repeated
        assertThat(outlet.hosts()).containsExactly("aljazeera.net", "aje.io", "aljazeera.com");
        assertThat(registry.byName("aljazeera")).contains(outlet);
        assertThat(registry.byHost("english.aljazeera.net")).contains(outlet);
        assertThat(registry.byHost("notaljazeera.net")).isEmpty();
    }

    @Test
    void anArchiveWithoutTheFileHasNoOutlets() {
        assertThat(new SourcesLoader().loadOutlets(Archive.in(root).paths()).outlets()).isEmpty();
    }

    @Test
    void namesTheLineOfAnUnknownFieldAndSuggestsTheNearest() {
        List<Problem> problems = problemsOf("BBC News:\n  country: United Kingdom\n  onwer: BBC\n");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("content/sources.yml");
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("`BBC News`", "`onwer`");
            assertThat(p.fix()).contains("owner");
        });
    }

    @Test
    void reportsEveryBadValueAtOnceWithItsLine() {
        List<Problem> problems = problemsOf("""
                Fox News:
                  home: foxnews.com
                Reuters:
                  hosts: [reuters.com, "https://reuters.com/world"]
                Sky:
                  country: [UK, Ireland]
                """);
        assertThat(problems).extracting(Problem::line).containsExactly(2, 4, 6);
        assertThat(problems.get(0).message()).contains("not a web address");
        assertThat(problems.get(1).message()).contains("not a host name");
        assertThat(problems.get(2).message()).contains("`country` must be a single value");
    }

    @Test
    void refusesAHostOrNameThatTwoOutletsClaim() {
        List<Problem> problems = problemsOf("""
                CNN:
                  hosts: [cnn.com]
                CNN International:
                  hosts: [cnn.com]
                  aliases: [cnn]
                """);
        assertThat(problems).hasSize(2).allSatisfy(p -> assertThat(p.line()).isEqualTo(3));
        assertThat(problems).extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).contains("the host `cnn.com`", "as `CNN` has"))
                .anySatisfy(m -> assertThat(m).contains("the name `cnn`"));
    }

    @Test
    void refusesAnOutletWhoseFieldsAreNotAMapping() {
        assertThat(problemsOf("Reuters: a wire service\n")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("`Reuters` must hold indented"));
    }
}
