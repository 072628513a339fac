package org.briefing.sitemodel;

import java.util.List;

/**
 * A small map of a place, drawn at build time: country outlines as SVG paths in the map's own
 * units ({@link #width} by {@link #height}), and a marker where the place is.
 *
 * @param shapes     outlines; the place's own country is {@code highlighted}
 * @param markerX    where the place is; negative when the map shows a whole country instead
 * @param description what the map shows, for screen readers
 */
public record MapView(int width, int height, List<Shape> shapes, int markerX, int markerY, String description) {

    public MapView {
        shapes = List.copyOf(shapes);
    }

    /** One country's outline, clipped to the map. */
    public record Shape(String path, boolean highlighted) {
    }
}
