package org.briefing.analysis.entities;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefing.analysis.entities.Findings.Hint;
import org.briefing.content.RegistryEntry;

/**
 * The first reading of a name: decides from the name and the words around it whether it is a
 * person, an organization or a place, or must wait for the rest of the article. Rules, in order:
 * the article's own outlet is skipped; the editor's registry; outlets wait to be named twice;
 * well-known organizations; a title run before a name ("Iranian President
 * Masoud Pezeshkian"); an organization's head word or acronym; a country or demonym; a person cue
 * (role before, reporting verb or apposition after); a leading country ("Syrian President"); a
 * gazetteer place.
 */
final class SpanClassifier {

    /** "(HTS)", "(NYPD)", "(PKK/YPG)" aside: two capitals at least, so "Ted Cruz (Texas)" is no organization. */
    private static final Pattern ACRONYM_AFTER = Pattern.compile("^\\s*\\((\\p{Lu}\\p{Ll}{0,3}\\p{Lu}[\\p{Lu}\\p{Ll}]{0,6})\\)");
    /** Words that open sentences or run into names without being part of them. */
    private static final Set<String> OPENERS = Set.of("the", "a", "an", "but", "and", "or", "in", "on", "at", "of",
            "for", "to", "by", "with", "from", "as", "if", "when", "while", "after", "before", "since", "until",
            "although", "though", "because", "so", "yet", "he", "she", "it", "they", "we", "you", "this", "that",
            "these", "those", "his", "her", "its", "their", "our", "my", "your", "meanwhile", "however", "separately",
            "elsewhere", "ultimately", "still", "also", "now", "then", "later", "earlier", "today", "yesterday",
            "instead", "overall", "despite", "according", "speaking", "asked", "like", "unlike", "many", "several",
            "some", "most", "both", "every", "last", "next", "such", "among", "amid", "under", "over", "without",
            "during", "what", "who", "why", "how", "there", "here", "where", "all", "no", "not", "even", "only",
            "just", "more", "other", "another", "each", "one", "two", "three", "former", "current", "late");
    /** Months and weekdays are never actors or places ("March", "Monday"). */
    static final Set<String> CALENDAR = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
            "nov", "dec");
    /** Cities this large are named bare in news; smaller ones need a preposition ("in Manbij"). */
    static final long BARE_CITY_POPULATION = 100_000;
    private static final long SENTENCE_START_CITY_POPULATION = 1_000_000;
    static final long CUED_CITY_POPULATION = 1_000;
    /**
     * Countries whose first-level regions news names bare, as places in their own right: the US
     * states ("Arizona") and the nations of the United Kingdom ("England", "Scotland").
     */
    private static final Set<String> BARE_REGION_COUNTRIES = Set.of("US", "GB");
    private static final int MIN_PLACE_LETTERS = 3;
    /** A score right after a name: "83", "429-7", "5"; not a date ("1996-08-30") or a year range. */
    /** A score anywhere in a line: "2-1", "by an innings and 39 runs", "92-81". */
    private static final Pattern SCORE_IN_LINE = Pattern.compile("(?<![\\d-])\\d{1,3}-\\d{1,3}(?![\\d-])|\\binnings\\b|\\b\\d{1,3} runs\\b");
    /** "UEFA", "CFDT", "BOJ": capitals only (an ampersand inside, "S&P", is one). */
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}[\\p{Lu}&]{2,7}");
    private static final Pattern ROMAN_NUMERAL = Pattern.compile("[IVXLC]+");
    /** "Bristol Rovers 1 Stockport 1", "Notts County 0 York 1 (after extra time)". */
    private static final Pattern RESULT_PAIR = Pattern.compile(
            "\\p{Lu}[\\p{L}.'’&-]*(?: \\p{Lu}[\\p{L}.'’&-]*){0,3} \\d{1,3} \\p{Lu}[\\p{L}.'’&-]*(?: \\p{Lu}[\\p{L}.'’&-]*){0,3} \\d{1,3}(?: \\(.*\\))?");
    private static final Pattern SCORE_AFTER = Pattern.compile("^ \\d{1,3}(-\\d{1,3})?(?![\\d-])");

    private final Gazetteer gazetteer;
    private final KnownNames known;
    private final Registry registry;

    SpanClassifier(Gazetteer gazetteer, KnownNames known, Registry registry) {
        this.gazetteer = gazetteer;
        this.known = known;
        this.registry = registry;
    }

    void classify(NameSpan raw, Optional<String> outlet, Findings findings) {
        Optional<NameSpan> trimmed = trim(raw);
        if (trimmed.isEmpty()) {
            return;
        }
        NameSpan span = trimmed.get();
        String text = span.text();
        if (outlet.map(o -> NameKeys.lookup(o).equals(NameKeys.lookup(text))).orElse(false)) {
            return;
        }
        Optional<RegistryEntry> entry = registry.find(text);
        if (entry.isPresent()) {
            // the editor has said what this name is (or that it is nothing to tag)
            if (!entry.get().hidden()) {
                EntityKind kind = Registry.kindOf(entry.get());
                findings.found.add(kind.type() == EntityType.PLACE
                        ? Found.place(Registry.placeOf(entry.get()), text, span.block(), true)
                        : Found.actor(kind, entry.get().name(), text, span.block()));
            }
            return;
        }
        if (known.isMedia(text)) {
            // named once, an outlet is a source ("told Reuters"); named again, it is in the story
            findings.wait(span, Hint.MEDIA, List.of());
            return;
        }
        Optional<String> organization = known.organization(text);
        if (organization.isPresent()) {
            findings.found.add(Found.actor(EntityKind.ORGANIZATION, organization.get(), text, span.block()));
        } else if (span.size() > 1 && gazetteer.country(NameKeys.lookup(text)).isPresent()) {
            // "Russian Federation", "Slovak Republic": a country's own name, whatever its last word
            addCountry(span, findings);
        } else if (addWorldRegion(span, findings)) {
            return;
        } else if (splitAtOf(span, outlet, findings)) {
            return;
        } else if (splitTitledPerson(span, outlet, findings) || addOrganization(span, findings)
                || addOrganizationByKnownHead(span, outlet, findings)) {
            return;
        } else if (addCountry(span, findings)) {
            return;
        } else if (hasPersonCue(span) && isPersonName(span.lowerWords()) && !span.quoted()) {
            NameSpan person = withoutLeadingTitles(span);
            if (person.size() == 1) {
                // "Ankara said" is the government speaking, "Koseoglu said" a person: pass two decides.
                // "Cotti said Chechnya must...": a region of a country the article names is no surname either
                String key = NameKeys.lookup(person.text());
                List<GazetteerPlace> places = new java.util.ArrayList<>(gazetteer.places(key).stream()
                        .filter(p -> p.population() >= BARE_CITY_POPULATION).toList());
                places.addAll(gazetteer.regions(key));
                findings.wait(person, Hint.SURNAME, places);
            } else if (person.size() <= 5) {
                findings.found.add(Found.actor(EntityKind.PERSON, person.text(), person.text(), span.block()));
            }
        } else if (span.size() > 1 && splitLeadingCountry(span, outlet, findings)) {
            return;
        } else if (addTeamInResults(span, findings) || addTeamByCue(span, findings) || addPlaceByNoun(span, findings)
                || addStructure(span, findings)) {
            return;
        } else if (!addPlace(span, findings) && !addNamedPerson(span, findings) && !waitAsAcronym(span, findings)) {
            List<GazetteerPlace> small = span.size() == 1 && letters(text) >= MIN_PLACE_LETTERS
                    ? gazetteer.places(NameKeys.lookup(text)).stream()
                            .filter(p -> p.population() >= CUED_CITY_POPULATION || p.population() == 0).toList()
                    : List.of();
            findings.wait(span, Hint.UNSUPPORTED, small);
        }
    }

    /**
     * Whether the {@link ContextTagger} may learn from this (trimmed) span or decide it: not the
     * article's own outlet, a news outlet, or a name the editor's registry settles.
     */
    boolean mayBeLearned(NameSpan span, Optional<String> outlet) {
        String text = span.text();
        return !outlet.map(o -> NameKeys.lookup(o).equals(NameKeys.lookup(text))).orElse(false)
                && registry.find(text).isEmpty() && !known.isMedia(text);
    }

    /** Drops openers ("But Sullivan" gives "Sullivan") and calendar words; empty when nothing is left. */
    static Optional<NameSpan> trim(NameSpan span) {
        int from = 0;
        while (from < span.size()) {
            String word = span.lowerWords().get(from);
            if (!OPENERS.contains(word) && !CALENDAR.contains(word)) {
                break;
            }
            from++;
        }
        int to = span.size();
        while (to > from && CALENDAR.contains(span.lowerWords().get(to - 1))) {
            to--;
        }
        return from == to ? Optional.empty() : Optional.of(from == 0 && to == span.size() ? span : span.sub(from, to));
    }

    /**
     * "Benetton of Italy", "Peter Nicol of Scotland", "Kia Motor Corp of South Korea", "Joel Naroff of
     * First Union": a name, "of", and a place (or, after a person's name, anything) are two names,
     * each read on its own. A city before a country is the club or team of that city ("Karlsruhe of
     * Germany"). Names whose word before "of" takes it are one name: an organization's head ("Bank of
     * England"), a place word ("Federal Republic of Yugoslavia", the country itself; "Gulf of Mexico").
     */
    private boolean splitAtOf(NameSpan span, Optional<String> outlet, Findings findings) {
        List<String> lowered = span.lowerWords();
        int of = lowered.lastIndexOf("of");
        // "Bank of England" is one name; "Kia Motor Corp of South Korea" is two, as no company suffix takes "of"
        if (of < 1 || of > span.size() - 2
                || Cues.ORGANIZATION_HEADS.contains(lowered.get(of - 1)) && !Cues.COMPANY_SUFFIXES.contains(lowered.get(of - 1))) {
            return false;
        }
        NameSpan before = span.sub(0, of);
        NameSpan after = span.sub(of + 1, span.size());
        for (int k = 1; k < after.size(); k++) {
            if (gazetteer.country(NameKeys.lookup(after.sub(0, k).text())).isPresent()) {
                // "Gold Fields of South Africa Ltd": a country inside a longer name is part of that name
                return false;
            }
        }
        String afterKey = NameKeys.lookup(after.text());
        Optional<GazetteerPlace> country = gazetteer.country(afterKey);
        if (Cues.PLACE_HEADS.contains(lowered.get(of - 1))) {
            if (country.isPresent() && Cues.STATE_WORDS.contains(lowered.get(of - 1))) {
                findings.found.add(Found.place(country.get(), span.text(), span.block(), true));
                return true;
            }
            return false;
        }
        boolean place = country.isPresent() || !gazetteer.regions(afterKey).isEmpty()
                || gazetteer.places(afterKey).stream().anyMatch(p -> p.population() >= CUED_CITY_POPULATION);
        // "Joel Naroff of First Union", "Lynn Reaser of Barnett Banks Inc": a person of a body
        boolean person = before.size() >= 2 && before.size() <= 4 && isPersonName(before.lowerWords())
                && (known.isGivenName(before.words().get(0)) || hasHeadWord(after.lowerWords()))
                && !namesRegionOrCountry(before);
        if (known.organization(after.text()).isPresent() || !(place || person)) {
            return false;
        }
        String beforeKey = NameKeys.lookup(before.text());
        if (country.isPresent() && before.size() == 1 && isTeamPlace(beforeKey)) {
            findings.found.add(Found.actor(EntityKind.ORGANIZATION, before.text(), before.text(), span.block()));
            findings.teams.add(beforeKey);
        } else if (person) {
            findings.found.add(Found.actor(EntityKind.PERSON, before.text(), before.text(), span.block()));
        } else {
            classify(before, outlet, findings);
        }
        // "Robert Menendez, Democrat of New Jersey, the incoming chairman": a cue after the whole
        // is the first name's; the place after "of" is read as a place only
        if (!place || !addCountry(after, findings) && !addPlace(after, findings)) {
            classify(after, outlet, findings);
        }
        return true;
    }

    /**
     * "Iranian President Masoud Pezeshkian", "Secretary of State Hillary Clinton", "Mr. Putin": a
     * run of titles with a personal title in it, then a name. What stands before the titles is
     * classified on its own.
     */
    private boolean splitTitledPerson(NameSpan span, Optional<String> outlet, Findings findings) {
        List<String> words = span.words();
        int nameStart = words.size();
        List<String> lowered = span.lowerWords();
        while (nameStart > 0 && !Cues.TITLES.contains(lowered.get(nameStart - 1))) {
            nameStart--;
        }
        if (nameStart == 0 || nameStart == words.size()) {
            return false;
        }
        int runStart = nameStart;
        boolean personal = false;
        boolean office = false;
        while (runStart > 0 && Cues.TITLES.contains(lowered.get(runStart - 1))) {
            String title = lowered.get(runStart - 1);
            personal |= Cues.PERSONAL_TITLES.contains(title);
            office |= Cues.PERSONAL_TITLES.contains(title) && !Cues.HONORIFICS.contains(title);
            runStart--;
        }
        List<String> name = words.subList(nameStart, words.size());
        // "House Majority Whip Kevin McCarthy": a title run and then a given name is a person too
        personal |= known.isGivenName(name.get(0)) && name.size() > 1;
        if (!personal || name.size() > 4 || !isPersonName(lowered.subList(nameStart, words.size()))
                || namesRegionOrCountry(span.sub(nameStart, words.size()))) {
            // "Republican of North Carolina" is a congressman's state, not his name
            return false;
        }
        if (runStart > 0) {
            classify(span.sub(0, runStart), outlet, findings);
        }
        NameSpan person = span.sub(nameStart, words.size());
        if (person.size() == 1) {
            findings.wait(person, Hint.SURNAME, List.of());
        } else {
            findings.found.add(Found.actor(EntityKind.PERSON, person.text(), person.text(), span.block()));
            if (office) {
                findings.officeHolders.add(person.text());
            }
        }
        return true;
    }

    /**
     * Two or more words with an organization's head word ("Syrian Democratic Forces"), an acronym
     * after them ("(HTS)") or an organization word before them ("jihadi group ..."), and at least one
     * word that is not generic: "Foreign Ministry" alone names no one body.
     */
    private static boolean addOrganization(NameSpan span, Findings findings) {
        List<String> words = span.words();
        Matcher acronym = ACRONYM_AFTER.matcher(span.after());
        boolean hasAcronym = span.after().stripLeading().startsWith("(") && acronym.find();
        List<String> lowered = span.lowerWords();
        boolean hasHead = hasHeadWord(lowered);
        boolean specific = lowered.stream().anyMatch(w -> !Cues.GENERIC.contains(w)
                && !Cues.ORGANIZATION_HEADS.contains(w) && !NameKeys.PARTICLES.contains(w));
        if (words.size() < 2 || !specific || !(hasHead || hasAcronym || Cues.ORGANIZATION_ROLES.contains(span.before()))) {
            return false;
        }
        String name = span.text();
        if (hasAcronym) {
            findings.organizationAliases.put(acronym.group(1), name);
        }
        for (int i = 0; i < lowered.size(); i++) {
            if (isHeadAt(lowered, i)) {
                findings.organizationAliases.putIfAbsent("the " + lowered.get(i), name);
                break;
            }
        }
        findings.found.add(Found.actor(EntityKind.ORGANIZATION, name, name, span.block()));
        return true;
    }

    /**
     * A head word ends the name or is followed by "of"/"for": "Syrian Democratic Forces",
     * "Observatory for Human Rights", "Ministry of Foreign Affairs"; in "Senate Bill" the head is
     * only a modifier.
     */
    private static boolean hasHeadWord(List<String> lowered) {
        for (int i = 0; i < lowered.size(); i++) {
            if (isHeadAt(lowered, i)) {
                return true;
            }
        }
        return false;
    }

    /** @param lowered the span's lower-cased words */
    private static boolean isHeadAt(List<String> lowered, int i) {
        return Cues.ORGANIZATION_HEADS.contains(lowered.get(i))
                && (i == lowered.size() - 1 || lowered.get(i + 1).equals("of") || lowered.get(i + 1).equals("for"));
    }

    /**
     * "Senate Republicans", "Kataib Hezbollah": a name ending in a well-known organization's name
     * is an organization of its own; after a country or demonym ("Lebanese Hezbollah") it is
     * the known one, and the country is named too.
     */
    private boolean addOrganizationByKnownHead(NameSpan span, Optional<String> outlet, Findings findings) {
        if (span.size() < 2) {
            return false;
        }
        Optional<String> head = known.organization(span.words().get(span.size() - 1));
        if (head.isEmpty()) {
            return false;
        }
        String first = span.words().get(0);
        if (gazetteer.country(NameKeys.lookup(first)).isPresent() || gazetteer.demonym(NameKeys.lookup(first)).isPresent()) {
            classify(span.sub(0, span.size() - 1), outlet, findings);
            NameSpan last = span.sub(span.size() - 1, span.size());
            findings.found.add(Found.actor(EntityKind.ORGANIZATION, head.get(), last.text(), span.block()));
        } else {
            findings.found.add(Found.actor(EntityKind.ORGANIZATION, span.text(), span.text(), span.block()));
        }
        return true;
    }

    /**
     * "Glenn Beck, the hero of the political right": two to four capitalised words that start with a
     * given name and are nothing else the rules know are a person's name.
     */
    private boolean addNamedPerson(NameSpan span, Findings findings) {
        List<String> words = span.words();
        // "North Carolina", a region, and "“Andrea Mitchell Reports.”", a programme, start with given names
        if (span.quoted() || namesRegionOrCountry(span)) {
            return false;
        }
        if (words.size() < 2 || words.size() > 4 || !known.isGivenName(words.get(0)) || !isPersonName(span.lowerWords())
                || words.stream().anyMatch(w -> w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT)))) {
            return false;
        }
        String last = words.get(words.size() - 1);
        if (gazetteer.country(NameKeys.lookup(last)).isPresent() || gazetteer.demonym(NameKeys.lookup(last)).isPresent()) {
            return false;
        }
        findings.found.add(Found.actor(EntityKind.PERSON, span.text(), span.text(), span.block()));
        return true;
    }

    private boolean namesRegionOrCountry(NameSpan span) {
        String key = NameKeys.lookup(span.text());
        return !gazetteer.regions(key).isEmpty() || gazetteer.country(key).isPresent();
    }

    private boolean addCountry(NameSpan span, Findings findings) {
        if (span.size() == 1 && span.text().indexOf('-') > 0 && addCountryPair(span, findings)) {
            return true;
        }
        String key = NameKeys.lookup(span.text());
        Optional<GazetteerPlace> country = gazetteer.country(key);
        if (country.isPresent()) {
            findings.found.add(Found.place(country.get(), span.text(), span.block(), true));
            return true;
        }
        Optional<GazetteerPlace> demonym = span.size() == 1 ? gazetteer.demonym(key) : Optional.empty();
        demonym.ifPresent(place -> findings.found.add(Found.place(place, span.text(), span.block(), false)));
        return demonym.isPresent();
    }

    /**
     * "UEFA came down heavily", "the policy-making FOMC", "Air France's CFDT union": a single word
     * of three to eight capitals in running text stands for an organization, unless it is an
     * abbreviation of a common noun ("CEO", "GDP"), a Roman numeral, or the block is itself in
     * capitals (a heading or a table). Waits for the second pass, which ties it to the
     * organization it abbreviates when the article gave one.
     */
    private static boolean waitAsAcronym(NameSpan span, Findings findings) {
        String text = span.text();
        if (span.size() != 1 || !ACRONYM.matcher(text).matches() || Cues.COMMON_ABBREVIATIONS.contains(text.toLowerCase(Locale.ROOT))
                || ROMAN_NUMERAL.matcher(text).matches() || mostlyCapitals(span.source())) {
            return false;
        }
        findings.wait(span, Hint.ACRONYM, List.of());
        return true;
    }

    /** Whether most of a block's letters are capitals: a heading, a table's row, a shouted line. */
    static boolean mostlyCapitals(String text) {
        int upper = 0;
        int lower = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (Character.isLowerCase(c)) {
                lower++;
            }
        }
        return upper >= lower;
    }

    /**
     * "Europe", "the Middle East", "the Gulf", "Midwest": a continent or a wide region, named as a
     * whole (in "Gulf War" it is part of another name).
     */
    private boolean addWorldRegion(NameSpan span, Findings findings) {
        Optional<GazetteerPlace> region = gazetteer.worldRegion(NameKeys.lookup(span.text()));
        region.ifPresent(place -> findings.found.add(Found.place(place, span.text(), span.block(), true)));
        return region.isPresent();
    }

    /**
     * "Tiananmen Square", "Insein Prison", "Ellis Park", "Wall Street": two or more words ending in a
     * word for a built or natural thing name a place, unless the name is a person's ("George
     * Washington Bridge" is still the bridge) or the thing is also a body ("hospital", "church").
     */
    private boolean addStructure(NameSpan span, Findings findings) {
        List<String> lowered = span.lowerWords();
        String last = lowered.get(lowered.size() - 1);
        if (span.size() < 2 || !Cues.STRUCTURES.contains(last) || Cues.ORGANIZATION_HEADS.contains(last)
                || lowered.contains("of") && !lowered.get(0).equals("the") || span.quoted()) {
            return false;
        }
        String text = span.text();
        String key = NameKeys.lookup(text);
        if (!gazetteer.places(key).isEmpty() || !gazetteer.regions(key).isEmpty()) {
            // "Green Bay", "Long Island": the gazetteer's place, read below
            return false;
        }
        GazetteerPlace place = GazetteerPlace.unlisted(text, EntityKind.OTHER_PLACE, "", "");
        findings.found.add(Found.place(place, text, span.block(), true));
        return true;
    }

    /** "National Security Adviser Susan Rice" is Susan Rice; a name of titles only stays as it is. */
    /**
     * The name after the titles that lead it: "Gov. Rick Perry" gives "Rick Perry", and "RNC Chair
     * Reince Priebus" "Reince Priebus": the name starts after the last title word with a name behind it.
     */
    private static NameSpan withoutLeadingTitles(NameSpan span) {
        int from = 0;
        for (int i = 0; i < span.size() - 1; i++) {
            if (Cues.TITLES.contains(span.lowerWords().get(i))) {
                from = i + 1;
            }
        }
        return from == 0 ? span : span.sub(from, span.size());
    }

    /** "Turkey-Syria border", "US-Israeli talks": each part a country or demonym. */
    private boolean addCountryPair(NameSpan span, Findings findings) {
        String[] parts = span.text().split("-");
        java.util.List<GazetteerPlace> countries = new java.util.ArrayList<>();
        for (String part : parts) {
            Optional<GazetteerPlace> country = gazetteer.country(NameKeys.lookup(part)).or(() -> gazetteer.demonym(NameKeys.lookup(part)));
            if (country.isEmpty()) {
                return false;
            }
            countries.add(country.get());
        }
        for (int i = 0; i < parts.length; i++) {
            boolean name = gazetteer.country(NameKeys.lookup(parts[i])).isPresent();
            findings.found.add(Found.place(countries.get(i), parts[i], span.block(), name));
        }
        return true;
    }

    private static boolean hasPersonCue(NameSpan span) {
        String next = Cues.nextWord(span.after());
        return Cues.REPORTING_VERBS.contains(next)
                || (span.after().stripLeading().startsWith("(") && Cues.PARTY_AFFILIATION.matcher(span.after()).find())
                || span.before().equals("said") || span.before().equals("says")
                || Cues.ROLES.contains(span.before())
                || (span.after().startsWith(",") && Cues.APPOSITION.matcher(span.after()).find());
    }

    /**
     * A person's name (given as lower-cased words) has no organization word, no connector but name
     * particles ("of", "for" belong to bodies), and is not made of generic words and titles only.
     */
    static boolean isPersonName(List<String> lowered) {
        return lowered.stream().noneMatch(w -> Cues.ORGANIZATION_HEADS.contains(w) || w.equals("of") || w.equals("for")
                        || w.equals("the"))
                && !(lowered.size() > 1 && Cues.STRUCTURES.contains(lowered.get(lowered.size() - 1)))
                && !(lowered.size() == 1 && CALENDAR.contains(lowered.get(0)))
                && !Cues.AFFILIATIONS.contains(lowered.get(lowered.size() - 1))
                && lowered.stream().noneMatch(Cues::isPartyTag)
                && lowered.stream().anyMatch(w -> !Cues.GENERIC.contains(w) && !Cues.TITLES.contains(w));
    }

    /** "Syrian President", "Russian Kremlin": a country or demonym, then something else. */
    private boolean splitLeadingCountry(NameSpan span, Optional<String> outlet, Findings findings) {
        // "Chad Curtis" is a person whose given name is also a country's
        if (span.size() <= 3 && known.isGivenName(span.words().get(0)) && isPersonName(span.lowerWords())) {
            return false;
        }
        NameSpan first = span.sub(0, 1);
        if (!addCountry(first, findings)) {
            return false;
        }
        classify(span.sub(1, span.size()), outlet, findings);
        return true;
    }

    /**
     * "Somerset 83 and 174", "Chicago 5 Boston 3": in a line of results, a place named right before
     * a score is the team or club of that place, an organization; a date after it is a dateline.
     */
    private boolean addTeamInResults(NameSpan span, Findings findings) {
        if (!SCORE_AFTER.matcher(span.after()).find() || Cues.PLACE_PREPOSITIONS.contains(span.before())
                || !isResultsLine(span.source())) {
            return false;
        }
        return addTeam(span, findings);
    }

    /**
     * "Leicestershire beat Somerset", "Surrey captain Chris Lewis", "v Durham": a place with a word
     * of sport beside it is its team or club. "against", "over", "to" and "with" count only on a
     * line that also holds a score ("defeat to Guingamp 2-1"), so "the offensive against Aleppo"
     * stays a place.
     */
    private boolean addTeamByCue(NameSpan span, Findings findings) {
        boolean after = Cues.TEAM_WORDS_AFTER.contains(Cues.nextWord(span.after()));
        String before = span.before();
        boolean strongBefore = Cues.TEAM_WORDS_BEFORE.contains(before);
        boolean scoreBefore = Cues.TEAM_WORDS_BEFORE_A_SCORE.contains(before) && SCORE_IN_LINE.matcher(span.source()).find();
        if (!(after || strongBefore || scoreBefore)) {
            return false;
        }
        return addTeam(span, findings);
    }

    /** A place named as a team is the team, an organization, wherever the article names it. */
    private boolean addTeam(NameSpan span, Findings findings) {
        String key = NameKeys.lookup(span.text());
        if (!isTeamPlace(key)) {
            return false;
        }
        findings.found.add(Found.actor(EntityKind.ORGANIZATION, span.text(), span.text(), span.block()));
        findings.teams.add(key);
        return true;
    }

    /**
     * "Stansted airport", "Qalandia refugee camp", "Sikhin village", "the town of Staouelli": a name
     * with a lower-case word for a place beside it is that place, known to the gazetteer or not.
     * A name the gazetteer does not know becomes a place of its own, without coordinates.
     */
    private boolean addPlaceByNoun(NameSpan span, Findings findings) {
        String next = Cues.nextWord(span.after());
        boolean nounAfter = Cues.PLACE_NOUNS_AFTER.contains(next);
        int start = span.tokens().get(0).start();
        String preceding = span.source().substring(Math.max(0, start - 40), start).toLowerCase(Locale.ROOT);
        boolean nounBefore = Cues.PLACE_NOUNS_BEFORE.matcher(preceding).find();
        String text = span.text();
        if (!(nounAfter || nounBefore) || letters(text) < MIN_PLACE_LETTERS || !span.after().startsWith(" ") && nounAfter
                || span.lowerWords().stream().anyMatch(w -> CALENDAR.contains(w) || Cues.AFFILIATIONS.contains(w))
                || span.size() == 1 && Cues.NOT_PLACES.contains(lower(text))) {
            return false;
        }
        String key = NameKeys.lookup(text);
        Optional<GazetteerPlace> known = gazetteer.places(key).stream().findFirst()
                .or(() -> gazetteer.regions(key).stream().findFirst());
        boolean settlement = nounBefore || Cues.SETTLEMENT_NOUNS.contains(next);
        GazetteerPlace place = known.orElseGet(() -> GazetteerPlace.unlisted(text,
                settlement ? EntityKind.CITY : EntityKind.OTHER_PLACE, "", ""));
        findings.found.add(Found.place(place, text, span.block(), true));
        return true;
    }

    /**
     * Whether a place of that name can be a team of its own: a city or a region ("Chicago",
     * "Florida", "Leicestershire"), not a country or a nation of the United Kingdom, whose sides are
     * reported as the country ("England beat Pakistan").
     */
    private boolean isTeamPlace(String key) {
        if (gazetteer.country(key).isPresent() || gazetteer.regions(key).stream().anyMatch(r -> r.country().equals("GB"))) {
            return false;
        }
        return !gazetteer.places(key).isEmpty() || !gazetteer.regions(key).isEmpty();
    }

    /**
     * A line of results has at least as many numbers as words of six letters or more, and two
     * numbers at least: "Oldham 3 Ipswich 3"; or it is one result of two names of any length,
     * each with its score: "Cambridge United 0 Cardiff 2".
     */
    private static boolean isResultsLine(String text) {
        if (RESULT_PAIR.matcher(text).matches()) {
            return true;
        }
        int numbers = 0;
        int longWords = 0;
        for (String word : text.split("[\\s,;:()]+")) {
            if (!word.isEmpty() && Character.isDigit(word.charAt(0))) {
                numbers++;
            } else if (word.length() >= 6) {
                longWords++;
            }
        }
        return numbers >= 2 && numbers >= longWords;
    }

    /**
     * A region when a region word follows ("Idlib province"), when it is a US state or a UK nation no sizeable
     * city shares the name of ("Arizona"), or, in the second pass, when the article names its
     * country; a city when it is large, cued by a preposition ("in Manbij"), or named in several
     * words the gazetteer knows ("Bou Kamal").
     */
    private boolean addPlace(NameSpan span, Findings findings) {
        String text = span.text();
        if (letters(text) < MIN_PLACE_LETTERS) {
            return false;
        }
        String key = NameKeys.lookup(text);
        List<GazetteerPlace> regions = gazetteer.regions(key);
        List<GazetteerPlace> cities = gazetteer.places(key);
        boolean regionCue = Cues.REGION_WORDS.contains(Cues.nextWord(span.after()));
        long population = cities.isEmpty() ? 0 : cities.get(0).population();
        Optional<GazetteerPlace> state = regions.stream().filter(r -> BARE_REGION_COUNTRIES.contains(r.country())).findFirst();
        if (!regions.isEmpty() && regionCue) {
            findings.found.add(Found.place(state.orElse(regions.get(0)), text, span.block(), true));
            return true;
        }
        // "Virginia" is the state, not the town of 120,000 in South Africa: a state's own country comes first
        if (state.isPresent() && (population < BARE_CITY_POPULATION || !cities.get(0).country().equals(state.get().country()))) {
            findings.found.add(Found.place(state.get(), text, span.block(), true));
            return true;
        }
        boolean cued = Cues.PLACE_PREPOSITIONS.contains(span.before()) || span.size() > 1;
        // Population 0 means GeoNames does not know it; such towns come from the alias table.
        boolean cuedOk = cued && (population >= CUED_CITY_POPULATION || population == 0);
        boolean bareOk = population >= BARE_CITY_POPULATION
                && (!span.sentenceStart() || span.size() > 1 || population >= SENTENCE_START_CITY_POPULATION)
                // "Nancy", "Georgia": a given name alone is more often the person's
                && (span.size() > 1 || !known.isGivenName(text));
        if (span.size() == 1 && Cues.NOT_PLACES.contains(lower(text))) {
            return false;
        }
        if (!cities.isEmpty() && (cuedOk || bareOk)) {
            if (span.size() == 1) {
                findings.wait(span, Hint.PLACE, cities);
            } else {
                findings.found.add(Found.place(cities.get(0), text, span.block(), true));
            }
            return true;
        }
        if (!regions.isEmpty()) {
            findings.wait(span, Hint.REGION, regions);
            return true;
        }
        return false;
    }

    private static long letters(String text) {
        return text.chars().filter(Character::isLetter).count();
    }

    static String lower(String word) {
        return word.toLowerCase(Locale.ROOT).replace(".", "");
    }
}
