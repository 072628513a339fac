package org.briefing.sitemodel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.briefing.content.Outlet;
import org.briefing.cleaning.CleanArticle;
import org.briefing.content.ArticleId;

/**
 * Names the reports of one story so a reader can tell them apart without a tooltip: by outlet
 * where it is known, otherwise by the opening words of the headline ("Syria says its strikes…").
 * Two reports that would share a label get their dateline, or failing that their place in the
 * story, after it ("Reuters, Beirut", "Reuters (2)"). The label is plain text, so it reads the same
 * on screen, in print and to a screen reader.
 */
final class ReportLabels {

    /** Headline words a label keeps: at least, and at most when others open alike. */
    static final int MIN_WORDS = 3;
    static final int WORDS = 6;

    private ReportLabels() {
    }

    /** A label for each of {@code reports}, in their order; no two are the same. */
    static Map<ArticleId, String> of(List<CleanArticle> reports) {
        List<String> headlines = reports.stream().filter(r -> r.source().isEmpty()).map(CleanArticle::headline).toList();
        List<String> plain = reports.stream().map(r -> r.source().map(Outlet::name).orElseGet(() -> shortHeadline(r.headline(), headlines))).toList();
        Map<String, Integer> uses = new HashMap<>();
        plain.forEach(label -> uses.merge(label, 1, Integer::sum));
        Map<ArticleId, String> labels = new LinkedHashMap<>();
        List<String> taken = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            String plainLabel = plain.get(i);
            String label = plainLabel;
            if (uses.get(plainLabel) > 1) {
                String withPlace = reports.get(i).dateline().map(place -> plainLabel + ", " + place).orElse(null);
                label = withPlace != null && !taken.contains(withPlace) ? withPlace : plainLabel + " (" + (i + 1) + ")";
            }
            taken.add(label);
            labels.put(reports.get(i).id(), label);
        }
        return labels;
    }

    /**
     * The headline's opening words: {@link #MIN_WORDS} of them, more while another of
     * {@code headlines} opens with the same words, at most {@link #WORDS}; an ellipsis when cut.
     */
    static String shortHeadline(String headline, List<String> headlines) {
        String[] words = words(headline);
        int used = Math.min(MIN_WORDS, words.length);
        while (used < Math.min(WORDS, words.length) && sharesOpening(words, used, headline, headlines)) {
            used++;
        }
        String text = String.join(" ", java.util.Arrays.copyOf(words, used)).replaceAll("[,;:|–—-]+$", "");
        return used < words.length ? text + "…" : text;
    }

    private static String[] words(String headline) {
        return headline.strip().replaceAll("[….]+$", "").split("\\s+");
    }

    private static boolean sharesOpening(String[] words, int used, String headline, List<String> headlines) {
        for (String other : headlines) {
            String[] theirs = words(other);
            if (other.equals(headline) || theirs.length < used) {
                continue;
            }
            boolean same = true;
            for (int i = 0; i < used && same; i++) {
                same = theirs[i].equalsIgnoreCase(words[i]);
            }
            if (same) {
                return true;
            }
        }
        return false;
    }
}
