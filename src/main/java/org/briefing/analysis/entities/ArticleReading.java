package org.briefing.analysis.entities;

import java.util.List;

/**
 * What the rules made of one article: the names found, and the name spans they settled (examples
 * for the {@link ContextTagger}) and left open (for it to decide).
 */
record ArticleReading(List<Found> found, List<ContextTagger.Example> settled, List<ContextTagger.Sample> open) {

    ArticleReading {
        found = List.copyOf(found);
        settled = List.copyOf(settled);
        open = List.copyOf(open);
    }

    static ArticleReading empty() {
        return new ArticleReading(List.of(), List.of(), List.of());
    }
}
