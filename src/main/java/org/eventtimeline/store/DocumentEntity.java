package org.eventtimeline.store;

import java.time.Instant;
import java.time.LocalDate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A stored article. Its id is derived from its text, so the same text always has the same id. */
@Entity
@Table(name = "document")
public class DocumentEntity extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "external_id")
    public String externalId;

    public String title;

    public String url;

    @Column(name = "published_at")
    public LocalDate publishedAt;

    @Column(name = "text_sha256")
    public String textSha256;

    /** The article itself: loaded only when asked for, not whenever a source names its document. */
    @Basic(fetch = FetchType.LAZY)
    public String body;

    @Column(name = "created_at")
    public Instant createdAt;
}
