package org.eventtimeline.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** A dated event on the timeline, with the people involved and every article passage that reports it. */
@Entity
@Table(name = "event")
public class EventEntity extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "date_value")
    public String dateValue;

    @Column(name = "date_precision")
    public String datePrecision;

    @Column(name = "date_start")
    public LocalDate dateStart;

    @Column(name = "date_end")
    public LocalDate dateEnd;

    @Column(name = "date_text")
    public String dateText;

    @Column(name = "start_year")
    public int startYear;

    public String title;

    public String sentence;

    /** Lower-cased title, sentence and names, for the timeline's word search. */
    @Column(name = "search_text")
    public String searchText;

    public double confidence;

    @Column(name = "created_at")
    public Instant createdAt;

    @ManyToMany
    @JoinTable(name = "event_person", joinColumns = @JoinColumn(name = "event_id"),
            inverseJoinColumns = @JoinColumn(name = "person_id"))
    @OrderBy("name")
    public Set<PersonEntity> people = new LinkedHashSet<>();

    @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    public List<SourceEntity> sources = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "event_conflict", joinColumns = @JoinColumn(name = "event_id"),
            inverseJoinColumns = @JoinColumn(name = "other_event_id"))
    public Set<EventEntity> conflicts = new LinkedHashSet<>();
}
