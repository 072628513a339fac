package org.briefing.sitemodel;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.briefing.analysis.entities.Entity;
import org.briefing.analysis.entities.EntityId;
import org.briefing.analysis.entities.EntityKind;
import org.briefing.analysis.entities.EntityType;

/**
 * The actors and places indexes, narrowed three ways as static pages that need no script: all
 * names ({@code actors/}), one kind ({@code actors/kind/person/}) and one initial
 * ({@code actors/initial/b/}). Every page links to the others, so a reader narrows by following a
 * link. Names are ranked by how many stories name them (then reports, then name); those of a
 * single report are folded below the ranked list.
 */
final class EntityIndexPages {

    /** Ranked entries a page holds; an index is a list of names, so a page holds many. */
    static final int PAGE_SIZE = 300;
    /**
     * Single-report names an "all" or kind page shows in its folded list; the rest are on the
     * initial pages, which show all of theirs. Most names of a large archive are of one report.
     */
    static final int ONE_REPORT_SHOWN = 1000;
    /** The initial of names that begin with no Latin letter. */
    static final String OTHER_INITIAL = "other";

    private final ArchiveIndex index;
    private final Routes routes;
    private final Map<EntityId, Integer> storyCounts = new LinkedHashMap<>();

    EntityIndexPages(ArchiveIndex index, Routes routes) {
        this.index = index;
        this.routes = routes;
        index.entities.forEach(entity -> storyCounts.put(entity.id(), index.storiesNaming(entity.id()).size()));
    }

    /** A set of names, and where its pages are. */
    private record Selection(String label, List<Entity> entities, IntFunction<SitePath> path, boolean allOneReport) {
    }

    List<Page> indexPages(EntityType type) {
        List<Entity> all = index.entities.stream().filter(e -> e.type() == type)
                .sorted(Comparator.comparingInt((Entity e) -> -storyCounts.get(e.id()))
                        .thenComparingInt(e -> -reportCount(e.id()))
                        .thenComparing(e -> e.name().toLowerCase(Locale.ROOT)).thenComparing(Entity::id))
                .toList();
        String folder = Routes.folderOf(type);
        List<Selection> selections = new ArrayList<>();
        selections.add(new Selection("", all, n -> Routes.entityIndex(folder, n), false));
        Map<EntityKind, List<Entity>> byKind = new LinkedHashMap<>();
        for (EntityKind kind : EntityKind.values()) {
            if (kind.type() == type) {
                byKind.put(kind, all.stream().filter(e -> e.kind() == kind).toList());
            }
        }
        byKind.forEach((kind, entities) -> {
            if (!entities.isEmpty()) {
                selections.add(new Selection(kind.plural(), entities, n -> Routes.entityKindIndex(folder, kind.key(), n), false));
            }
        });
        Map<String, List<Entity>> byInitial = new TreeMap<>(Comparator.comparing((String i) -> i.equals(OTHER_INITIAL)).thenComparing(i -> i));
        all.forEach(e -> byInitial.computeIfAbsent(initialOf(e.name()), k -> new ArrayList<>()).add(e));
        byInitial.forEach((initial, entities) -> selections.add(new Selection(
                initial.equals(OTHER_INITIAL) ? "Other initials" : "Initial " + initial.toUpperCase(Locale.ROOT), entities,
                n -> Routes.entityInitialIndex(folder, initial, n), true)));

        List<LinkView> kindLinks = new ArrayList<>();
        kindLinks.add(new LinkView("All", routes.url(Routes.entityIndex(folder, 1)), Integer.toString(all.size()), ""));
        byKind.forEach((kind, entities) -> {
            if (!entities.isEmpty()) {
                kindLinks.add(new LinkView(kind.plural(), routes.url(Routes.entityKindIndex(folder, kind.key(), 1)),
                        Integer.toString(entities.size()), ""));
            }
        });
        List<LinkView> initialLinks = new ArrayList<>();
        byInitial.forEach((initial, entities) -> initialLinks.add(new LinkView(
                initial.equals(OTHER_INITIAL) ? "#" : initial.toUpperCase(Locale.ROOT),
                routes.url(Routes.entityInitialIndex(folder, initial, 1)), Integer.toString(entities.size()), "")));

        List<Page> pages = new ArrayList<>();
        for (Selection selection : selections) {
            pages.addAll(pagesOf(type, selection, kindLinks, initialLinks));
        }
        return pages;
    }

    private List<Page> pagesOf(EntityType type, Selection selection, List<LinkView> kinds, List<LinkView> initials) {
        List<Entity> ranked = selection.entities().stream().filter(e -> reportCount(e.id()) >= 2).toList();
        List<Entity> single = selection.entities().stream().filter(e -> reportCount(e.id()) < 2)
                .sorted(Comparator.comparing((Entity e) -> e.name().toLowerCase(Locale.ROOT)).thenComparing(Entity::id))
                .toList();
        String current = routes.url(selection.path().apply(1));
        List<LinkView> kindLinks = marked(kinds, current);
        List<LinkView> initialLinks = marked(initials, current);
        String title = type == EntityType.ACTOR ? "Actors" : "Places";
        String intro = type == EntityType.ACTOR
                ? "People and organizations the reports name, those most stories name first."
                : "Countries, regions, cities and towns the reports name, those most stories name first.";
        int total = Pagination.pageCount(ranked.size(), PAGE_SIZE);
        List<Page> pages = new ArrayList<>();
        for (int number = 1; number <= total; number++) {
            List<LinkView> entities = Pagination.slice(ranked, number, PAGE_SIZE).stream()
                    .map(e -> link(e, storyCounts.get(e.id()))).toList();
            List<LinkView> folded = number > 1 ? List.of() : single.stream()
                    .limit(selection.allOneReport() ? Long.MAX_VALUE : ONE_REPORT_SHOWN).map(e -> link(e, 0)).toList();
            pages.add(new Page(selection.path().apply(number), new EntityIndexView(title, type.key(), intro,
                    selection.label(), kindLinks, initialLinks, entities, folded, single.size(), selection.entities().size(),
                    Pagination.of(number, total, n -> routes.url(selection.path().apply(n))))));
        }
        return pages;
    }

    private LinkView link(Entity entity, int stories) {
        return new LinkView(entity.name(), routes.url(routes.entity(entity.id(), 1)), stories > 0 ? Integer.toString(stories) : "",
                entity.kind().key());
    }

    /** The links with the one to {@code current} keyed {@code current}, for {@code aria-current}. */
    private static List<LinkView> marked(List<LinkView> links, String current) {
        return links.stream().map(l -> l.url().equals(current) ? new LinkView(l.label(), l.url(), l.detail(), "current") : l).toList();
    }

    private int reportCount(EntityId id) {
        return index.articlesNaming.getOrDefault(id, List.of()).size();
    }

    /** The first letter of a name without its accent, lower case ("Ömer" is under o); else {@link #OTHER_INITIAL}. */
    static String initialOf(String name) {
        String folded = Normalizer.normalize(name.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return !folded.isEmpty() && folded.charAt(0) >= 'a' && folded.charAt(0) <= 'z' ? folded.substring(0, 1) : OTHER_INITIAL;
    }
}
