package org.briefing.analysis.entities;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.briefing.analysis.entities.Findings.Hint;
import org.briefing.analysis.entities.Findings.Pending;

/**
 * The second reading of an article, once every cued name is known. Acronyms and "the
 * Observatory" go to the organization that introduced them, so an organization is never taken for
 * a surname; surnames go to the full name ("Assad" to "Bashar al-Assad"), and a titled surname
 * confirms a full name the text gives without a cue ("Vladimir Putin reaffirmed" ... "Mr Putin");
 * single-word places are kept unless a person of that name was found; regions named bare are kept
 * when the article names their country; a news outlet named more than once is an actor.
 */
final class ShortFormResolver {

    private final KnownNames known;

    ShortFormResolver(KnownNames known) {
        this.known = known;
    }

    void resolve(Findings findings) {
        Map<String, String> surnames = surnames(findings.found);
        // "Vladimir Putin reaffirmed" ... "Mr Putin": a full name with no cue of its own, confirmed
        // by the surname, when it starts with a given name ("Plus Obama" does not)
        Map<String, String> uncuedFullNames = new HashMap<>();
        for (Pending p : findings.pending) {
            if (p.hint() == Hint.UNSUPPORTED && p.span().size() >= 2 && p.span().size() <= 4
                    && SpanClassifier.isPersonName(p.span().lowerWords()) && known.isGivenName(p.span().words().get(0))) {
                uncuedFullNames.putIfAbsent(NameKeys.lastWord(p.span().text()), p.span().text());
            }
        }
        Set<String> titled = new HashSet<>();
        for (Pending item : findings.pending) {
            String surname = NameKeys.lastWord(item.span().text());
            if (item.hint() != Hint.SURNAME || organizationOf(item.span(), findings) != null) {
                continue;
            }
            if (Cues.PERSONAL_TITLES.contains(item.span().before())) {
                titled.add(surname);
            }
            if (surnames.containsKey(surname)) {
                continue;
            }
            Optional<String> full = Optional.ofNullable(uncuedFullNames.get(surname));
            if (full.isPresent() || item.places().isEmpty()) {
                surnames.put(surname, full.orElse(item.span().text()));
            }
        }
        Set<String> countries = new HashSet<>();
        Set<Integer> blocksWithPlaces = new HashSet<>();
        for (Found item : findings.found) {
            item.place().ifPresent(place -> {
                blocksWithPlaces.add(item.block());
                countries.add(place.country());
            });
        }
        Map<String, Integer> outletMentions = new HashMap<>();
        findings.pending.stream().filter(p -> p.hint() == Hint.MEDIA)
                .forEach(p -> outletMentions.merge(NameKeys.lookup(p.span().text()), 1, Integer::sum));
        for (Pending item : findings.pending) {
            if (item.hint() == Hint.MEDIA) {
                if (outletMentions.get(NameKeys.lookup(item.span().text())) >= 2) {
                    findings.found.add(Found.actor(EntityKind.ORGANIZATION, item.span().text(), item.span().text(),
                            item.span().block()));
                }
                continue;
            }
            resolveOne(item, findings, surnames, titled, countries, blocksWithPlaces);
        }
        readPlacesAsTeams(findings);
    }

    /**
     * "Chicago 5 Boston 3" ... "Chicago's pitcher": a city or region the article names as a team
     * anywhere is the team everywhere in it (one sense a report). Countries stay places: a national
     * side is reported as its country.
     */
    private static void readPlacesAsTeams(Findings findings) {
        if (findings.teams.isEmpty()) {
            return;
        }
        findings.found.replaceAll(item -> item.place().isPresent() && item.kind() != EntityKind.COUNTRY && item.block() >= 0
                && findings.teams.contains(NameKeys.lookup(item.surface()))
                ? Found.actor(EntityKind.ORGANIZATION, item.surface(), item.surface(), item.block()) : item);
    }

