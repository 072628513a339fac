package org.briefing.render;

import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes API records as JSON: record components in declaration order, snake_case keys, no
 * indentation (the API of a large archive is tens of megabytes; {@code jq .} makes it readable),
 * a newline at the end, and {@code null} for unknown values so every key is always
 * present.
 */
final class JsonRenderer {

    private final ObjectWriter writer;

    JsonRenderer() {
        JsonMapper mapper = JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .build();
        this.writer = mapper.writer();
    }

    byte[] render(Object data) {
        try {
            // Straight to UTF-8 bytes: a list of 100,000 articles would otherwise be held as a
            // string, again with its newline, and again as bytes.
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
            writer.writeValue(bytes, data);
            bytes.write('\n');
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON for " + data.getClass().getSimpleName(), e);
        }
    }
}
