package org.briefing.analysis.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.briefing.analysis.text.Slugs;
import org.briefing.cleaning.CleanArticle;
import org.briefing.content.RegistryEntry;

/**
 * Joins what each article found into one entity per real-world actor or place. Places meet by
 * gazetteer key; people by their name's key ("Bashar al Assad" = "Bashar al-Assad"), and a
 * person known only by a surname ("Obama") joins the one full name in the archive with that
 * surname, if there is exactly one; organizations meet by their name's key. Each entity takes the
 * fullest name the articles use most as its canonical name and keeps the others as aliases.
 * Front-matter tags join the entity they name, or make one.
 */
final class AliasMerger {

    private final Gazetteer gazetteer;
    private final KnownNames known;

    private final Registry registry;

    AliasMerger(Gazetteer gazetteer, KnownNames known, Registry registry) {
        this.gazetteer = gazetteer;
        this.known = known;
        this.registry = registry;
    }

    /** An entity being assembled: its kind, place, and how often each name was used. */
    private static final class Draft {
        final EntityKind kind;
        final Optional<GazetteerPlace> place;
        final Map<String, Integer> names = new TreeMap<>();
        final Set<String> aliases = new TreeSet<>();
        /** The editor's entry, when the registry names it. */
        final Optional<RegistryEntry> entry;

        Draft(EntityKind kind, Optional<GazetteerPlace> place) {
            this(kind, place, Optional.empty());
        }

        Draft(EntityKind kind, Optional<GazetteerPlace> place, Optional<RegistryEntry> entry) {
            this.kind = kind;
            this.place = place;
            this.entry = entry;
            entry.ifPresent(e -> aliases.addAll(e.aliases()));
        }

        void use(String name, String alias) {
            names.merge(name, 1, Integer::sum);
            if (alias != null) {
                aliases.add(alias);
            }
        }
    }

    /** What one article names, by draft key, and what it tags. */
    private record Named(Map<String, List<Found>> found, Set<String> tagged) {
    }

