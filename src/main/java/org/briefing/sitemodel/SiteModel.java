package org.briefing.sitemodel;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Everything the site will hold, decided: the {@code site} view every template receives, the
 * pages (sorted by path), the API files (sorted by path), plain text files such as
 * {@code .nojekyll} and the files of the search index (sorted by path).
 */
public record SiteModel(SiteView site, List<Page> pages, List<DataFile> data, List<TextFile> texts, List<BinaryFile> files) {

    public SiteModel {
        pages = List.copyOf(pages);
        data = List.copyOf(data);
        texts = List.copyOf(texts);
        files = List.copyOf(files);
    }

    /**
     * A file whose bytes are made elsewhere, such as a shard of the search index; those of which
     * there are thousands make their bytes when written.
     */
    public record BinaryFile(SitePath path, Supplier<byte[]> bytesMaker) {

        public BinaryFile {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(bytesMaker, "bytesMaker");
        }

        public byte[] bytes() {
            return bytesMaker.get();
        }
    }

    /** A file whose text is fixed, such as the empty {@code .nojekyll}. */
    public record TextFile(SitePath path, String text) {
    }
}
