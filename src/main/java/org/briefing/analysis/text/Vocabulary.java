package org.briefing.analysis.text;

import java.util.Arrays;
import java.util.Comparator;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Numbers the distinct terms of a collection. Texts held as term numbers take a fraction of the
 * memory of the strings, which matters at a hundred thousand articles.
 *
 * <p>Terms are numbered as they are met. Read on one thread, in a fixed order, the numbers are
 * reproducible as they are; when many threads read, {@link #finish()} gives the renumbering into
 * sorted term order, so the same texts always end with the same numbers.
 *
 * <pre>{@code
 * Vocabulary vocabulary = new Vocabulary();
 * int[] ids = vocabulary.ids(terms);           // from any thread
 * int[] sorted = vocabulary.finish();          // sorted[id] is the final number
 * }</pre>
 */
public final class Vocabulary {

    private final ConcurrentHashMap<String, Integer> ids = new ConcurrentHashMap<>(1 << 12);
    private final AtomicInteger next = new AtomicInteger();

    /** Provisional numbers of {@code terms}, in order; safe to call from many threads. */
    public int[] ids(java.util.List<String> terms) {
        int[] numbers = new int[terms.size()];
        for (int i = 0; i < numbers.length; i++) {
            Integer known = ids.get(terms.get(i));
            numbers[i] = known != null ? known : ids.computeIfAbsent(terms.get(i), term -> next.getAndIncrement());
        }
        return numbers;
    }

    public int size() {
        return next.get();
    }

    /**
     * The final numbering: {@code finish()[provisional]} is the term's rank in sorted order. Call
     * once every text has been numbered.
     */
    public int[] finish() {
        String[] terms = new String[next.get()];
        ids.forEach((term, id) -> terms[id] = term);
        Integer[] order = new Integer[terms.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparing(i -> terms[i]));
        int[] rank = new int[terms.length];
        for (int position = 0; position < order.length; position++) {
            rank[order[position]] = position;
        }
        return rank;
    }

    /** Renumbers {@code ids} in place with {@code rank} from {@link #finish()}. */
    public static void renumber(int[] ids, int[] rank) {
        for (int i = 0; i < ids.length; i++) {
            ids[i] = rank[ids[i]];
        }
    }
}
