package org.briefing.analysis.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The third reading, across the archive: trains a {@link ContextTagger} on the names the rules
 * settled in every article, then lets it decide the names they left open. What it tags joins each
 * article's names as if a rule had found it.
 */
final class OpenNameTagger {

    /**
     * Self-training needs an archive of some size: with fewer names settled than this (about fifty
     * articles' worth) the rules alone decide, as a handful of examples teaches nothing reliable.
     */
    static final int MIN_EXAMPLES = 500;

    private final Gazetteer gazetteer;

    OpenNameTagger(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Each article's names: the rules' and the tagger's, in article order. */
    List<List<Found>> tagOpenNames(List<ArticleReading> readings, ArchiveWords words) {
        List<ContextTagger.Example> examples = examples(readings, words);
        if (examples.stream().filter(e -> e.label() != ContextTagger.Label.NONE).count() < MIN_EXAMPLES) {
            return readings.stream().map(ArticleReading::found).toList();
        }
        ContextTagger tagger = ContextTagger.train(examples, words);
        Set<String> surnames = surnames(readings);
        return IntStream.range(0, readings.size()).parallel().mapToObj(i -> {
            ArticleReading reading = readings.get(i);
            List<Found> found = new ArrayList<>(reading.found());
            for (ContextTagger.Sample sample : reading.open()) {
                // "Romney" alone is Mitt Romney's surname, for the rules' surname reading, not a town
                if (!surnames.contains(sample.loneWord())) {
                    foundFor(sample, tagger.tag(sample, words)).ifPresent(found::add);
                }
            }
            return List.copyOf(found);
        }).toList();
    }

    /** The last words of the full names of people the rules found anywhere in the archive. */
    private static Set<String> surnames(List<ArticleReading> readings) {
        Set<String> surnames = new HashSet<>();
        for (ArticleReading reading : readings) {
            for (Found item : reading.found()) {
                List<String> words = NameKeys.words(item.name());
                if (item.kind() == EntityKind.PERSON && words.size() > 1) {
                    surnames.add(words.get(words.size() - 1));
                }
            }
        }
        return surnames;
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
            case ORGANIZATION -> sample.structure()
                    // "Aleppo International Airport": a building or a road is where things happen
                    ? Optional.of(Found.place(placeNamed(text), text, sample.block(), true))
                    : Optional.of(Found.actor(EntityKind.ORGANIZATION, text, text, sample.block()));
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
                .orElseGet(() -> GazetteerPlace.unlisted(text, EntityKind.OTHER_PLACE, "", ""));
    }
}