    RecognizedEntities merge(List<CleanArticle> articles, List<List<Found>> namedPerArticle) {
        List<List<Found>> foundPerArticle = new ActorKinds(known).unified(namedPerArticle);
        Map<String, String> personKeys = personKeys(foundPerArticle);
        Map<String, Draft> drafts = new TreeMap<>();
        List<Named> named = new ArrayList<>();
        // Keys are worked out in parallel (each needs a few name normalisations); drafts in order.
        List<List<String>> keysPerArticle = foundPerArticle.parallelStream()
                .map(found -> found.stream().map(item -> keyOf(item, personKeys)).toList()).toList();
        for (int i = 0; i < articles.size(); i++) {
            Map<String, List<Found>> found = new TreeMap<>();
            List<Found> items = foundPerArticle.get(i);
            for (int n = 0; n < items.size(); n++) {
                Found item = items.get(n);
                String key = keysPerArticle.get(i).get(n);
                Optional<GazetteerPlace> place = item.place().map(this::placeOf);
                Optional<RegistryEntry> entry = registry.byDraftKey(key);
                if (item.weak() && !key.contains(" ") || entry.map(RegistryEntry::hidden).orElse(false)) {
                    // a lone surname with only a reporting verb behind it, and no full name anywhere;
                    // or a name the editor has hidden
                    continue;
                }
                Draft draft = drafts.computeIfAbsent(key, k -> entry.isPresent() ? registryDraft(entry.get(), place)
                        : new Draft(place.map(GazetteerPlace::kind).orElse(item.kind()), place));
                // A demonym ("Syrian") names the country but is not one of its names.
                String name = item.place().isPresent() ? (item.isAlias() ? item.surface() : item.name()) : item.name();
                draft.use(name, item.isAlias() ? item.surface() : null);
                found.computeIfAbsent(key, k -> new ArrayList<>()).add(item);
            }
            Set<String> tagged = new LinkedHashSet<>();
            for (String tag : articles.get(i).tags()) {
                String key = tagKey(tag, drafts, personKeys);
                if (key != null) {
                    tagged.add(key);
                }
            }
            named.add(new Named(found, tagged));
        }

        Map<String, EntityId> ids = assignIds(drafts);
        List<Entity> entities = new ArrayList<>();
        drafts.forEach((key, draft) -> {
            String name = canonicalName(draft);
            List<String> aliases = draft.aliases.stream().filter(alias -> !alias.equalsIgnoreCase(name))
                    .filter(alias -> draft.aliases.stream().noneMatch(other -> !other.equals(alias) && other.equalsIgnoreCase(alias)
                            && other.compareTo(alias) > 0))
                    .toList();
            entities.add(new Entity(ids.get(key), name, draft.kind, aliases,
                    draft.entry.map(RegistryEntry::descriptionHtml).orElse(""),
                    draft.place.flatMap(GazetteerPlace::coordinates),
                    draft.entry.map(RegistryEntry::links).orElse(List.of()),
                    draft.place.map(GazetteerPlace::country).filter(code -> !code.isEmpty())));
        });
        entities.sort(Comparator.comparing(Entity::id));

        List<ArticleEntities> perArticle = new ArrayList<>();
        // One string per distinct surface: the same few thousand names are mentioned millions of
        // times in a large archive, and the mentions live until the site is written.
        Map<String, String> surfaces = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            List<Mention> mentions = new ArrayList<>();
            named.get(i).found().forEach((key, items) -> items.forEach(item -> mentions.add(
                    new Mention(ids.get(key), surfaces.computeIfAbsent(item.surface(), surface -> surface), item.block()))));
            mentions.sort(Comparator.comparingInt(Mention::block));
            perArticle.add(new ArticleEntities(articles.get(i).id(), mentions,
                    named.get(i).tagged().stream().map(ids::get).toList()));
        }
        return new RecognizedEntities(entities, perArticle);
    }

    /**
     * An entity of the editor's registry: its kind, and as its place the registry's coordinates,
     * else those of the gazetteer place the articles name by its name.
     */
    private static Draft registryDraft(RegistryEntry entry, Optional<GazetteerPlace> named) {
        EntityKind kind = Registry.kindOf(entry);
        Optional<GazetteerPlace> place = Optional.empty();
        if (kind.type() == EntityType.PLACE) {
            GazetteerPlace own = Registry.placeOf(entry);
            place = Optional.of(new GazetteerPlace(own.key(), own.name(), own.kind(),
                    named.map(GazetteerPlace::country).orElse(""), own.region(), 0,
                    own.coordinates().or(() -> named.flatMap(GazetteerPlace::coordinates))));
        }
        return new Draft(kind, place, Optional.of(entry));
    }

    private String keyOf(Found item, Map<String, String> personKeys) {
        Optional<RegistryEntry> entry = item.place()
                .map(place -> registry.find(place.key().startsWith(Registry.KEY_PREFIX) ? place.name() : placeOf(place).name(), item.surface()))
                .orElseGet(() -> registry.find(item.name(), item.surface()));
        if (entry.isPresent()) {
            return Registry.draftKey(entry.get());
        }
        if (item.place().isPresent()) {
            return placeOf(item.place().get()).key();
        }
        if (item.kind() == EntityKind.PERSON) {
            String key = NameKeys.personKey(item.name());
            return item.kind().key() + ":" + personKeys.getOrDefault(key, key);
        }
        return item.kind().key() + ":" + NameKeys.key(item.name());
    }

    /** Idlib province and Idlib city are one place to readers of the news: the city's page holds both. */
    private GazetteerPlace placeOf(GazetteerPlace place) {
        return gazetteer.namesakeCity(place).orElse(place);
    }

    /**
     * Where each person key found in the archive leads: a short or familiar first name to the
     * fullest form of the same surname ("ben jealous" and "benny jealous" to "benjamin jealous",
     * "dave brat" to "david brat"), and a surname alone ("obama") to the person it means
     * ({@link #dominant}).
     */
    private Map<String, String> personKeys(List<List<Found>> foundPerArticle) {
        // the keys of every person named in full, worked out in parallel: [surname, key]
        List<String[]> fullNames = foundPerArticle.parallelStream()
                .flatMap(found -> found.stream()
                        .filter(item -> item.kind() == EntityKind.PERSON)
                        .map(item -> new String[] {NameKeys.lastWord(item.name()), NameKeys.personKey(item.name())})
                        .filter(keys -> keys[1].contains(" ")))
                .toList();
        Map<String, Map<String, Integer>> fullBySurname = new HashMap<>();
        for (String[] keys : fullNames) {
            fullBySurname.computeIfAbsent(keys[0], k -> new TreeMap<>()).merge(keys[1], 1, Integer::sum);
        }
        Map<String, String> leads = new HashMap<>();
        fullBySurname.forEach((surname, counts) -> {
            for (String key : counts.keySet()) {
                String first = key.substring(0, key.indexOf(' '));
                List<String> same = counts.keySet().stream().filter(other -> !other.equals(key))
                        .filter(other -> known.sameGivenName(first, other.substring(0, other.indexOf(' '))))
                        .toList();
                // the longer first name is the fuller one ("benjamin", not "ben"); ties by name
                Optional<String> fuller = same.stream()
                        .filter(other -> other.indexOf(' ') > key.indexOf(' ')
                                || (other.indexOf(' ') == key.indexOf(' ') && other.compareTo(key) < 0))
                        .max(Comparator.comparingInt((String other) -> other.indexOf(' ')).thenComparing(Comparator.reverseOrder()));
                fuller.ifPresent(target -> leads.put(key, target));
            }
            Map<String, Integer> people = new TreeMap<>();
            counts.forEach((key, count) -> people.merge(leads.getOrDefault(key, key), count, Integer::sum));
            dominant(people).ifPresent(owner -> leads.put(surname, owner));
        });
        return leads;
    }

    /**
     * The one person a bare surname means across the archive: the only one of that surname, or one
     * named at least four times as often as all the others together ("Obama" is Barack Obama
     * where Malia Obama is named once).
     */
    private static Optional<String> dominant(Map<String, Integer> people) {
        int total = people.values().stream().mapToInt(Integer::intValue).sum();
        return people.entrySet().stream()
                .filter(entry -> entry.getValue() * 5 >= total * 4)
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /**
     * The draft a front-matter tag names: an entry of the registry, a place the gazetteer knows, a
     * well-known organization, an actor the articles already name, or else a new actor of no known
     * kind; null for a name the editor has hidden.
     */
    private String tagKey(String tag, Map<String, Draft> drafts, Map<String, String> personKeys) {
        Optional<RegistryEntry> entry = registry.find(tag);
        if (entry.isPresent() && entry.get().hidden()) {
            return null;
        }
        if (entry.isPresent()) {
            drafts.computeIfAbsent(Registry.draftKey(entry.get()), k -> registryDraft(entry.get(), Optional.empty()))
                    .use(entry.get().name(), null);
            return Registry.draftKey(entry.get());
        }
        String lookup = NameKeys.lookup(tag);
        Optional<GazetteerPlace> place = gazetteer.country(lookup)
                .or(() -> gazetteer.places(lookup).stream().findFirst())
                .or(() -> gazetteer.regions(lookup).stream().findFirst())
                .map(this::placeOf);
        if (place.isPresent()) {
            drafts.computeIfAbsent(place.get().key(), k -> new Draft(place.get().kind(), place))
                    .use(place.get().kind() == EntityKind.COUNTRY ? place.get().name() : tag, null);
            return place.get().key();
        }
        Optional<String> organization = known.organization(tag);
        String name = organization.orElse(tag);
        String nameKey = NameKeys.key(name);
        String personKey = personKeys.getOrDefault(NameKeys.personKey(name), NameKeys.personKey(name));
        for (String key : List.of("person:" + personKey, "organization:" + nameKey, "other:" + nameKey)) {
            if (drafts.containsKey(key)) {
                return key;
            }
        }
        EntityKind kind = organization.isPresent() ? EntityKind.ORGANIZATION : EntityKind.OTHER_ACTOR;
        String key = kind.key() + ":" + nameKey;
        drafts.computeIfAbsent(key, k -> new Draft(kind, Optional.empty())).use(name, null);
        return key;
    }

    /**
     * Places take the gazetteer's English name. Others take the most used of their fullest
     * names (for people, names of more words win over a surname); ties by length, then
     * alphabetically.
     */
    private static String canonicalName(Draft draft) {
        if (draft.entry.isPresent()) {
            return draft.entry.get().name();
        }
        if (draft.place.isPresent()) {
            return draft.place.get().name();
        }
        return draft.names.entrySet().stream()
                .max(Comparator.comparingInt((Map.Entry<String, Integer> e) -> NameKeys.words(e.getKey()).size())
                        .thenComparingInt(Map.Entry::getValue)
                        .thenComparingInt(e -> e.getKey().length())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey)
                .orElseThrow();
    }

    private Map<String, EntityId> assignIds(Map<String, Draft> drafts) {
        Map<String, EntityId> ids = new HashMap<>();
        // an editor's entry keeps its file's name as its id, whatever else is called so
        Set<String> used = new HashSet<>(registry.ids());
        drafts.forEach((key, draft) -> draft.entry.ifPresent(entry -> ids.put(key, new EntityId(entry.id()))));
        for (Map.Entry<String, Draft> entry : drafts.entrySet()) {
            if (entry.getValue().entry.isPresent()) {
                continue;
            }
            String base = Slugs.slugify(canonicalName(entry.getValue()), entry.getValue().kind.key());
            // "Idlib" the city and "Idlib" the province: the second gets its kind, then a number.
            String slug = used.contains(base) ? base + "-" + entry.getValue().kind.key() : base;
            for (int n = 2; !used.add(slug); n++) {
                slug = base + "-" + n;
            }
            ids.put(entry.getKey(), new EntityId(slug));
        }
        return ids;
    }
}
