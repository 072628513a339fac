package org.briefing.analysis.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefing.analysis.text.Words;
import org.briefing.cleaning.CleanArticle;

/**
 * Finds the actors and places one article names. A name is tagged only with support: a title or
 * role before it, a reporting verb or an apposition after it, an organization's head word or
 * acronym, the gazetteer or the list of well-known organizations. Short forms are resolved within
 * the article in a second pass: "Assad" and "Mr Assad" to "Bashar al-Assad", "HTS" to "Hayat
 * Tahrir al-Sham", "the Observatory" to "Syrian Observatory for Human Rights".
 */
final class ArticleRecognizer {

    private static final Pattern ACRONYM_AFTER = Pattern.compile("^\\s*\\((\\p{Lu}[\\p{Lu}\\p{Ll}]{1,7})\\)");
    private static final Set<String> SENTENCE_ADVERBS = Set.of("meanwhile", "however", "separately", "elsewhere",
            "ultimately", "still", "yet", "also", "now", "then", "later", "earlier", "today", "yesterday", "instead",
            "overall", "despite", "although", "though", "since", "according", "speaking", "asked", "like", "unlike",
            "many", "several", "some", "most", "both", "every", "last", "next", "this", "that", "these", "those",
            "such", "among", "amid", "under", "over", "without", "with", "during", "after", "before", "while");
    /** Cities this large are named bare in news; smaller ones need a preposition ("in Manbij"). */
    private static final long BARE_CITY_POPULATION = 100_000;
    private static final long SENTENCE_START_CITY_POPULATION = 1_000_000;
    private static final long CUED_CITY_POPULATION = 1_000;

    private enum Hint { SURNAME, UNSUPPORTED, PLACE }

    private record Pending(NameSpan span, Hint hint, List<GazetteerPlace> places) {
    }

    private final Gazetteer gazetteer;
    private final KnownNames known;
    private final NameSpanFinder finder = new NameSpanFinder();

    ArticleRecognizer(Gazetteer gazetteer, KnownNames known) {
        this.gazetteer = gazetteer;
        this.known = known;
    }

    List<Found> recognize(CleanArticle article) {
        List<Found> found = new ArrayList<>();
        List<Pending> pending = new ArrayList<>();
        Map<String, String> organizationAliases = new HashMap<>();
        for (int i = 0; i < article.body().size(); i++) {
            for (NameSpan span : finder.find(article.body().get(i).text(), i)) {
                classify(trimLeading(span), article, found, pending, organizationAliases);
            }
        }
        article.dateline().flatMap(this::datelinePlace).ifPresent(place -> found.add(Found.place(place, place.name(), -1, false)));
        resolvePending(found, pending, organizationAliases);
        return found;
    }

    private Optional<GazetteerPlace> datelinePlace(String dateline) {
        String place = dateline.split(",")[0];
        List<GazetteerPlace> cities = gazetteer.places(NameKeys.lookup(place));
        if (!cities.isEmpty()) {
            return Optional.of(cities.get(0));
        }
        return gazetteer.country(NameKeys.lookup(place));
    }

    /** Drops sentence openers and function words from the front: "But Sullivan" gives "Sullivan". */
    private static NameSpan trimLeading(NameSpan span) {
        int from = 0;
        String before = span.before();
        while (from < span.words().size()) {
            String word = span.words().get(from).toLowerCase(Locale.ROOT);
            boolean title = Cues.PERSONAL_TITLES.contains(word);
            if (title || (!Words.isStopWord(word) && !SENTENCE_ADVERBS.contains(word))) {
                break;
            }
            before = word;
            from++;
        }
        if (from == 0) {
            return span;
        }
        if (from == span.words().size()) {
            return new NameSpan(List.of(), span.start(), span.end(), false, before, span.after(), span.block());
        }
        int start = span.start() + String.join(" ", span.words().subList(0, from)).length() + 1;
        return new NameSpan(span.words().subList(from, span.words().size()), start, span.end(),
                span.sentenceStart() && from == 0, before, span.after(), span.block());
    }

