package org.briefing.sitemodel;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.briefing.analysis.entities.Coordinates;
import org.briefing.analysis.entities.Entity;
import org.briefing.analysis.entities.EntityKind;

/**
 * Draws small place maps from the country outlines built into the jar (Natural Earth 1:50m, public
 * domain; {@code gazetteer/outlines.txt.gz}). A city or region gets a map of a few degrees around
 * it with a marker; a country a map of its own extent with its shape highlighted. Outlines are
 * clipped to the map (Sutherland–Hodgman) and thinned to whole map units, so a page carries only
 * what it shows. Projection: plate carrée, stretched by the cosine of the map's middle latitude.
 * Read once per build; safe to share between threads.
 */
final class PlaceMaps {

    static final int WIDTH = 320;
    static final int HEIGHT = 220;
    /** Half the height of a city's map, in degrees of latitude. */
    private static final double CITY_SPAN = 3.0;
    private static final double COUNTRY_MARGIN = 0.15;
    private static final double MIN_COUNTRY_SPAN = 2.0;

    /** A country outline ring: alternating longitude, latitude; and its bounds (west, south, east, north). */
    private record Ring(double[] points, double[] bounds) {
    }

    /** Rings by ISO country code, read once. */
    private final Map<String, List<Ring>> outlines = read();

    Optional<MapView> of(Entity place) {
        if (place.coordinates().isEmpty()) {
            return Optional.empty();
        }
        Coordinates point = place.coordinates().get();
        String country = place.country().orElse("");
        double[] box = place.kind() == EntityKind.COUNTRY ? countryBox(country, point) : pointBox(point);
        double middle = Math.toRadians((box[1] + box[3]) / 2);
        double lonSpan = box[2] - box[0];
        double latSpan = box[3] - box[1];
        // keep the map's shape: widen the narrower side of the box
        double scaledLon = lonSpan * Math.cos(middle);
        if (scaledLon / latSpan < (double) WIDTH / HEIGHT) {
            double wanted = latSpan * WIDTH / HEIGHT / Math.cos(middle);
            box[0] -= (wanted - lonSpan) / 2;
            box[2] += (wanted - lonSpan) / 2;
        } else {
            double wanted = scaledLon * HEIGHT / WIDTH;
            box[1] -= (wanted - latSpan) / 2;
            box[3] += (wanted - latSpan) / 2;
        }
        List<MapView.Shape> shapes = new ArrayList<>();
        outlines.forEach((code, rings) -> {
            StringBuilder path = new StringBuilder();
            for (Ring ring : rings) {
                path.append(pathOf(clip(ring, box), box));
            }
            if (!path.isEmpty()) {
                shapes.add(new MapView.Shape(path.toString().strip(), code.equals(country)));
            }
        });
        boolean marker = place.kind() != EntityKind.COUNTRY;
        int x = marker ? (int) Math.round(project(point.longitude(), point.latitude(), box)[0]) : -1;
        int y = marker ? (int) Math.round(project(point.longitude(), point.latitude(), box)[1]) : -1;
        String description = String.format(Locale.ROOT, "Map of the area around %s (%.2f, %.2f).", place.name(),
                point.latitude(), point.longitude());
        return Optional.of(new MapView(WIDTH, HEIGHT, shapes, x, y, description));
    }

    private static double[] pointBox(Coordinates point) {
        double halfLon = CITY_SPAN / Math.max(0.2, Math.cos(Math.toRadians(point.latitude()))) * WIDTH / HEIGHT;
        return new double[] {point.longitude() - halfLon, point.latitude() - CITY_SPAN,
            point.longitude() + halfLon, point.latitude() + CITY_SPAN};
    }

    /** The extent of the country's ring that holds its point (so Alaska does not shrink the US). */
    private double[] countryBox(String country, Coordinates point) {
        double[] best = null;
        for (Ring ring : outlines.getOrDefault(country, List.of())) {
            double[] box = ring.bounds();
            boolean holds = point.longitude() >= box[0] && point.longitude() <= box[2]
                    && point.latitude() >= box[1] && point.latitude() <= box[3];
            if (holds && (best == null || area(box) > area(best))) {
                best = box;
            }
        }
        if (best == null) {
            return pointBox(point);
        }
        double lonMargin = Math.max((best[2] - best[0]) * COUNTRY_MARGIN, MIN_COUNTRY_SPAN / 2);
        double latMargin = Math.max((best[3] - best[1]) * COUNTRY_MARGIN, MIN_COUNTRY_SPAN / 2);
        return new double[] {best[0] - lonMargin, best[1] - latMargin, best[2] + lonMargin, best[3] + latMargin};
    }

