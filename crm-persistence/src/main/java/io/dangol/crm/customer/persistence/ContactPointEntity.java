package io.dangol.crm.customer.persistence;

import io.dangol.crm.customer.ContactPoint;
import io.dangol.crm.customer.ContactPointKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

@Entity
@Table(name = "contact_point")
class ContactPointEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ContactPointKind kind;

    @Column(nullable = false)
    private String value;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ContactPointEntity() {
    }

    static ContactPointEntity from(ContactPoint point, Instant now) {
        ContactPointEntity entity = new ContactPointEntity();
        entity.kind = point.kind();
        entity.value = point.value();
        entity.verifiedAt = point.verifiedAt().orElse(null);
        entity.createdAt = now;
        return entity;
    }

    boolean sameAs(ContactPoint point) {
        return kind == point.kind() && value.equals(point.value());
    }

    void verifiedAt(Optional<Instant> at) {
        this.verifiedAt = at.orElse(null);
    }

    ContactPoint toDomain() {
        return new ContactPoint(kind, value, Optional.ofNullable(verifiedAt));
    }
}
