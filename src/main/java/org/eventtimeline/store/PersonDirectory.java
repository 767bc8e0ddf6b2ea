package org.eventtimeline.store;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.eventtimeline.extract.people.Person;
import org.eventtimeline.extract.people.PersonNames;

/**
 * Finds or creates the stored person an article's person is. A name already known as someone's alias is that
 * person; a full name joins the stored person with the same surname and a matching given name (or none: "Lord
 * Mandelson" from an earlier article); a surname alone, or with a title, joins the one stored person with that
 * surname who is not of the other sex by title or given name. Otherwise the person is new, with an id slugged from
 * the name.
 */
@ApplicationScoped
public class PersonDirectory {

    /**
     * The stored people an article's people are, in its order. Must run inside the caller's transaction. The stored
     * people known by one of their names, or holding the id one of them would get, are read at once, aliases and
     * all (unless the write read them already, see {@link #readAll}); those this write resolved count too, so that
     * the answer is the one a query per person gives.
     */
    public Map<Person, PersonEntity> resolveAll(Collection<Person> people, WriteView view) {
        Map<Person, PersonEntity> resolved = new LinkedHashMap<>();
        readAll(people, view);
        for (Person person : people) {
            PersonEntity stored = resolve(person, view);
            resolved.put(person, stored);
            view.people.add(stored);
        }
        return resolved;
    }

    /**
     * Reads the stored people known by one of these people's names or holding one of their slugs, for a whole write
     * at once, into the write's view; names read before are not read again. The lists are bound as arrays, so that
     * every write sends the same statement. Namesakes by surname are read only for a person not known by name: a
     * common surname has dozens of people, and here each would come with every alias.
     */
    void readAll(Collection<Person> people, WriteView view) {
        List<Person> unread = people.stream().filter(p -> view.namesRead.add(key(p.name()) + "\n" + p.slug()))
                .toList();
        if (unread.isEmpty()) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<String> ids = PersonEntity.getEntityManager().createNativeQuery("select person_id from person_alias"
                + " where alias_key = any(:names) union select id from person where id = any(:slugs)")
                .setParameter("names", unread.stream().map(p -> key(p.name())).distinct().toArray(String[]::new))
                .setParameter("slugs", unread.stream().map(Person::slug).distinct().toArray(String[]::new))
                .getResultList();
        view.people.addAll(ByIds.load(PersonEntity.class, ids, "aliases"));
    }

    private PersonEntity resolve(Person person, WriteView view) {
        PersonEntity stored = find(person, view.people);
        if (stored == null) {
            stored = new PersonEntity();
            stored.id = freeId(person.slug(), view.people);
            stored.name = person.name();
            stored.surname = person.surname();
            stored.surnameKey = key(person.surname());
            stored.createdAt = TimelineStore.now();
            stored.persist();
            view.created(stored);
        } else if (fullness(person.name()) > fullness(stored.name)) {
            stored.name = person.name(); // the fullest form seen names the person
            stored.surname = person.surname();
            stored.surnameKey = key(person.surname());
        }
        Set<String> known = new LinkedHashSet<>();
        stored.aliases.forEach(a -> known.add(a.aliasKey));
        for (String form : forms(person)) {
            if (known.add(key(form))) {
                stored.aliases.add(new PersonEntity.Alias(form, key(form)));
            }
        }
        return stored;
    }

    private PersonEntity find(Person person, Set<PersonEntity> known) {
        String nameKey = key(person.name());
        List<PersonEntity> byAlias = known.stream()
                .filter(p -> p.aliases.stream().anyMatch(a -> a.aliasKey.equals(nameKey))).toList();
        if (byAlias.size() == 1) {
            return byAlias.get(0);
        }
        // "Mrs. Obama" is not the stored Barack Obama: a title or given name that says the sex passes over the other
        String sex = PersonNames.sexOfNames(forms(person));
        // the stored namesakes, and those this write created or renamed, which the database has not seen yet
        String surnameKey = key(person.surname());
        Set<PersonEntity> namesakes = new LinkedHashSet<>(PersonEntity.<PersonEntity>list("surnameKey", surnameKey));
        namesakes.addAll(known);
        List<PersonEntity> bySurname = namesakes.stream().filter(p -> p.surnameKey.equals(surnameKey))
                .filter(p -> !PersonNames.otherSex(sex, PersonNames.sexOfNames(List.of(p.name)))).toList();
        if (PersonNames.hasGivenName(person.name())) {
            return bySurname.stream().filter(p -> PersonNames.sameFullName(p.name, person.name()))
                    .findFirst().orElse(null);
        }
        return bySurname.size() == 1 ? bySurname.get(0) : null;
    }

    private static Set<String> forms(Person person) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(person.name());
        forms.addAll(person.aliases());
        return forms;
    }

    /** The slug, or the slug numbered: the known people hold every stored id the bare slug could clash with. */
    private static String freeId(String slug, Set<PersonEntity> known) {
        if (known.stream().noneMatch(p -> p.id.equals(slug))) {
            return slug;
        }
        int n = 2;
        while (PersonEntity.findById(slug + "-" + n) != null) {
            n++;
        }
        return slug + "-" + n;
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");

    static String key(String name) {
        return SPACES.matcher(name.trim()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /** How much of a person a name gives: a given name and surname beat a surname, with or without a title. */
    private static int fullness(String name) {
        return PersonNames.hasGivenName(name) ? SPACES.split(name.trim()).length : 1;
    }
}
