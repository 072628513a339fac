package org.briefing.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.briefing.content.Block;
import org.briefing.content.BlockKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitleLineTest {

    private static final List<String> PAGE = List.of("Home", "Sports", "Nadal keeps Spain alive against Russia in Davis Cup Finals",
            "By Jane Writer", "The Impeachment Clock", "Dare to Play 3 / October pack", "‘The Medium is the Message’: the 7th Light Festival");

    private static List<Block> blocks() {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < PAGE.size(); i++) {
            blocks.add(new Block(BlockKind.PARAGRAPH, PAGE.get(i), "<p>x</p>", i + 1, i));
        }
        return blocks;
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
        "Nadal keeps Spain alive against Russia in Davis Cup Finals; 2",
        "NADAL KEEPS SPAIN ALIVE AGAINST RUSSIA IN DAVIS CUP FINALS!; 2",
        "Nadal keeps Spain alive against Russia in Davis Cup Finals - Sportsnet.ca; 2",
        "Sportsnet.ca | Nadal keeps Spain alive against Russia in Davis Cup Finals; 2",
        "The Impeachment Clock | National Review; 4",
        "Dare to Play 3 / October pack – Vortex Cannon Entertainment; 5",
        "'The Medium is the Message': the 7th Light Festival | Inexhibit; 6",
        // a part of the title without a separator before the rest is no headline line
        "Nadal keeps Spain alive against Russia in Davis Cup Finals and more; -1",
        // what is left once a long part is taken away is no site name
        "The Impeachment Clock | A long essay on what the hearings have shown so far; -1",
        // a two-word remainder is too short to be taken for the headline
        "Sports - Home; -1",
        "Rebels enter Aleppo; -1"
    })
    void findsTheHeadlinesLineWithOrWithoutTheSitesName(String title, int line) {
        assertThat(TitleLine.find(blocks(), title)).isEqualTo(line);
    }
}
