package io.dangol.crm.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dangol.crm.shared.CustomerId;
import io.dangol.crm.shared.CustomerNotFound;
import io.dangol.crm.shared.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Editing who a customer is: each changed field recorded before → after, nothing written for no change. */
class EditCustomerTest {

    private CustomerProfile stored = new CustomerProfile("김민준", CustomerKind.PERSON, Set.of("VIP"));
    private final List<String> written = new ArrayList<>();

    private final EditCustomer edit = new EditCustomer(new CustomerProfiles() {
        @Override
        public Optional<CustomerProfile> profile(CustomerId customer) {
            return customer.value() == 1 ? Optional.of(stored) : Optional.empty();
        }

        @Override
        public void change(CustomerId customer, CustomerProfile profile, List<CustomerChange> changes, String by, Instant at) {
            stored = profile;
            changes.forEach(c -> written.add(c.field() + " " + c.before() + " → " + c.after() + " by " + by));
        }

        @Override
        public Optional<SetCustomerDay.Day> day(CustomerId customer, EventKind kind) {
            return Optional.empty();
        }

        @Override
        public void setDay(CustomerId customer, EventKind kind, Optional<SetCustomerDay.Day> day, CustomerChange change,
                           String by, Instant at) {
        }
    }, new Transactions() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    }, Clock.fixed(Instant.parse("2026-12-03T01:00:00Z"), ZoneOffset.UTC));

    @Test
    void eachChangedFieldIsRecordedBeforeAndAfter() {
        EditCustomer.Result result = edit.handle(new EditCustomer.Command(CustomerId.of(1), " 김민재 ", "PERSON", "VIP, 원두", "seller"));

        assertThat(result.saved()).isTrue();
        assertThat(written).containsExactly("NAME 김민준 → 김민재 by seller", "TAGS VIP → VIP, 원두 by seller");
        assertThat(stored.name()).isEqualTo("김민재");
    }

    @Test
    void anEditThatChangesNothingWritesNothingAndBadInputIsNamed() {
        assertThat(edit.handle(new EditCustomer.Command(CustomerId.of(1), "김민준", "PERSON", "VIP", "s")).changes()).isEmpty();
        EditCustomer.Result bad = edit.handle(new EditCustomer.Command(CustomerId.of(1), " ", "ROBOT", "x".repeat(51), "s"));
        assertThat(bad.errors()).containsOnlyKeys("name", "kind", "tags");
        assertThat(written).isEmpty();
        assertThatThrownBy(() -> edit.handle(new EditCustomer.Command(CustomerId.of(2), "이서연", "PERSON", "", "s")))
                .isInstanceOf(CustomerNotFound.class);
    }
}