    private void classify(NameSpan span, CleanArticle article, List<Found> found, List<Pending> pending,
                          Map<String, String> organizationAliases) {
        List<String> words = span.words();
        if (words.isEmpty()) {
            return;
        }
        String text = span.text();
        if (known.isMedia(text) || article.source().map(s -> NameKeys.lookup(s).equals(NameKeys.lookup(text))).orElse(false)) {
            return;
        }
        Optional<String> organization = known.organization(text);
        if (organization.isPresent()) {
            found.add(Found.actor(EntityKind.ORGANIZATION, organization.get(), text, span.block()));
            return;
        }
        if (splitTitledPerson(span, article, found, pending, organizationAliases)) {
            return;
        }
        if (isOrganization(span, organizationAliases)) {
            found.add(Found.actor(EntityKind.ORGANIZATION, text, text, span.block()));
            return;
        }
        Optional<GazetteerPlace> country = gazetteer.country(NameKeys.lookup(text));
        if (country.isPresent()) {
            found.add(Found.place(country.get(), text, span.block(), true));
            return;
        }
        if (words.size() == 1) {
            Optional<GazetteerPlace> demonym = gazetteer.demonym(NameKeys.lookup(text));
            if (demonym.isPresent()) {
                found.add(Found.place(demonym.get(), text, span.block(), false));
                return;
            }
        }
        if (hasPersonCue(span) && isPersonName(words)) {
            if (words.size() == 1) {
                // "Ankara said" is the government speaking, "Koseoglu said" a person: pass two decides.
                List<GazetteerPlace> places = gazetteer.places(NameKeys.lookup(text)).stream()
                        .filter(p -> p.population() >= BARE_CITY_POPULATION).toList();
                pending.add(new Pending(span, Hint.SURNAME, places));
            } else if (words.size() <= 5) {
                found.add(Found.actor(EntityKind.PERSON, text, text, span.block()));
            }
            return;
        }
        if (words.size() > 1 && splitLeadingCountry(span, article, found, pending, organizationAliases)) {
            return;
        }
        if (addPlace(span, found, pending)) {
            return;
        }
        List<GazetteerPlace> smallPlaces = words.size() == 1 ? gazetteer.places(NameKeys.lookup(text)).stream()
                .filter(p -> p.population() >= CUED_CITY_POPULATION || p.population() == 0).toList() : List.of();
        pending.add(new Pending(span, Hint.UNSUPPORTED, smallPlaces));
    }

    /** A person's name has no organization word in it and is not made of generic words only. */
    private static boolean isPersonName(List<String> words) {
        return words.stream().noneMatch(w -> Cues.ORGANIZATION_HEADS.contains(lower(w)))
                && words.stream().anyMatch(w -> !Cues.GENERIC.contains(lower(w)) && !Cues.TITLES.contains(lower(w)));
    }

    /**
     * "Iranian President Masoud Pezeshkian", "Secretary of State Hillary Clinton", "Mr Putin": a
     * run of titles with a personal title in it, then a name. What stands before the titles is
     * classified on its own.
     */
    private boolean splitTitledPerson(NameSpan span, CleanArticle article, List<Found> found, List<Pending> pending,
                                      Map<String, String> organizationAliases) {
        List<String> words = span.words();
        int nameStart = words.size();
        while (nameStart > 0 && !Cues.TITLES.contains(lower(words.get(nameStart - 1)))) {
            nameStart--;
        }
        if (nameStart == 0 || nameStart == words.size()) {
            return false;
        }
        int runStart = nameStart;
        boolean personal = false;
        while (runStart > 0 && Cues.TITLES.contains(lower(words.get(runStart - 1)))) {
            personal |= Cues.PERSONAL_TITLES.contains(lower(words.get(runStart - 1)));
            runStart--;
        }
        List<String> name = words.subList(nameStart, words.size());
        if (!personal || name.size() > 4 || name.stream().anyMatch(w -> Cues.ORGANIZATION_HEADS.contains(lower(w)))) {
            return false;
        }
        if (runStart > 0) {
            int prefixEnd = span.start() + String.join(" ", words.subList(0, runStart)).length();
            classify(span.sub(0, runStart, span.start(), prefixEnd), article, found, pending, organizationAliases);
        }
        String nameText = String.join(" ", name);
        int nameOffset = span.end() - nameText.length();
        NameSpan person = new NameSpan(name, nameOffset, span.end(), false, lower(words.get(nameStart - 1)), span.after(), span.block());
        if (name.size() == 1) {
            pending.add(new Pending(person, Hint.SURNAME, List.of()));
        } else {
            found.add(Found.actor(EntityKind.PERSON, nameText, nameText, span.block()));
        }
        return true;
    }

