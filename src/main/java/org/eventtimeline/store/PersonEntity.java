package org.eventtimeline.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/** A person across all stored articles, with every form they are named by. */
@Entity
@Table(name = "person")
public class PersonEntity extends PanacheEntityBase {

    @Id
    public String id;

    public String name;

    public String surname;

    /** The surname lower-cased, for look-ups. */
    @Column(name = "surname_key")
    public String surnameKey;

    @Column(name = "created_at")
    public Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "person_alias", joinColumns = @JoinColumn(name = "person_id"))
    public List<Alias> aliases = new ArrayList<>();

    @Embeddable
    public static class Alias {
        public String alias;

        @Column(name = "alias_key")
        public String aliasKey;

        public Alias() {
        }

        public Alias(String alias, String aliasKey) {
            this.alias = alias;
            this.aliasKey = aliasKey;
        }
    }
}
