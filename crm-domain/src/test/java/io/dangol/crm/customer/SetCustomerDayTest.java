package io.dangol.crm.customer;

import static org.assertj.core.api.Assertions.assertThat;

import io.dangol.crm.customer.SetCustomerDay.Day;
import io.dangol.crm.customer.SetCustomerDay.Outcome;
import io.dangol.crm.shared.BusinessZone;
import io.dangol.crm.shared.CustomerId;
import io.dangol.crm.shared.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Setting a birthday or wedding anniversary: full date or day alone, never in the future, each change recorded. */
class SetCustomerDayTest {

    private final Map<EventKind, Day> days = new EnumMap<>(EventKind.class);
    private final List<String> recorded = new ArrayList<>();

    private final SetCustomerDay set = new SetCustomerDay(new CustomerProfiles() {
        @Override
        public Optional<CustomerProfile> profile(CustomerId customer) {
            return customer.value() == 1 ? Optional.of(new CustomerProfile("김민준", CustomerKind.PERSON, Set.of())) : Optional.empty();
        }

        @Override
        public void change(CustomerId customer, CustomerProfile profile, List<CustomerChange> changes, String by, Instant at) {
        }

        @Override
        public Optional<Day> day(CustomerId customer, EventKind kind) {
            return Optional.ofNullable(days.get(kind));
        }

        @Override
        public void setDay(CustomerId customer, EventKind kind, Optional<Day> day, CustomerChange change, String by, Instant at) {
            day.ifPresentOrElse(d -> days.put(kind, d), () -> days.remove(kind));
            recorded.add(change.field() + ": " + change.before() + " → " + change.after());
        }
    }, new Transactions() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    }, Clock.fixed(Instant.parse("2026-12-03T01:00:00Z"), ZoneOffset.UTC), new BusinessZone(ZoneId.of("Asia/Seoul")));

    private Outcome set(String kind, String date) {
        return set.handle(new SetCustomerDay.Command(CustomerId.of(1), kind, date, "agent"));
    }

    @Test
    void aFullDateOrTheDayAloneIsKeptAndEachChangeRecorded() {
        assertThat(set("BIRTHDAY", "1990-05-17")).isEqualTo(Outcome.SAVED);
        assertThat(set("BIRTHDAY", "1990.5.17")).isEqualTo(Outcome.UNCHANGED);
        assertThat(set("WEDDING_ANNIVERSARY", "06-01")).isEqualTo(Outcome.SAVED);
        assertThat(days.get(EventKind.WEDDING_ANNIVERSARY)).isEqualTo(new Day(MonthDay.of(6, 1), Optional.empty()));
        assertThat(set("BIRTHDAY", "")).isEqualTo(Outcome.SAVED);
        assertThat(recorded).containsExactly("BIRTHDAY:  → 1990-05-17", "WEDDING_ANNIVERSARY:  → 06-01", "BIRTHDAY: 1990-05-17 → ");
    }

    @Test
    void badDatesTheFutureAndOtherKindsAreRefused() {
        assertThat(set("BIRTHDAY", "1990-02-30")).isEqualTo(Outcome.BAD_DATE);
        assertThat(set("BIRTHDAY", "17/05/1990")).isEqualTo(Outcome.BAD_DATE);
        assertThat(set("BIRTHDAY", "2027-01-01")).isEqualTo(Outcome.IN_THE_FUTURE);
        assertThat(set("BIRTHDAY", "1850-01-01")).isEqualTo(Outcome.IN_THE_FUTURE);
        assertThat(set("CUSTOM", "01-01")).isEqualTo(Outcome.UNKNOWN_KIND);
        assertThat(recorded).isEmpty();
    }
}
