package io.dangol.crm.customer;

import static org.assertj.core.api.Assertions.assertThat;

import io.dangol.crm.customer.RetireContactPoint.Outcome;
import io.dangol.crm.shared.CustomerId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Retiring a contact point: the reason must be known and fit the kind; a point already retired is refused. */
class RetireContactPointTest {

    private final Map<Long, ContactPointKind> kinds = Map.of(1L, ContactPointKind.PHONE, 2L, ContactPointKind.EMAIL);
    private final List<String> retired = new ArrayList<>();

    private final RetireContactPoint retire = new RetireContactPoint(new ContactPoints() {
        @Override
        public Optional<ContactPointKind> kindOf(CustomerId customer, long pointId) {
            return Optional.ofNullable(kinds.get(pointId));
        }

        @Override
        public boolean verify(CustomerId customer, long pointId, Instant at) {
            return false;
        }

        @Override
        public boolean add(CustomerId customer, ContactPointKind kind, String value, Instant at, String by) {
            return false;
        }

        @Override
        public boolean correct(CustomerId customer, long pointId, String value, Instant at, String by) {
            return false;
        }

        @Override
        public boolean retire(CustomerId customer, long pointId, ContactPointRetirement reason, Instant at, String by) {
            String entry = pointId + " " + reason + " by " + by;
            if (retired.stream().anyMatch(r -> r.startsWith(pointId + " "))) {
                return false;
            }
            retired.add(entry);
            return true;
        }

        @Override
        public Optional<Long> inUse(CustomerId customer, ContactPointKind kind) {
            return kind == ContactPointKind.EMAIL ? Optional.of(2L) : Optional.empty();
        }
    }, new io.dangol.crm.shared.Transactions() {
        @Override
        public <T> T inTransaction(java.util.function.Supplier<T> work) {
            return work.get();
        }
    }, Clock.fixed(Instant.parse("2026-12-03T01:00:00Z"), ZoneOffset.UTC));

    private Outcome retire(long point, String reason) {
        return retire.handle(new RetireContactPoint.Command(CustomerId.of(1), point, reason, "agent"));
    }

    @Test
    void aReasonMustBeKnownAndFitTheKindOfPoint() {
        assertThat(retire(1, "NUMBER_CHANGED")).isEqualTo(Outcome.RETIRED);
        assertThat(retire(2, "UNREACHABLE")).as("an e-mail is not unreachable, it bounces").isEqualTo(Outcome.REASON_DOES_NOT_FIT);
        assertThat(retire(2, "BOUNCED")).isEqualTo(Outcome.RETIRED);
        assertThat(retire(2, "forgot")).isEqualTo(Outcome.UNKNOWN_REASON);
        assertThat(retire(3, "RETIRED")).isEqualTo(Outcome.UNKNOWN_POINT);
        assertThat(retire(1, "RETIRED")).as("already retired").isEqualTo(Outcome.UNKNOWN_POINT);
        assertThat(retired).containsExactly("1 NUMBER_CHANGED by agent", "2 BOUNCED by agent");
    }

    @Test
    void aBouncedEMailRetiresThePointACampaignWouldUse() {
        assertThat(retire.retireInUse(CustomerId.of(1), ContactPointKind.EMAIL, ContactPointRetirement.BOUNCED, "agent")).isTrue();
        assertThat(retire.retireInUse(CustomerId.of(1), ContactPointKind.PHONE, ContactPointRetirement.UNREACHABLE, "agent")).isFalse();
        assertThat(retired).containsExactly("2 BOUNCED by agent");
    }
}