    private static boolean isOrganization(NameSpan span, Map<String, String> organizationAliases) {
        List<String> words = span.words();
        Matcher acronym = ACRONYM_AFTER.matcher(span.after());
        boolean hasHead = words.stream().anyMatch(w -> Cues.ORGANIZATION_HEADS.contains(lower(w)));
        boolean specific = words.stream().anyMatch(w -> !Cues.GENERIC.contains(lower(w))
                && !Cues.ORGANIZATION_HEADS.contains(lower(w)) && !NameKeys.PARTICLES.contains(lower(w)));
        boolean organization = words.size() >= 2 && specific
                && (hasHead || acronym.find() || Cues.ORGANIZATION_ROLES.contains(span.before()));
        if (organization) {
            Matcher again = ACRONYM_AFTER.matcher(span.after());
            if (again.find()) {
                organizationAliases.put(again.group(1), span.text());
            }
            String last = words.get(words.size() - 1);
            if (Cues.ORGANIZATION_HEADS.contains(lower(last)) || hasHead) {
                words.stream().filter(w -> Cues.ORGANIZATION_HEADS.contains(lower(w))).findFirst()
                        .ifPresent(head -> organizationAliases.putIfAbsent("the " + lower(head), span.text()));
            }
        }
        return organization;
    }

    private static boolean hasPersonCue(NameSpan span) {
        String next = Cues.nextWord(span.after());
        return Cues.REPORTING_VERBS.contains(next)
                || span.before().equals("said") || span.before().equals("says")
                || Cues.ROLES.contains(span.before())
                || Cues.APPOSITION.matcher(span.after()).find();
    }

    /** "Syrian President", "Russian Kremlin": a country or demonym, then something else. */
    private boolean splitLeadingCountry(NameSpan span, CleanArticle article, List<Found> found, List<Pending> pending,
                                        Map<String, String> organizationAliases) {
        String first = span.words().get(0);
        Optional<GazetteerPlace> country = gazetteer.country(NameKeys.lookup(first));
        boolean demonym = country.isEmpty();
        if (country.isEmpty()) {
            country = gazetteer.demonym(NameKeys.lookup(first));
        }
        if (country.isEmpty()) {
            return false;
        }
        found.add(Found.place(country.get(), first, span.block(), !demonym));
        int restStart = span.start() + first.length() + 1;
        classify(span.sub(1, span.words().size(), restStart, span.end()), article, found, pending, organizationAliases);
        return true;
    }

    private boolean addPlace(NameSpan span, List<Found> found, List<Pending> pending) {
        String key = NameKeys.lookup(span.text());
        boolean regionCue = Cues.REGION_WORDS.contains(Cues.nextWord(span.after()));
        List<GazetteerPlace> regions = gazetteer.regions(key);
        if (regionCue && !regions.isEmpty()) {
            found.add(Found.place(regions.get(0), span.text(), span.block(), true));
            return true;
        }
        List<GazetteerPlace> cities = gazetteer.places(key);
        if (cities.isEmpty()) {
            if (!regions.isEmpty() && regions.stream().anyMatch(r -> r.country().equals("US")) && key.length() >= 4) {
                found.add(Found.place(regions.stream().filter(r -> r.country().equals("US")).findFirst().get(),
                        span.text(), span.block(), true));
                return true;
            }
            return false;
        }
        boolean cued = regionCue || Cues.PLACE_PREPOSITIONS.contains(span.before())
                // a name of several words that the gazetteer knows ("Bou Kamal") is rarely anything else
                || span.words().size() > 1;
        long population = cities.get(0).population();
        boolean bareOk = population >= BARE_CITY_POPULATION
                && (!span.sentenceStart() || span.words().size() > 1 || population >= SENTENCE_START_CITY_POPULATION);
        // Population 0 means GeoNames does not know it; such towns come from the alias table.
        boolean cuedOk = cued && (population >= CUED_CITY_POPULATION || population == 0);
        if (!cuedOk && !bareOk) {
            return false;
        }
        if (span.words().size() == 1) {
            pending.add(new Pending(span, Hint.PLACE, cities));
        } else {
            found.add(Found.place(cities.get(0), span.text(), span.block(), true));
        }
        return true;
    }

