package org.briefing.analysis.entities;

import java.util.List;
import java.util.Optional;
import org.briefing.cleaning.CleanArticle;
import org.briefing.content.Outlet;

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
                    classifier.classify(span, article.source().map(Outlet::name), findings);
                }
            }
        }
        article.dateline().flatMap(this::datelinePlace)
                .ifPresent(place -> findings.found.add(Found.place(place, place.name(), -1, false)));
        resolver.resolve(findings);
        return withoutDemonymOnlyPlaces(findings.found);
    }

    /**
     * "the Russian league", "a Syrian Russian": a country the article only names by its demonym is
     * a description of something else, not a place the report is about; it is tagged only when the
     * article names it, in the body or the dateline.
     */
    private static List<Found> withoutDemonymOnlyPlaces(List<Found> found) {
        java.util.Set<String> named = new java.util.HashSet<>();
        for (Found item : found) {
            if (item.place().isPresent() && (item.isAlias() || item.block() < 0)) {
                named.add(item.place().get().key());
            }
        }
        return found.stream().filter(item -> item.place().isEmpty() || named.contains(item.place().get().key())).toList();
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
