package org.eventtimeline.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One passage of one article that reports an event. */
@Entity
@Table(name = "event_source")
public class SourceEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_source_ids")
    @SequenceGenerator(name = "event_source_ids", sequenceName = "event_source_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "event_id")
    public EventEntity event;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "document_id")
    public DocumentEntity document;

    @Column(name = "start_offset")
    public int startOffset;

    @Column(name = "end_offset")
    public int endOffset;

    public String quote;
}
