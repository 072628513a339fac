package org.briefing.render;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.briefing.sitemodel.SitePath;

/** A file of the site, rendered: where it goes and its bytes. */
public record RenderedPage(SitePath path, byte[] bytes) {

    public RenderedPage {
        Objects.requireNonNull(path, "path");
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