    private static double area(double[] box) {
        return (box[2] - box[0]) * (box[3] - box[1]);
    }

    private static double[] bounds(double[] ring) {
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (int i = 0; i < ring.length; i += 2) {
            box[0] = Math.min(box[0], ring[i]);
            box[1] = Math.min(box[1], ring[i + 1]);
            box[2] = Math.max(box[2], ring[i]);
            box[3] = Math.max(box[3], ring[i + 1]);
        }
        return box;
    }

    private static double[] project(double lon, double lat, double[] box) {
        return new double[] {(lon - box[0]) / (box[2] - box[0]) * WIDTH, (box[3] - lat) / (box[3] - box[1]) * HEIGHT};
    }

    /** "M x y L x y ... Z", points closer than one map unit to the last one left out. */
    private static String pathOf(double[] ring, double[] box) {
        if (ring.length < 6) {
            return "";
        }
        StringBuilder path = new StringBuilder();
        long lastX = Long.MIN_VALUE;
        long lastY = Long.MIN_VALUE;
        int points = 0;
        for (int i = 0; i < ring.length; i += 2) {
            double[] xy = project(ring[i], ring[i + 1], box);
            long x = Math.round(xy[0]);
            long y = Math.round(xy[1]);
            if (x == lastX && y == lastY) {
                continue;
            }
            path.append(points == 0 ? "M" : "L").append(x).append(' ').append(y);
            lastX = x;
            lastY = y;
            points++;
        }
        return points < 3 ? "" : path.append("Z").toString();
    }

    /** The part of a ring inside the box (with a small margin so edges do not show). */
    private static double[] clip(Ring ring, double[] box) {
        double marginLon = (box[2] - box[0]) * 0.02;
        double marginLat = (box[3] - box[1]) * 0.02;
        double[] edges = {box[0] - marginLon, box[1] - marginLat, box[2] + marginLon, box[3] + marginLat};
        double[] ringBox = ring.bounds();
        if (ringBox[2] < edges[0] || ringBox[0] > edges[2] || ringBox[3] < edges[1] || ringBox[1] > edges[3]) {
            return new double[0];
        }
        double[] points = ring.points();
        for (int side = 0; side < 4 && points.length > 0; side++) {
            points = clipSide(points, side, edges[side]);
        }
        return points;
    }

    /** One Sutherland–Hodgman step: side 0 west, 1 south, 2 east, 3 north. */
    private static double[] clipSide(double[] points, int side, double edge) {
        List<Double> out = new ArrayList<>();
        int n = points.length / 2;
        for (int i = 0; i < n; i++) {
            double ax = points[2 * i];
            double ay = points[2 * i + 1];
            double bx = points[2 * ((i + 1) % n)];
            double by = points[2 * ((i + 1) % n) + 1];
            boolean aIn = inside(ax, ay, side, edge);
            boolean bIn = inside(bx, by, side, edge);
            if (aIn) {
                out.add(ax);
                out.add(ay);
            }
            if (aIn != bIn) {
                double t = side % 2 == 0 ? (edge - ax) / (bx - ax) : (edge - ay) / (by - ay);
                out.add(ax + t * (bx - ax));
                out.add(ay + t * (by - ay));
            }
        }
        double[] result = new double[out.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = out.get(i);
        }
        return result;
    }

    private static boolean inside(double x, double y, int side, double edge) {
        return switch (side) {
            case 0 -> x >= edge;
            case 1 -> y >= edge;
            case 2 -> x <= edge;
            default -> y <= edge;
        };
    }

    private static Map<String, List<Ring>> read() {
        Map<String, List<Ring>> rings = new TreeMap<>();
        try (InputStream raw = PlaceMaps.class.getResourceAsStream("/gazetteer/outlines.txt.gz")) {
            if (raw == null) {
                throw new IllegalStateException("the resource /gazetteer/outlines.txt.gz is missing from the build");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String[] columns = line.split("\t");
                if (columns.length < 3) {
                    continue;
                }
                String[] pairs = columns[2].split(" ");
                double[] ring = new double[pairs.length * 2];
                for (int i = 0; i < pairs.length; i++) {
                    int comma = pairs[i].indexOf(',');
                    ring[2 * i] = Double.parseDouble(pairs[i].substring(0, comma));
                    ring[2 * i + 1] = Double.parseDouble(pairs[i].substring(comma + 1));
                }
                rings.computeIfAbsent(columns[0], code -> new ArrayList<>()).add(new Ring(ring, bounds(ring)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the country outlines", e);
        }
        return rings;
    }
}
