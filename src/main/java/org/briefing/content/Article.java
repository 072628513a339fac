package org.briefing.content;

import java.util.List;
import java.util.Objects;

/**
 * An article as loaded: what its file declares and its body as blocks, before cleaning.
 *
 * @param file   the file as the user would name it ({@code content/articles/x.txt}), for messages
 * @param blocks the body in file order; for raw text one block per non-empty line
 */
public record Article(ArticleId id, String file, SourceFormat format, FrontMatter declared, List<Block> blocks) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(declared, "declared");
        blocks = List.copyOf(blocks);
    }
}
