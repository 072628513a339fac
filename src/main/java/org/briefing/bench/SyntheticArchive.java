package org.briefing.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.briefing.cleaning.CleanArticle;
import org.briefing.content.ArticleId;
import org.briefing.content.Block;
import org.briefing.content.BlockKind;
import org.briefing.content.PublicationDate;
import org.briefing.content.SourceFormat;
import org.briefing.content.Outlet;

/**
 * A reproducible archive of synthetic news: events, each reported by 2 to 6 articles from a pool
 * of outlets over a few days, within a span of {@link #SPAN_DAYS} days. An article's headline and
 * lead are drawn mostly from its event's own words and names, later paragraphs more and more from
 * a shared background vocabulary (Zipf-distributed, as real word frequencies are), so grouping has
 * real work to do. The same seed always gives the same archive.
 *
 * <pre>{@code
 * SyntheticArchive archive = SyntheticArchive.generate(10_000, 42);
 * }</pre>
 */
public final class SyntheticArchive {

    static final int SPAN_DAYS = 730;
    private static final int VOCABULARY = 40_000;
    private static final int OUTLETS = 24;
    private static final LocalDate START = LocalDate.of(2023, 1, 1);
    private static final String[] SYLLABLES = {"ka", "ro", "mi", "ta", "len", "sor", "vi", "da", "nu", "pel",
        "gra", "tho", "ber", "qui", "zan", "lo", "fe", "dru", "mas", "ti", "ven", "ko", "ral", "sun"};

    private final List<CleanArticle> articles;
    private final List<List<String>> events;

    private SyntheticArchive(List<CleanArticle> articles, List<List<String>> events) {
        this.articles = List.copyOf(articles);
        this.events = List.copyOf(events);
    }

    /** The articles, already cleaned. */
    public List<CleanArticle> articles() {
        return articles;
    }

    /** The true grouping: for each event, its article ids. */
    public List<List<String>> events() {
        return events;
    }

    public static SyntheticArchive generate(int size, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String[] words = new String[VOCABULARY];
        for (int i = 0; i < VOCABULARY; i++) {
            words[i] = word(i);
        }
        double[] zipf = zipfCumulative(VOCABULARY);
        List<CleanArticle> articles = new ArrayList<>();
        List<List<String>> events = new ArrayList<>();
        int event = 0;
        while (articles.size() < size) {
            int reports = Math.min(size - articles.size(), 2 + random.nextInt(5));
            String[] own = new String[12];
            for (int i = 0; i < own.length; i++) {
                own[i] = words[VOCABULARY / 4 + random.nextInt(VOCABULARY * 3 / 4)];
            }
            String[] names = {capital(words[random.nextInt(VOCABULARY)]) + " " + capital(words[random.nextInt(VOCABULARY)]),
                capital(words[random.nextInt(VOCABULARY)])};
            LocalDate day = START.plusDays(random.nextInt(SPAN_DAYS));
            List<String> ids = new ArrayList<>();
            for (int r = 0; r < reports; r++) {
                String id = String.format(java.util.Locale.ROOT, "e%06d-r%d", event, r);
                ids.add(id);
                articles.add(article(id, own, names, day.plusDays(random.nextInt(3)), random, words, zipf));
            }
            events.add(ids);
            event++;
        }
        return new SyntheticArchive(articles, events);
    }

    private static CleanArticle article(String id, String[] own, String[] names, LocalDate day, SplittableRandom random,
                                        String[] words, double[] zipf) {
        String title = names[0] + " " + sentence(own, 6, 0.85, random, words, zipf);
        List<Block> body = new ArrayList<>();
        int paragraphs = 8 + random.nextInt(12);
        for (int p = 0; p < paragraphs; p++) {
            double focus = Math.max(0.08, 0.75 * Math.pow(0.75, p));
            StringBuilder text = new StringBuilder();
            int sentences = 2 + random.nextInt(3);
            for (int s = 0; s < sentences; s++) {
                String subject = random.nextDouble() < focus ? names[random.nextInt(names.length)] : capital(words[random.nextInt(2000)]);
                text.append(subject).append(' ').append(sentence(own, 10 + random.nextInt(12), focus, random, words, zipf)).append(". ");
            }
            String paragraph = text.toString().strip();
            body.add(new Block(BlockKind.PARAGRAPH, paragraph, "<p>" + paragraph + "</p>", p + 2, p));
        }
        String outlet = "Outlet " + (1 + random.nextInt(OUTLETS));
        return new CleanArticle(new ArticleId(id), id + ".md", SourceFormat.MARKDOWN, Optional.of(title), title,
                Optional.of(Outlet.named(outlet)), Optional.empty(), Optional.of(PublicationDate.ofDay(day)), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                EnumSet.noneOf(org.briefing.cleaning.MetaField.class), body, List.of());
    }

    private static String sentence(String[] own, int length, double focus, SplittableRandom random, String[] words, double[] zipf) {
        StringBuilder sentence = new StringBuilder();
        for (int w = 0; w < length; w++) {
            String word = random.nextDouble() < focus ? own[random.nextInt(own.length)] : words[sampleZipf(zipf, random)];
            sentence.append(w == 0 ? "" : " ").append(word);
        }
        return sentence.toString();
    }

    private static String word(int index) {
        StringBuilder word = new StringBuilder();
        int rest = index;
        do {
            word.append(SYLLABLES[rest % SYLLABLES.length]);
            rest /= SYLLABLES.length;
        } while (rest > 0);
        return word.length() < 4 ? word.append("ne").toString() : word.toString();
    }

    private static String capital(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static double[] zipfCumulative(int n) {
        double[] cumulative = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            total += 1.0 / (i + 1);
            cumulative[i] = total;
        }
        for (int i = 0; i < n; i++) {
            cumulative[i] /= total;
        }
        return cumulative;
    }

    private static int sampleZipf(double[] cumulative, SplittableRandom random) {
        double target = random.nextDouble();
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cumulative[middle] < target) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
