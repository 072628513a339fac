package org.briefing.analysis.entities;

import java.util.Objects;
import java.util.Optional;

/**
 * A place the gazetteer knows.
 *
 * @param key        a stable id: {@code country:SY}, {@code region:SY:09}, {@code geonames:170063}, or
 *                   {@code place:} and the name's key for one it lacks ({@link #unlisted})
 * @param country    ISO 3166 alpha-2 code of the country it is in (its own for a country)
 * @param region     for a city, the name of its first-level region; empty otherwise
 * @param population 0 when unknown (countries and regions)
 * @param coordinates empty for a few small island regions GeoNames gives no point for
 */
record GazetteerPlace(String key, String name, EntityKind kind, String country, String region, long population,
                      Optional<Coordinates> coordinates) {

    GazetteerPlace {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(coordinates, "coordinates");
    }

    /**
     * A place the gazetteer lacks but the text shows to be one ("town of Staouelli", a dateline's
     * town): keyed {@code place:} and its name's key, with no population or point.
     *
     * @param country ISO code of the country it is in, or empty when the text does not say
     * @param region  the first-level region it is in, or empty
     */
    static GazetteerPlace unlisted(String name, EntityKind kind, String country, String region) {
        return new GazetteerPlace(ArticleRecognizer.OWN_PLACE_KEY + NameKeys.key(name), name, kind, country, region, 0,
                Optional.empty());
    }
}
