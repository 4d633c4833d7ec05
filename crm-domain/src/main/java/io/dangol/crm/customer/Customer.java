package io.dangol.crm.customer;

import io.dangol.crm.ladder.LadderStage;
import io.dangol.crm.shared.CustomerId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A customer: one {@code name} (Korean names are not first/last), a person or a company, the channel they
 * came through, their stage on the ladder, tags, and the contact points we know.
 */
public final class Customer {

    private final CustomerId id;
    private String name;
    private final CustomerKind kind;
    private final Instant createdAt;
    private final AcquisitionChannel acquiredThrough;
    private LadderStage stage;
    private final Set<String> tags;
    private final List<ContactPoint> contactPoints;

    private Customer(Builder builder) {
        this.id = builder.id;
        this.name = requireName(builder.name);
        this.kind = Objects.requireNonNull(builder.kind, "kind");
        this.createdAt = Objects.requireNonNull(builder.createdAt, "createdAt");
        this.acquiredThrough = Objects.requireNonNull(builder.acquiredThrough, "acquiredThrough");
        this.stage = Objects.requireNonNull(builder.stage, "stage");
        this.tags = new LinkedHashSet<>(builder.tags);
        this.contactPoints = new ArrayList<>(builder.contactPoints);
    }

    public static Builder builder() {
        return new Builder();
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a customer needs a name");
        }
        if (name.strip().length() > 200) {
            throw new IllegalArgumentException("a name has at most 200 characters");
        }
        return name.strip();
    }

    public Optional<CustomerId> id() {
        return Optional.ofNullable(id);
    }

    public String name() {
        return name;
    }

    public void rename(String newName) {
        this.name = requireName(newName);
    }

    public CustomerKind kind() {
        return kind;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public AcquisitionChannel acquiredThrough() {
        return acquiredThrough;
    }

    public LadderStage stage() {
        return stage;
    }

    public Set<String> tags() {
        return Set.copyOf(tags);
    }

    public void tag(String tag) {
        if (tag == null || tag.isBlank()) {
            throw new IllegalArgumentException("a tag is not blank");
        }
        tags.add(tag.strip());
    }

    public List<ContactPoint> contactPoints() {
        return List.copyOf(contactPoints);
    }

    /** Adds a contact point; the same kind and value again only refreshes its verification. */
    public void reachAt(ContactPoint point) {
        contactPoints.removeIf(existing -> existing.kind() == point.kind() && existing.value().equals(point.value()));
        contactPoints.add(point);
    }

    public boolean hasVerifiedContactPoint() {
        return contactPoints.stream().anyMatch(ContactPoint::isVerified);
    }

    public static final class Builder {
        private CustomerId id;
        private String name;
        private CustomerKind kind = CustomerKind.PERSON;
        private Instant createdAt = Instant.now();
        private AcquisitionChannel acquiredThrough = AcquisitionChannel.STORE;
        private LadderStage stage = LadderStage.PROSPECT;
        private final Set<String> tags = new LinkedHashSet<>();
        private final List<ContactPoint> contactPoints = new ArrayList<>();

        public Builder id(CustomerId id) {
            this.id = id;
            return this;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder kind(CustomerKind kind) {
            this.kind = kind;
            return this;
        }

        public Builder createdAt(Instant createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        public Builder acquiredThrough(AcquisitionChannel channel) {
            this.acquiredThrough = channel;
            return this;
        }

        public Builder stage(LadderStage stage) {
            this.stage = stage;
            return this;
        }

        public Builder tags(Set<String> tags) {
            this.tags.addAll(tags);
            return this;
        }

        public Builder contactPoint(ContactPoint point) {
            this.contactPoints.add(point);
            return this;
        }

        public Builder contactPoints(List<ContactPoint> points) {
            this.contactPoints.addAll(points);
            return this;
        }

        public Customer build() {
            return new Customer(this);
        }
    }
}