    private static void resolveOne(Pending item, Findings findings, Map<String, String> surnames, Set<String> titled,
                                   Set<String> countries, Set<Integer> blocksWithPlaces) {
        NameSpan span = item.span();
        String text = span.text();
        String organization = organizationOf(span, findings);
        if (organization != null) {
            findings.found.add(Found.actor(EntityKind.ORGANIZATION, organization, text, span.block()));
            return;
        }
        String surname = NameKeys.lastWord(text);
        String person = surnames.get(surname);
        // "President Obama" is not "Sasha Obama": an office title ties a surname only to a full
        // name that came with an office title too
        boolean office = item.hint() == Hint.SURNAME && Cues.PERSONAL_TITLES.contains(span.before())
                && !Cues.HONORIFICS.contains(span.before());
        if (office && person != null && NameKeys.words(person).size() > 1 && !findings.officeHolders.contains(person)) {
            person = text;
        }
        if (person != null && (span.size() == 1 || NameKeys.key(person).endsWith(NameKeys.key(text)))) {
            boolean weak = NameKeys.words(person).size() == 1 && !titled.contains(surname);
            findings.found.add(weak ? Found.weakPerson(person, text, span.block())
                    : Found.actor(EntityKind.PERSON, person, text, span.block()));
            return;
        }
        if (item.hint() == Hint.UNSUPPORTED && span.size() == 1 && !span.sentenceStart()
                && NameKeys.words(text).size() == 1 && SpanClassifier.isPersonName(span.lowerWords()) && item.places().isEmpty()) {
            // "Obama's war" with no full name here: kept if the archive names one person so
            findings.found.add(Found.weakPerson(text, text, span.block()));
            return;
        }
        if (item.hint() == Hint.ACRONYM) {
            findings.found.add(Found.actor(EntityKind.ORGANIZATION, text, text, span.block()));
            return;
        }
        if (item.places().isEmpty()) {
            return;
        }
        if (item.hint() == Hint.REGION) {
            item.places().stream().filter(p -> countries.contains(p.country())).findFirst()
                    .ifPresent(region -> findings.found.add(Found.place(region, text, span.block(), true)));
            return;
        }
        boolean listedWithPlaces = Set.of("and", "or").contains(span.before()) && blocksWithPlaces.contains(span.block());
        // after a person cue ("said Chechnya"), a region is a place only where the article names its country
        List<GazetteerPlace> places = item.hint() != Hint.SURNAME ? item.places() : item.places().stream()
                .filter(p -> p.kind() != EntityKind.REGION || countries.contains(p.country())).toList();
        if ((item.hint() != Hint.UNSUPPORTED || listedWithPlaces) && !places.isEmpty()) {
            GazetteerPlace place = places.stream().filter(p -> countries.contains(p.country())).findFirst()
                    .orElse(places.get(0));
            findings.found.add(Found.place(place, text, span.block(), true));
        }
    }

    /** The organization an acronym ("HTS") or "the Observatory" stands for in this article. */
    private static String organizationOf(NameSpan span, Findings findings) {
        if (span.size() != 1) {
            return null;
        }
        String organization = findings.organizationAliases.get(span.text());
        if (organization == null && span.before().equals("the")) {
            organization = findings.organizationAliases.get("the " + SpanClassifier.lower(span.text()));
        }
        return organization;
    }

    /**
     * Each full person name by its surname. A surname two people share goes to the one named
     * first: reporters call the story's subject by surname and name a relative or namesake in
     * full ("Jesse Jackson Jr." ... "his wife, Sandra Jackson" ... "Jackson said").
     */
    private static Map<String, String> surnames(List<Found> found) {
        Map<String, String> surnames = new HashMap<>();
        found.stream().filter(person -> person.kind() == EntityKind.PERSON)
                .sorted(Comparator.comparingInt(Found::block))
                .forEach(person -> surnames.putIfAbsent(NameKeys.lastWord(person.name()), person.name()));
        return surnames;
    }
}
