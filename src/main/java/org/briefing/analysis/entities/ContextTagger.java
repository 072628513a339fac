package org.briefing.analysis.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A statistical name tagger trained, at build time, on the archive's own confident tags
 * (self-training). The rules settle the names that carry evidence ("Sen. Ted Cruz", "in Aleppo",
 * "Syrian Democratic Forces"); the same archive then names many people, clubs and places with no
 * cue the rules know ("Jesper Parnevik", "Everton 2 Chelsea 1", "at Headingley"). The tagger learns
 * from the settled names which words and contexts go with which kind — a score after a name in a
 * results line means a team, an initial and a surname a player, "at" and a capital a ground — and
 * tags the names the rules left open only when it is clearly sure.
 *
 * <p>The model is an averaged perceptron over hashed features of the name's words, their shapes and
 * the words around it; it has four classes: person, organization, place, and no name. Examples of
 * "no name" are single capitalised words the archive also writes in lower case ("Given", "Due"
 * opening a sentence). Deterministic: the same archive gives the same model.
 */
final class ContextTagger {

    /** What the tagger says a span is. */
    enum Label {
        PERSON, ORGANIZATION, PLACE, NONE
    }

    /**
     * A name span as the tagger sees it.
     *
     * @param features   hashed feature indexes of the span and its context
     * @param text       the words as written
     * @param block      the body block it is in
     * @param loneWord   the lower-cased word of a one-word span, or empty for longer spans
     * @param firstWord  the lower-cased first word, to ask whether the archive writes it in lower case
     * @param guessable  whether the tagger may tag it when the rules did not: not a lone word opening a
     *                   sentence ("God willing", "Obviously"; but "Oldham 3" opens a results line) or after "the" ("the West"), and not a
     *                   heading in capitals ("NEW YORK AT CALIFORNIA"), and not two names joined by
     *                   "of" ("Peter Nicol of Scotland"), a faith or party ("New York Democrat", "R-Calif."), or a word
     *                   that names no place alone ("God", "West")
     * @param personShaped whether the words could be a person's name ({@link SpanClassifier#isPersonName}):
     *                   "Trent Bridge" and "Hong Kong Open" cannot, whatever the context says
     * @param structure  whether the last word names a structure ("Airport", "Bridge", "Square")
     */
    record Sample(int[] features, String text, int block, String loneWord, String firstWord, boolean guessable,
                  boolean personShaped, boolean structure) {
    }

    /** A sample with the label the rules gave it. */
    record Example(Sample sample, Label label) {
    }

    private static final int BITS = 18;
    private static final int SIZE = 1 << BITS;
    private static final int EPOCHS = 5;
    /** Enough to learn the archive's contexts; more only costs time. */
    static final int MAX_EXAMPLES = 200_000;
    /**
     * How far the best class must score above "no name" and the runner-up, in averaged-perceptron
     * units, before an open span is tagged; chosen on the tuning part of the development sets.
     */
    static final double MARGIN = 1.0;

    private final float[][] weights;

    private ContextTagger(float[][] weights) {
        this.weights = weights;
    }

    /** The features of {@code span}: its words, their shapes and the words around it. */
    static Sample sample(NameSpan span, KnownNames known, Gazetteer gazetteer) {
        List<String> features = new ArrayList<>();
        List<String> lower = span.lowerWords();
        List<String> words = span.words();
        int size = span.size();
        StringBuilder shape = new StringBuilder();
        for (int i = 0; i < size; i++) {
            features.add("w:" + lower.get(i));
            if (i < 4) {
                shape.append(shapeOf(words.get(i))).append(' ');
            }
        }
        features.add("shape:" + shape);
        features.add("first:" + lower.get(0));
        features.add("last:" + lower.get(size - 1));
        String last = lower.get(size - 1);
        features.add("suffix:" + last.substring(Math.max(0, last.length() - 3)));
        features.add("size:" + Math.min(size, 4));
        features.add("before:" + span.before());
        features.add("next:" + Cues.nextWord(span.after()));
        features.add("after:" + afterShape(span.after()));
        features.add("before+after:" + span.before() + "|" + afterShape(span.after()));
        if (span.sentenceStart()) {
            features.add("sentence-start");
        }
        if (known.isGivenName(words.get(0))) {
            features.add("given-name");
        }
        String key = NameKeys.lookup(span.text());
        if (gazetteer.country(key).isPresent()) {
            features.add("gazetteer:country");
        }
        if (size == 1 && gazetteer.demonym(key).isPresent()) {
            features.add("gazetteer:demonym");
        }
        if (!gazetteer.regions(key).isEmpty()) {
            features.add("gazetteer:region");
        }
        if (!gazetteer.places(key).isEmpty()) {
            features.add("gazetteer:city");
        }
        int[] hashed = new int[features.size()];
        for (int i = 0; i < hashed.length; i++) {
            hashed[i] = index(features.get(i));
        }
        // "NEW YORK AT CALIFORNIA", and "CRUDE OIL" in a table's row of capitals
        boolean heading = span.text().equals(span.text().toUpperCase(Locale.ROOT))
                && (size >= 3 || size == 2 && SpanClassifier.mostlyCapitals(span.source()));
        // "Oldham 3 Ipswich 3": a results line opens with a name and a score
        boolean opening = span.sentenceStart() && !afterShape(span.after()).equals("d");
        // countries and demonyms are the rules' to settle ("American" describes, names no place)
        boolean countryWord = gazetteer.country(key).isPresent() || gazetteer.demonym(key).isPresent();
        boolean guessable = !(size == 1 && (opening || span.before().equals("the"))) && !heading && !lower.contains("of")
                && !countryWord && !Cues.AFFILIATIONS.contains(last) && lower.stream().noneMatch(Cues::isPartyTag) && !(size == 1 && Cues.NOT_PLACES.contains(last));
        boolean personShaped = SpanClassifier.isPersonName(lower) && !Cues.STRUCTURES.contains(last)
                && !Cues.ORGANIZATION_HEADS.contains(last) && !span.quoted() && gazetteer.regions(key).isEmpty();
        return new Sample(hashed, span.text(), span.block(), size == 1 ? lower.get(0) : "", lower.get(0), guessable,
                personShaped, size > 1 && Cues.STRUCTURES.contains(last));
    }

