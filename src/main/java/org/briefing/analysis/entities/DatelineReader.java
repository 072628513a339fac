package org.briefing.analysis.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The places a dateline names. Every part of it is a place: "Milwaukee, Wisconsin" names the city
 * and the state, "Nice, France" the city and the country, "Farmington Hills, Mich." the city and
 * Michigan (datelines abbreviate US states the news agencies' way). The city is the gazetteer's
 * place of that name in the country or state the dateline gives; a town the gazetteer lacks is still
 * a place when the rest of the dateline says where it is ("Longyear, Norway"), since a dateline names
 * nothing else.
 */
final class DatelineReader {

    /** The news agencies' abbreviations of US states in datelines ("Calif.", "N.H."), by lookup key. */
    private static final Map<String, String> US_STATE_ABBREVIATIONS = Map.ofEntries(
            Map.entry("ala", "Alabama"), Map.entry("ariz", "Arizona"), Map.entry("ark", "Arkansas"),
            Map.entry("calif", "California"), Map.entry("colo", "Colorado"), Map.entry("conn", "Connecticut"),
            Map.entry("del", "Delaware"), Map.entry("fla", "Florida"), Map.entry("ga", "Georgia"),
            Map.entry("ill", "Illinois"), Map.entry("ind", "Indiana"), Map.entry("kan", "Kansas"),
            Map.entry("kans", "Kansas"), Map.entry("ky", "Kentucky"), Map.entry("la", "Louisiana"),
            Map.entry("md", "Maryland"), Map.entry("mass", "Massachusetts"), Map.entry("mich", "Michigan"),
            Map.entry("minn", "Minnesota"), Map.entry("miss", "Mississippi"), Map.entry("mo", "Missouri"),
            Map.entry("mont", "Montana"), Map.entry("neb", "Nebraska"), Map.entry("nebr", "Nebraska"),
            Map.entry("nev", "Nevada"), Map.entry("nh", "New Hampshire"), Map.entry("nj", "New Jersey"),
            Map.entry("nm", "New Mexico"), Map.entry("ny", "New York"), Map.entry("nc", "North Carolina"),
            Map.entry("nd", "North Dakota"), Map.entry("okla", "Oklahoma"), Map.entry("ore", "Oregon"),
            Map.entry("pa", "Pennsylvania"), Map.entry("ri", "Rhode Island"), Map.entry("sc", "South Carolina"),
            Map.entry("sd", "South Dakota"), Map.entry("tenn", "Tennessee"), Map.entry("tex", "Texas"),
            Map.entry("vt", "Vermont"), Map.entry("va", "Virginia"), Map.entry("wash", "Washington"),
            Map.entry("wva", "West Virginia"), Map.entry("wis", "Wisconsin"), Map.entry("wyo", "Wyoming"));

    private final Gazetteer gazetteer;

    DatelineReader(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * The places of a dateline as the cleaning stage gives it ("Kansas City, Mo."), each with the
     * words the dateline wrote as its surface; empty when its first part is nothing the gazetteer
     * knows and no later part says where it is.
     */
    List<Found> placesOf(String dateline) {
        String[] parts = dateline.split(",");
        List<Found> found = new ArrayList<>();
        Optional<GazetteerPlace> where = Optional.empty();
        for (int i = 1; i < parts.length && where.isEmpty(); i++) {
            where = wider(parts[i].strip());
            if (where.isPresent()) {
                found.add(Found.place(where.get(), parts[i].strip(), -1, true));
            }
        }
        String first = parts[0].strip();
        Optional<GazetteerPlace> place = city(first, where).or(() -> wider(first));
        if (place.isEmpty() && where.isPresent()) {
            GazetteerPlace within = where.get();
            place = Optional.of(GazetteerPlace.unlisted(first, EntityKind.CITY, within.country(),
                    within.kind() == EntityKind.REGION ? within.name() : ""));
        }
        place.ifPresent(p -> found.add(0, Found.place(p, first, -1, true)));
        return found;
    }

    /** The city of that name in the region given, else in its country; the most populous when none is given. */
    private Optional<GazetteerPlace> city(String name, Optional<GazetteerPlace> where) {
        List<GazetteerPlace> cities = gazetteer.places(NameKeys.lookup(name));
        if (where.isEmpty()) {
            return cities.stream().findFirst();
        }
        GazetteerPlace within = where.get();
        List<GazetteerPlace> inCountry = cities.stream().filter(city -> city.country().equals(within.country())).toList();
        return inCountry.stream().filter(city -> within.kind() != EntityKind.REGION
                        || NameKeys.lookup(city.region()).equals(NameKeys.lookup(within.name())))
                .findFirst().or(() -> inCountry.stream().findFirst());
    }

    /** A country, a region, or a US state written the agencies' way. */
    private Optional<GazetteerPlace> wider(String name) {
        String key = NameKeys.lookup(name);
        String state = US_STATE_ABBREVIATIONS.get(key.replace(" ", ""));
        if (state != null) {
            return gazetteer.regions(NameKeys.lookup(state)).stream().filter(r -> r.country().equals("US")).findFirst();
        }
        return gazetteer.country(key).or(() -> gazetteer.regions(key).stream().findFirst());
    }
}
