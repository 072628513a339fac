package org.briefing.cleaning;

import java.util.List;
import java.util.Optional;
import org.briefing.content.Outlet;
import org.briefing.content.OutletRegistry;
import org.briefing.content.WebAddress;

/**
 * Gives each article its outlet. The article's {@code source:} comes first: the registry's entry
 * of that name (or alias) when there is one, else an outlet of just that name. Without
 * {@code source:}, the host of its {@code url} decides: the registry's outlet of that host, else the
 * bare host ({@code aljazeera.com}), marked as inferred. With neither, the outlet stays unknown;
 * it is never guessed from the text.
 *
 * <p>It runs after cleaning, not inside it, so cached cleaning results meet the current
 * {@code sources.yml}.
 */
public final class OutletResolver {

    private final OutletRegistry registry;

    public OutletResolver(OutletRegistry registry) {
        this.registry = registry;
    }

    /** The articles in the same order, each with its outlet. */
    public List<CleanArticle> resolveAll(List<CleanArticle> articles) {
        return articles.stream().map(this::resolve).toList();
    }

    CleanArticle resolve(CleanArticle article) {
        if (article.source().isPresent()) {
            String name = article.source().get().name();
            return article.withSource(Optional.of(registry.byName(name).orElse(Outlet.named(name))), false);
        }
        Optional<String> host = article.url().flatMap(WebAddress::host);
        if (host.isEmpty()) {
            return article;
        }
        return article.withSource(Optional.of(registry.byHost(host.get()).orElse(Outlet.named(host.get()))), true);
    }
}