    /**
     * Trains on the rules' tags and on "no name" examples: one-word spans the archive also writes
     * in lower case.
     */
    static ContextTagger train(List<Example> examples, ArchiveWords words) {
        float[][] weights = new float[Label.values().length][SIZE];
        float[][] totals = new float[Label.values().length][SIZE];
        List<Example> shuffled = new ArrayList<>(examples);
        Random random = new Random(11);
        int step = 1;
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            java.util.Collections.shuffle(shuffled, random);
            for (Example example : shuffled) {
                int[] features = withArchiveFeatures(example.sample(), words);
                Label guess = best(weights, features);
                if (guess != example.label()) {
                    for (int feature : features) {
                        weights[example.label().ordinal()][feature] += 1;
                        totals[example.label().ordinal()][feature] += step;
                        weights[guess.ordinal()][feature] -= 1;
                        totals[guess.ordinal()][feature] -= step;
                    }
                }
                step++;
            }
        }
        // averaged weights: w - totals / steps, the usual trick for averaging without a copy per step
        for (int label = 0; label < weights.length; label++) {
            for (int i = 0; i < SIZE; i++) {
                weights[label][i] -= totals[label][i] / step;
            }
        }
        return new ContextTagger(weights);
    }

    /** What an open span is, or {@link Label#NONE} unless the tagger is clearly sure. */
    Label tag(Sample sample, ArchiveWords words) {
        if (!sample.guessable() || !sample.loneWord().isEmpty() && words.inLowerCase(sample.loneWord())) {
            return Label.NONE;
        }
        int[] features = withArchiveFeatures(sample, words);
        double[] scores = new double[Label.values().length];
        for (Label label : Label.values()) {
            scores[label.ordinal()] = score(weights[label.ordinal()], features);
        }
        Label best = Label.NONE;
        for (Label label : Label.values()) {
            if (scores[label.ordinal()] > scores[best.ordinal()]) {
                best = label;
            }
        }
        if (best == Label.NONE || best == Label.PERSON && !sample.personShaped()) {
            return Label.NONE;
        }
        for (Label other : Label.values()) {
            if (other != best && scores[best.ordinal()] - scores[other.ordinal()] < MARGIN) {
                return Label.NONE;
            }
        }
        return best;
    }

    /** Whether the archive writes the first word in lower case too: a sentence's capital, maybe. */
    private static int[] withArchiveFeatures(Sample sample, ArchiveWords words) {
        int[] features = java.util.Arrays.copyOf(sample.features(), sample.features().length + 1);
        features[features.length - 1] = index(words.inLowerCase(sample.firstWord()) ? "first-in-lower-case" : "first-only-capitalised");
        return features;
    }

    private static Label best(float[][] weights, int[] features) {
        Label best = Label.NONE;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Label label : Label.values()) {
            double score = score(weights[label.ordinal()], features);
            if (score > bestScore) {
                best = label;
                bestScore = score;
            }
        }
        return best;
    }

    private static double score(float[] weights, int[] features) {
        double sum = 0;
        for (int feature : features) {
            sum += weights[feature];
        }
        return sum;
    }

    private static int index(String feature) {
        int h = feature.hashCode() * 0x9E3779B9;
        return (h ^ (h >>> BITS)) & (SIZE - 1);
    }

    /** "Xx", "X.", "XX", "Xx-Xx", "d": the letters' cases and marks, runs collapsed. */
    static String shapeOf(String word) {
        StringBuilder shape = new StringBuilder();
        char previous = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            char s = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            if (s != previous) {
                shape.append(s);
                previous = s;
            }
        }
        return shape.toString();
    }

    /** What follows the name: a score ("d"), a comma, a bracket, a lower-case word ("x")… */
    static String afterShape(String after) {
        String stripped = after.stripLeading();
        if (stripped.isEmpty()) {
            return "end";
        }
        char c = stripped.charAt(0);
        if (Character.isDigit(c)) {
            return "d";
        }
        if (Character.isLowerCase(c)) {
            return "x";
        }
        if (Character.isUpperCase(c)) {
            return "X";
        }
        return String.valueOf(c).toLowerCase(Locale.ROOT);
    }
}
