package org.briefing.content;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a saved web page states about itself in its markup: JSON-LD, Open Graph, {@code <meta>}
 * tags and {@code <time>} elements. Only what the page says; every field may be absent.
 *
 * @param outlet    the publisher's name ({@code og:site_name}, JSON-LD {@code publisher.name})
 * @param authors   in the order the page names them, no repeats
 * @param canonical the page's own address ({@code <link rel=canonical>}, {@code og:url}); http(s) only
 * @param language  the language the page declares (JSON-LD {@code inLanguage}, {@code <html lang>},
 *                  {@code og:locale}), e.g. {@code en-US}; a value that is no language tag is not stated
 */
public record PageFacts(
        Optional<String> headline,
        Optional<PublicationDate> published,
        Optional<PublicationDate> updated,
        Optional<String> outlet,
        List<String> authors,
        Optional<String> canonical,
        Optional<String> section,
        Optional<LanguageTag> language) {

    public PageFacts {
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(updated, "updated");
        Objects.requireNonNull(outlet, "outlet");
        authors = List.copyOf(authors);
        Objects.requireNonNull(canonical, "canonical");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(language, "language");
    }

    /**
     * These facts as front matter, each field of {@code declared} (a sidecar) taking precedence:
     * the user's word beats the page's.
     */
    public FrontMatter under(FrontMatter declared) {
        Optional<String> author = authors.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", authors));
        return new FrontMatter(
                declared.title().or(() -> headline),
                declared.source().or(() -> outlet),
                declared.url().or(() -> canonical),
                declared.date().or(() -> published),
                declared.updated().or(() -> updated),
                declared.author().or(() -> author),
                declared.section().or(() -> section),
                declared.language().or(() -> language),
                declared.story(),
                declared.storyTitle(),
                declared.tags(),
                declared.draft());
    }
}