    /**
     * Second pass. Acronyms and "the Observatory" first, so an organization is never taken for a
     * surname; then surnames, which also confirm a full name given without a cue ("Vladimir Putin
     * reaffirmed" ... "Mr Putin"); then single-word places.
     */
    private void resolvePending(List<Found> found, List<Pending> pending, Map<String, String> organizationAliases) {
        Map<String, String> surnames = surnames(found);
        for (Pending item : pending) {
            String surname = NameKeys.lastWord(item.span().text());
            if (item.hint() != Hint.SURNAME || organizationOf(item.span(), organizationAliases) != null
                    || surnames.containsKey(surname)) {
                continue;
            }
            Optional<String> full = pending.stream()
                    .filter(p -> p.hint() == Hint.UNSUPPORTED && p.span().words().size() >= 2
                            && p.span().words().size() <= 4 && isPersonName(p.span().words())
                            && NameKeys.lastWord(p.span().text()).equals(surname))
                    .map(p -> p.span().text()).findFirst();
            if (full.isPresent() || item.places().isEmpty()) {
                surnames.put(surname, full.orElse(item.span().text()));
            }
        }
        Set<String> countries = new HashSet<>();
        Set<Integer> blocksWithPlaces = new HashSet<>();
        for (Found item : found) {
            item.place().ifPresent(place -> {
                blocksWithPlaces.add(item.block());
                if (item.kind() == EntityKind.COUNTRY) {
                    countries.add(place.country());
                }
            });
        }
        for (Pending item : pending) {
            NameSpan span = item.span();
            String text = span.text();
            String organization = organizationOf(span, organizationAliases);
            if (organization != null) {
                found.add(Found.actor(EntityKind.ORGANIZATION, organization, text, span.block()));
                continue;
            }
            String person = surnames.get(NameKeys.lastWord(text));
            if (person != null && (span.words().size() == 1 || NameKeys.key(person).endsWith(NameKeys.key(text)))) {
                found.add(Found.actor(EntityKind.PERSON, person, text, span.block()));
                continue;
            }
            boolean listedWithPlaces = item.hint() == Hint.UNSUPPORTED
                    && Set.of("and", "or").contains(span.before()) && blocksWithPlaces.contains(span.block());
            if (!item.places().isEmpty() && (item.hint() != Hint.UNSUPPORTED || listedWithPlaces)) {
                GazetteerPlace place = item.places().stream().filter(p -> countries.contains(p.country())).findFirst()
                        .orElse(item.places().get(0));
                found.add(Found.place(place, text, span.block(), true));
            }
        }
    }

    /** The organization an acronym ("HTS") or "the Observatory" stands for in this article. */
    private static String organizationOf(NameSpan span, Map<String, String> organizationAliases) {
        if (span.words().size() != 1) {
            return null;
        }
        String organization = organizationAliases.get(span.text());
        if (organization == null && span.before().equals("the")) {
            organization = organizationAliases.get("the " + lower(span.text()));
        }
        return organization;
    }

    /** Each full person name by its surname; a surname two people share maps to neither. */
    private static Map<String, String> surnames(List<Found> found) {
        Map<String, String> surnames = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (Found person : found) {
            if (person.kind() != EntityKind.PERSON) {
                continue;
            }
            String surname = NameKeys.lastWord(person.name());
            String existing = surnames.get(surname);
            if (existing != null && !NameKeys.key(existing).equals(NameKeys.key(person.name()))) {
                ambiguous.add(surname);
            }
            surnames.putIfAbsent(surname, person.name());
        }
        ambiguous.forEach(surnames::remove);
        return surnames;
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT).replace(".", "");
    }
}
