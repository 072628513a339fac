package org.briefing.analysis.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.briefing.cleaning.CleanArticle;
import org.briefing.content.Outlet;

/**
 * Finds the actors and places one article names, in two readings: {@link SpanClassifier} settles
 * every name that carries its own evidence, then {@link ShortFormResolver} ties surnames,
 * acronyms and bare places to what the article has introduced. Each part of the dateline names a
 * place too ({@link DatelineReader}).
 */
final class ArticleRecognizer {

    /** The tagger learns enough from a few names of each article; more would only hold memory. */
    private static final int MAX_EXAMPLES_PER_ARTICLE = 12;
    /** The key prefix of places the rules found that the gazetteer does not know. */
    static final String OWN_PLACE_KEY = "place:";

    private final Gazetteer gazetteer;
    private final SpanClassifier classifier;
    private final ShortFormResolver resolver;
    private final NameSpanFinder finder = new NameSpanFinder();
    private final DatelineReader datelines;
    private final KnownNames known;

    ArticleRecognizer(Gazetteer gazetteer, KnownNames known, Registry registry) {
        this.gazetteer = gazetteer;
        this.known = known;
        this.classifier = new SpanClassifier(gazetteer, known, registry);
        this.resolver = new ShortFormResolver(known);
        this.datelines = new DatelineReader(gazetteer);
    }

    /** What the rules find, and the spans they settled and left open, for the {@link ContextTagger}. */
    ArticleReading read(CleanArticle article, ArchiveWords words) {
        Findings findings = new Findings();
        List<NameSpan> spans = new ArrayList<>();
        for (int i = 0; i < article.body().size(); i++) {
            for (NameSpan found : finder.find(article.body().get(i).text(), i)) {
                NameSpan span = withoutSentenceCapital(found, words);
                if (!isDateline(found, article)) {
                    classifier.classify(span, article.source().map(Outlet::name), findings);
                    SpanClassifier.trim(span).filter(trimmed -> classifier.mayBeLearned(trimmed, article.source().map(Outlet::name)))
                            .ifPresent(spans::add);
                }
            }
        }
        article.dateline().ifPresent(dateline -> findings.found.addAll(datelines.placesOf(dateline)));
        // "NOTE", "CAPS": a word the archive also writes in lower case is shouted, not an acronym
        findings.pending.removeIf(p -> p.hint() == Findings.Hint.ACRONYM
                && words.inLowerCase(p.span().text().toLowerCase(java.util.Locale.ROOT)));
        resolver.resolve(findings);
        List<Found> found = withoutDemonymOnlyPlaces(findings.found);
        return sorted(found, spans);
    }

    /**
     * "Initially Poland", "Economist Joel Naroff", "Add Women": a sentence's first word that the
     * archive otherwise writes in lower case, and never capitalises inside a sentence, is not part
     * of the name after it. Given names ("Will Smith") and titles ("President Obama") stay.
     */
    private NameSpan withoutSentenceCapital(NameSpan span, ArchiveWords words) {
        if (!span.sentenceStart() || span.size() < 2) {
            return span;
        }
        String first = span.lowerWords().get(0);
        boolean capital = words.onlyCapitalisedAtSentenceStart(first) && !known.isGivenName(span.words().get(0))
                && !Cues.TITLES.contains(first) && !NameKeys.PARTICLES.contains(first);
        return capital ? span.sub(1, span.size()) : span;
    }

    /**
     * Each span the rules tagged as it stands is an example of its kind; a span none of whose words
     * were tagged is open. A span of which only a part was tagged ("Iranian President Masoud
     * Pezeshkian") is neither.
     */
    private ArticleReading sorted(List<Found> found, List<NameSpan> spans) {
        Map<String, EntityKind> tagged = new HashMap<>();
        Map<Integer, List<String>> surfacesByBlock = new HashMap<>();
        for (Found item : found) {
            // A place the gazetteer does not know ("Stansted airport") was found by the word beside
            // it; without that word its span teaches the tagger only that unknown names are places.
            boolean ownPlace = item.place().map(p -> p.key().startsWith(OWN_PLACE_KEY)).orElse(false);
            if (!item.weak() && !ownPlace) {
                tagged.putIfAbsent(item.block() + "|" + item.surface(), item.kind());
            }
            surfacesByBlock.computeIfAbsent(item.block(), b -> new ArrayList<>()).add(item.surface());
        }
        List<ContextTagger.Example> settled = new ArrayList<>();
        List<ContextTagger.Sample> open = new ArrayList<>();
        for (NameSpan span : spans) {
            String text = span.text();
            EntityKind kind = tagged.get(span.block() + "|" + text);
            if (kind != null) {
                if (settled.size() < MAX_EXAMPLES_PER_ARTICLE) {
                    settled.add(new ContextTagger.Example(ContextTagger.sample(span, known, gazetteer), labelOf(kind)));
                }
            } else if (surfacesByBlock.getOrDefault(span.block(), List.of()).stream().noneMatch(text::contains)) {
                open.add(ContextTagger.sample(span, known, gazetteer));
            }
        }
        return new ArticleReading(found, settled, open);
    }

    private static ContextTagger.Label labelOf(EntityKind kind) {
        return switch (kind) {
            case PERSON -> ContextTagger.Label.PERSON;
            case ORGANIZATION, OTHER_ACTOR -> ContextTagger.Label.ORGANIZATION;
            case COUNTRY, REGION, CITY, OTHER_PLACE -> ContextTagger.Label.PLACE;
        };
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
}
