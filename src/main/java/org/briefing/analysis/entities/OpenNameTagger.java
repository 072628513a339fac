package org.briefing.analysis.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The third reading, across the archive: trains a {@link ContextTagger} on the names the rules
 * settled in every article, then lets it decide the names they left open. What it tags joins each
 * article's names as if a rule had found it.
 */
final class OpenNameTagger {

    private final Gazetteer gazetteer;

    OpenNameTagger(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Each article's names: the rules' and the tagger's, in article order. */
    List<List<Found>> tagOpenNames(List<ArticleReading> readings, ArchiveWords words) {
        ContextTagger tagger = ContextTagger.train(examples(readings, words), words);
        return IntStream.range(0, readings.size()).parallel().mapToObj(i -> {
            ArticleReading reading = readings.get(i);
            List<Found> found = new ArrayList<>(reading.found());
            for (ContextTagger.Sample sample : reading.open()) {
                foundFor(sample, tagger.tag(sample, words)).ifPresent(found::add);
            }
            return List.copyOf(found);
        }).toList();
    }

    /**
     * The rules' tags, and "no name" for each open one-word span the archive also writes in lower
     * case; at most {@link ContextTagger#MAX_EXAMPLES} of each, taken in article order.
     */
    private static List<ContextTagger.Example> examples(List<ArticleReading> readings, ArchiveWords words) {
        List<ContextTagger.Example> named = new ArrayList<>();
        List<ContextTagger.Example> unnamed = new ArrayList<>();
        for (ArticleReading reading : readings) {
            for (ContextTagger.Example example : reading.settled()) {
                if (named.size() < ContextTagger.MAX_EXAMPLES) {
                    named.add(example);
                }
            }
            for (ContextTagger.Sample sample : reading.open()) {
                if (unnamed.size() < ContextTagger.MAX_EXAMPLES && !sample.loneWord().isEmpty()
                        && words.inLowerCase(sample.loneWord())) {
                    unnamed.add(new ContextTagger.Example(sample, ContextTagger.Label.NONE));
                }
            }
        }
        named.addAll(unnamed);
        return named;
    }

    private Optional<Found> foundFor(ContextTagger.Sample sample, ContextTagger.Label label) {
        String text = sample.text();
        return switch (label) {
            case PERSON -> Optional.of(Found.actor(EntityKind.PERSON, text, text, sample.block()));
            case ORGANIZATION -> Optional.of(Found.actor(EntityKind.ORGANIZATION, text, text, sample.block()));
            case PLACE -> Optional.of(Found.place(placeNamed(text), text, sample.block(), true));
            case NONE -> Optional.empty();
        };
    }

    /** The gazetteer's place of that name, or a place of the text's own ("Headingley", "Grace Road"). */
    private GazetteerPlace placeNamed(String text) {
        String key = NameKeys.lookup(text);
        return gazetteer.country(key)
                .or(() -> gazetteer.regions(key).stream().findFirst())
                .or(() -> gazetteer.places(key).stream().findFirst())
                .orElseGet(() -> new GazetteerPlace("place:" + NameKeys.key(text), text, EntityKind.OTHER_PLACE, "", "", 0,
                        Optional.empty()));
    }
}
