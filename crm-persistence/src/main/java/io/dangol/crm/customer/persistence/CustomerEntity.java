package io.dangol.crm.customer.persistence;

import io.dangol.crm.customer.AcquisitionChannel;
import io.dangol.crm.customer.ContactPoint;
import io.dangol.crm.customer.Customer;
import io.dangol.crm.customer.CustomerKind;
import io.dangol.crm.ladder.LadderStage;
import io.dangol.crm.shared.CustomerId;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "customer")
class CustomerEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CustomerKind kind;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "acquired_through", nullable = false)
    private AcquisitionChannel acquiredThrough;

    @Enumerated(EnumType.STRING)
    @Column(name = "ladder_stage", nullable = false)
    private LadderStage stage;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    private String[] tags = new String[0];

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "customer_id", nullable = false)
    @OrderBy("id")
    private List<ContactPointEntity> contactPoints = new ArrayList<>();

    @Version
    private long version;

    protected CustomerEntity() {
    }

    static CustomerEntity from(Customer customer) {
        CustomerEntity entity = new CustomerEntity();
        entity.createdAt = customer.createdAt();
        entity.kind = customer.kind();
        entity.acquiredThrough = customer.acquiredThrough();
        entity.apply(customer);
        return entity;
    }

    /** Copies what may change; contact points are matched by kind and value so their ids stay. */
    void apply(Customer customer) {
        name = customer.name();
        stage = customer.stage();
        tags = customer.tags().toArray(String[]::new);
        Instant now = Instant.now();
        List<ContactPoint> wanted = customer.contactPoints();
        contactPoints.removeIf(existing -> wanted.stream().noneMatch(existing::sameAs));
        for (ContactPoint point : wanted) {
            contactPoints.stream().filter(existing -> existing.sameAs(point)).findFirst()
                    .ifPresentOrElse(existing -> existing.verifiedAt(point.verifiedAt()),
                            () -> contactPoints.add(ContactPointEntity.from(point, now)));
        }
    }

    Customer toDomain() {
        return Customer.builder()
                .id(CustomerId.of(id))
                .name(name)
                .kind(kind)
                .createdAt(createdAt)
                .acquiredThrough(acquiredThrough)
                .stage(stage)
                .tags(new LinkedHashSet<>(List.of(tags)))
                .contactPoints(contactPoints.stream().map(ContactPointEntity::toDomain).toList())
                .build();
    }
}
