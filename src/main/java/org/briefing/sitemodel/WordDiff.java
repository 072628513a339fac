package org.briefing.sitemodel;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The word-level difference of two wordings, for display: each side as runs of words, marked
 * where the other side has other words. Case, punctuation and the kind of quotation mark do not
 * count as differences.
 */
public final class WordDiff {

    private static final Pattern WORD = Pattern.compile("\\S+\\s*");

    /** A run of words on one side; {@code changed} when the other side words it differently. */
    public record Segment(String text, boolean changed) {
    }

    /** The two sides, each as its segments in order. */
    record Sides(List<Segment> first, List<Segment> second) {
    }

    private WordDiff() {
    }

    static Sides of(String first, String second) {
        List<String> a = words(first);
        List<String> b = words(second);
        Patch<String> patch = DiffUtils.diff(a.stream().map(WordDiff::key).toList(), b.stream().map(WordDiff::key).toList());
        boolean[] changedA = new boolean[a.size()];
        boolean[] changedB = new boolean[b.size()];
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            for (int i = 0; i < delta.getSource().size(); i++) {
                changedA[delta.getSource().getPosition() + i] = true;
            }
            for (int i = 0; i < delta.getTarget().size(); i++) {
                changedB[delta.getTarget().getPosition() + i] = true;
            }
        }
        return new Sides(segments(a, changedA), segments(b, changedB));
    }

    /** One side shown alone: a single unchanged run. */
    static List<Segment> plain(String text) {
        return List.of(new Segment(text, false));
    }

    private static List<Segment> segments(List<String> words, boolean[] changed) {
        List<Segment> segments = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            if (i > 0 && changed[i] != changed[i - 1]) {
                addRun(segments, run.toString(), changed[i - 1]);
                run.setLength(0);
            }
            run.append(words.get(i));
        }
        if (!run.isEmpty()) {
            addRun(segments, run.toString(), changed[words.size() - 1]);
        }
        return segments;
    }

    /** A changed run is marked without the space after it, so the mark hugs the words. */
    private static void addRun(List<Segment> segments, String run, boolean changed) {
        String words = changed ? run.stripTrailing() : run;
        segments.add(new Segment(words, changed));
        if (words.length() < run.length()) {
            segments.add(new Segment(run.substring(words.length()), false));
        }
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.strip());
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    private static String key(String word) {
        return word.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
