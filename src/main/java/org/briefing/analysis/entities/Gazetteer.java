package org.briefing.analysis.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Countries (with demonyms), first-level regions and populated places, read from the data
 * committed under {@code src/main/resources/gazetteer/} (GeoNames, CC BY 4.0; see its LICENSE).
 * Lookups take a folded name ({@link NameKeys#lookup}); ambiguous names give every candidate,
 * most populous first. Immutable once loaded, so one process shares one ({@link #shared}).
 */
final class Gazetteer {

    private final Map<String, GazetteerPlace> countries = new HashMap<>();
    private final Map<String, GazetteerPlace> countriesByCode = new HashMap<>();
    private final Map<String, GazetteerPlace> demonyms = new HashMap<>();
    private final Map<String, List<GazetteerPlace>> regions = new HashMap<>();
    private final Map<String, GazetteerPlace> worldRegions = new HashMap<>();
    private final Map<String, List<GazetteerPlace>> places = new HashMap<>();
    /** Region key to the city it is named after (see {@link #namesakeCity}). */
    private final Map<String, GazetteerPlace> namesakes = new HashMap<>();

    private Gazetteer() {
    }

    /**
     * The process's gazetteer, read on first use. Reading 135,000 places takes a second or more:
     * once per process, {@code serve}'s rebuilds do not pay it again, and {@link
     * EntityRecognizer#preload} can read it while the articles are read.
     */
    static synchronized Gazetteer shared() {
        // Not a holder class: a failed class initialisation would leave every later caller a
        // NoClassDefFoundError instead of the failure itself (an OutOfMemoryError the command
        // explains); a failed read here leaves the next caller to try again and meet it.
        if (shared == null) {
            shared = load();
        }
        return shared;
    }

    private static Gazetteer shared;

    static Gazetteer load() {
        Gazetteer gazetteer = new Gazetteer();
        gazetteer.readCountries();
        gazetteer.readRegions();
        gazetteer.readPlaces();
        gazetteer.readWorldRegions();
        Comparator<GazetteerPlace> byPopulation = Comparator.comparingLong((GazetteerPlace p) -> -p.population())
                .thenComparing(GazetteerPlace::key);
        gazetteer.places.values().forEach(list -> list.sort(byPopulation));
        gazetteer.regions.values().forEach(list -> list.sort(Comparator.comparing(GazetteerPlace::key)));
        gazetteer.findNamesakes();
        return gazetteer;
    }

    Optional<GazetteerPlace> country(String folded) {
        return Optional.ofNullable(countries.get(folded));
    }

    /**
     * A continent or a region wider than one country's divisions, or across them ("Europe", "Middle
     * East", "the Gulf", "Midwest"), named bare in news as a country is.
     */
    Optional<GazetteerPlace> worldRegion(String folded) {
        return Optional.ofNullable(worldRegions.get(folded));
    }

    Optional<GazetteerPlace> countryByCode(String iso2) {
        return Optional.ofNullable(countriesByCode.get(iso2));
    }

    /** The country a demonym belongs to: "syrian" gives Syria. */
    Optional<GazetteerPlace> demonym(String folded) {
        return Optional.ofNullable(demonyms.get(folded));
    }

    List<GazetteerPlace> regions(String folded) {
        return regions.getOrDefault(folded, List.of());
    }

    /**
     * The city a region is named after: same name, same country, and lying in that region
     * (Idlib in Idlib province). US states are never folded into a city: in US news "New York"
     * the state is an actor of its own.
     */
    Optional<GazetteerPlace> namesakeCity(GazetteerPlace region) {
        return Optional.ofNullable(namesakes.get(region.key()));
    }

    private void findNamesakes() {
        Set<GazetteerPlace> seen = new HashSet<>();
        regions.values().forEach(list -> list.forEach(region -> {
            if (region.country().equals("US") || !seen.add(region)) {
                return;
            }
            places(NameKeys.lookup(region.name())).stream()
                    .filter(city -> city.country().equals(region.country())
                            && NameKeys.lookup(city.region()).equals(NameKeys.lookup(region.name())))
                    .findFirst()
                    .ifPresent(city -> namesakes.put(region.key(), city));
        }));
    }

    /** Cities and towns of that name, most populous first. */
    List<GazetteerPlace> places(String folded) {
        return places.getOrDefault(folded, List.of());
    }

    private void readCountries() {
        read("countries.tsv", false, columns -> {
            GazetteerPlace country = new GazetteerPlace("country:" + columns[0], columns[1], EntityKind.COUNTRY,
                    columns[0], "", 0, point(columns[4], columns[5]));
            countriesByCode.put(columns[0], country);
            countries.put(NameKeys.lookup(columns[1]), country);
            for (String alias : split(columns[2])) {
                countries.putIfAbsent(NameKeys.lookup(alias), country);
            }
            for (String demonym : split(columns[3])) {
                demonyms.putIfAbsent(NameKeys.lookup(demonym), country);
            }
        });
    }

    private void readWorldRegions() {
        read("world-regions.tsv", false, columns -> {
            GazetteerPlace region = new GazetteerPlace("world:" + NameKeys.lookup(columns[0]).replace(' ', '-'), columns[0],
                    EntityKind.REGION, columns[2], "", 0, point(columns[3], columns[4]));
            worldRegions.put(NameKeys.lookup(columns[0]), region);
            split(columns[1]).forEach(alias -> worldRegions.putIfAbsent(NameKeys.lookup(alias), region));
        });
    }

    private void readRegions() {
        read("regions.tsv", false, columns -> {
            GazetteerPlace region = new GazetteerPlace("region:" + columns[0] + ":" + columns[1], columns[2],
                    EntityKind.REGION, columns[0], "", 0, point(columns[4], columns[5]));
            index(regions, columns[2], region);
            split(columns[3]).forEach(alias -> index(regions, alias, region));
        });
    }

    private void readPlaces() {
        read("places.tsv.gz", true, columns -> {
            // The first alias is the spelling English news uses ("Hama" for GeoNames' "Ḩamāh").
            List<String> aliases = split(columns[2]);
            String name = aliases.isEmpty() ? columns[1] : aliases.get(0);
            GazetteerPlace place = new GazetteerPlace("geonames:" + columns[0], name, EntityKind.CITY, columns[3],
                    columns[4], parseLong(columns[6]), point(columns[7], columns[8]));
            index(places, columns[1], place);
            aliases.forEach(alias -> index(places, alias, place));
        });
    }

    private static void index(Map<String, List<GazetteerPlace>> map, String name, GazetteerPlace place) {
        List<GazetteerPlace> list = map.computeIfAbsent(NameKeys.lookup(name), k -> new ArrayList<>());
        // A place is indexed under all its names before the next one is read, so a name of it that
        // folds to a key it already has finds it last in that key's list: no need to compare it with
        // every place of the name (the 135,000 places' records were compared field by field).
        if (list.isEmpty() || list.get(list.size() - 1) != place) {
            list.add(place);
        }
    }

    private static List<String> split(String column) {
        List<String> values = new ArrayList<>();
        for (String value : column.split("\\|")) {
            if (!value.isBlank()) {
                values.add(value.strip());
            }
        }
        return values;
    }

    private static Optional<Coordinates> point(String latitude, String longitude) {
        if (latitude.isBlank() || longitude.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new Coordinates(Double.parseDouble(latitude), Double.parseDouble(longitude)));
    }

    private static long parseLong(String text) {
        return text.isBlank() ? 0 : Long.parseLong(text.strip());
    }

    private static void read(String resource, boolean gzipped, Consumer<String[]> row) {
        String path = "/gazetteer/" + resource;
        try (InputStream raw = Gazetteer.class.getResourceAsStream(path)) {
            if (raw == null) {
                throw new IllegalStateException("the gazetteer resource " + path + " is missing from the build");
            }
            InputStream in = gzipped ? new GZIPInputStream(raw, 1 << 16) : raw;
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                row.accept(line.split("\t", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
