package org.briefing.analysis.entities;

import java.util.List;
import java.util.Optional;
import org.briefing.cleaning.CleanArticle;

/**
 * Finds the actors and places one article names, in two readings: {@link SpanClassifier} settles
 * every name that carries its own evidence, then {@link ShortFormResolver} ties surnames,
 * acronyms and bare places to what the article has introduced. The dateline names a place too.
 */
final class ArticleRecognizer {

    private final Gazetteer gazetteer;
    private final SpanClassifier classifier;
    private final ShortFormResolver resolver;
    private final NameSpanFinder finder = new NameSpanFinder();

    ArticleRecognizer(Gazetteer gazetteer, KnownNames known, Registry registry) {
        this.gazetteer = gazetteer;
        this.classifier = new SpanClassifier(gazetteer, known, registry);
        this.resolver = new ShortFormResolver(known);
    }

    List<Found> recognize(CleanArticle article) {
        Findings findings = new Findings();
        for (int i = 0; i < article.body().size(); i++) {
            for (NameSpan span : finder.find(article.body().get(i).text(), i)) {
                if (!isDateline(span, article)) {
                    classifier.classify(span, article.source(), findings);
                }
            }
        }
        article.dateline().flatMap(this::datelinePlace)
                .ifPresent(place -> findings.found.add(Found.place(place, place.name(), -1, false)));
        resolver.resolve(findings);
        return List.copyOf(findings.found);
    }

    /** "WASHINGTON --" opening the first paragraph: the dateline, read once below, not a mention. */
    private static boolean isDateline(NameSpan span, CleanArticle article) {
        return article.dateline().isPresent() && span.block() == 0 && span.tokens().get(0).start() == 0
                && span.text().equals(span.text().toUpperCase(java.util.Locale.ROOT));
    }

    /** "Kansas City, Mo." names Kansas City; a dateline that is a country names the country. */
    private Optional<GazetteerPlace> datelinePlace(String dateline) {
        String key = NameKeys.lookup(dateline.split(",")[0]);
        return gazetteer.places(key).stream().findFirst().or(() -> gazetteer.country(key));
    }
}
