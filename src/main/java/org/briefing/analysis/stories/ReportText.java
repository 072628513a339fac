package org.briefing.analysis.stories;

import java.util.ArrayList;
import java.util.List;
import org.briefing.analysis.text.Sentences;
import org.briefing.analysis.text.Vocabulary;
import org.briefing.analysis.text.Words;
import org.briefing.cleaning.CleanArticle;
import org.briefing.cleaning.DatelinePlaces;
import org.briefing.content.Block;
import org.briefing.content.BlockKind;

/**
 * A report of a story read for its facts and summary: its headline's terms and its sentences with
 * their terms, as numbers of the story's own vocabulary. Read one story at a time, so an archive's
 * sentences are never all held at once.
 *
 * @param titleTerms the headline's terms; empty when the report has no headline
 */
record ReportText(CleanArticle article, int[] titleTerms, List<Sentence> sentences) {

    /**
     * A sentence of the body, kept as a span of its block's text rather than a copy of it.
     *
     * @param source    its block's text
     * @param block     index of its block in the body
     * @param reporting whether it is from a paragraph or quote (not a heading, list or table)
     * @param terms     its terms in order, repeats kept
     */
    record Sentence(String source, int start, int end, int block, boolean reporting, int[] terms) {

        String text() {
            return source.substring(start, end);
        }
    }

    /**
     * The reports of one story, numbered in one vocabulary. They are read in order on one thread,
     * so the numbers (first come, first numbered) are the same on every run.
     */
    static List<ReportText> read(List<CleanArticle> articles) {
        Vocabulary vocabulary = new Vocabulary();
        return articles.stream().map(article -> read(article, vocabulary)).toList();
    }

    private static ReportText read(CleanArticle article, Vocabulary vocabulary) {
        int[] title = vocabulary.ids(article.title().map(Words::terms).orElse(List.of()));
        List<Sentence> sentences = new ArrayList<>();
        boolean first = true;
        for (int b = 0; b < article.body().size(); b++) {
            Block block = article.body().get(b);
            boolean reporting = block.kind() == BlockKind.PARAGRAPH || block.kind() == BlockKind.QUOTE;
            String source = block.text();
            int from = 0;
            if (reporting && first && article.dateline().isPresent()) {
                // "BEIRUT: Syria's President..." says where it was filed, not what happened
                from = source.length() - DatelinePlaces.withoutOpening(source).length();
            }
            first &= !reporting;
            for (String sentence : Sentences.split(source.substring(from))) {
                int found = source.indexOf(sentence, from);
                int start = found < 0 ? from : found;
                int end = Math.min(source.length(), start + sentence.length());
                from = end;
                sentences.add(new Sentence(source, start, end, b, reporting, vocabulary.ids(Words.terms(sentence))));
            }
        }
        return new ReportText(article, title, sentences);
    }
}
