package io.dangol.crm.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dangol.crm.shared.CustomerId;
import io.dangol.crm.shared.CustomerNotFound;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Adding a contact point: the value checked for its kind and kept in its normal form, nothing written when wrong. */
class AddContactPointTest {

    private final List<String> added = new ArrayList<>();

    private final AddContactPoint add = new AddContactPoint(new ContactPoints() {
        @Override
        public Optional<ContactPointKind> kindOf(CustomerId customer, long pointId) {
            return Optional.empty();
        }

        @Override
        public boolean verify(CustomerId customer, long pointId, Instant at) {
            return false;
        }

        @Override
        public boolean add(CustomerId customer, ContactPointKind kind, String value, Instant at, String by) {
            if (customer.value() != 1) {
                return false;
            }
            added.add(kind + " " + value + " by " + by);
            return true;
        }

        @Override
        public boolean correct(CustomerId customer, long pointId, String value, Instant at, String by) {
            return false;
        }

        @Override
        public boolean retire(CustomerId customer, long pointId, ContactPointRetirement reason, Instant at, String by) {
            return false;
        }

        @Override
        public Optional<Long> inUse(CustomerId customer, ContactPointKind kind) {
            return kind == ContactPointKind.EMAIL ? Optional.of(2L) : Optional.empty();
        }
    }, Clock.fixed(Instant.parse("2026-12-03T01:00:00Z"), ZoneOffset.UTC));

    @Test
    void aPointIsKeptInItsNormalFormAndABadOneIsRefusedWithItsReason() {
        assertThat(add.handle(new AddContactPoint.Command(CustomerId.of(1), "PHONE", "+82 10 6123 4567", "agent")).added()).isTrue();
        assertThat(add.handle(new AddContactPoint.Command(CustomerId.of(1), "EMAIL", " Kim@Example.COM", "agent")).added()).isTrue();
        assertThat(add.handle(new AddContactPoint.Command(CustomerId.of(1), "PHONE", "010-12", "agent")).problem())
                .contains("customer.point.invalid.PHONE");
        assertThat(add.handle(new AddContactPoint.Command(CustomerId.of(1), "FAX", "02-123-4567", "agent")).problem())
                .contains("customer.point.kind");
        assertThat(added).containsExactly("PHONE 010-6123-4567 by agent", "EMAIL kim@example.com by agent");
        assertThatThrownBy(() -> add.handle(new AddContactPoint.Command(CustomerId.of(2), "EMAIL", "a@b.kr", "agent")))
                .isInstanceOf(CustomerNotFound.class);
    }
}
