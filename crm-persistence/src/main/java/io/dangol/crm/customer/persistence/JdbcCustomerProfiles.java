package io.dangol.crm.customer.persistence;

import io.dangol.crm.customer.CustomerChange;
import io.dangol.crm.customer.CustomerKind;
import io.dangol.crm.customer.CustomerProfile;
import io.dangol.crm.customer.CustomerProfiles;
import io.dangol.crm.customer.EventKind;
import io.dangol.crm.customer.SetCustomerDay;
import io.dangol.crm.shared.CustomerId;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Name, kind and tags of a customer, and the record of their changes; the caller ({@code EditCustomer}) holds the transaction. */
@Repository
class JdbcCustomerProfiles implements CustomerProfiles {

    private final JdbcClient jdbc;

    JdbcCustomerProfiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<CustomerProfile> profile(CustomerId customer) {
        return jdbc.sql("select name, kind, tags from customer where id = ? and erased_at is null")
                .param(customer.value())
                .query((rs, n) -> new CustomerProfile(rs.getString("name"), CustomerKind.valueOf(rs.getString("kind")),
                        Set.copyOf(Arrays.asList((String[]) rs.getArray("tags").getArray()))))
                .optional();
    }

    @Override
    public void change(CustomerId customer, CustomerProfile profile, List<CustomerChange> changes, String by, Instant at) {
        jdbc.sql("update customer set name = ?, kind = ?, tags = ?, version = version + 1 where id = ? and erased_at is null")
                .params(profile.name(), profile.kind().name(), profile.tags().stream().sorted().toArray(String[]::new),
                        customer.value())
                .update();
        changes.forEach(change -> CustomerChangeLog.record(jdbc, customer.value(), change, by, at));
    }

    @Override
    public Optional<SetCustomerDay.Day> day(CustomerId customer, EventKind kind) {
        return jdbc.sql("select month, day, year from customer_event where customer_id = ? and kind = ? order by id limit 1")
                .params(customer.value(), kind.name())
                .query((rs, n) -> new SetCustomerDay.Day(java.time.MonthDay.of(rs.getInt("month"), rs.getInt("day")),
                        Optional.ofNullable((Integer) rs.getObject("year", Integer.class))))
                .optional();
    }

    @Override
    public void setDay(CustomerId customer, EventKind kind, Optional<SetCustomerDay.Day> day, CustomerChange change, String by,
                       Instant at) {
        jdbc.sql("delete from customer_event where customer_id = ? and kind = ?").params(customer.value(), kind.name()).update();
        day.ifPresent(d -> jdbc.sql("insert into customer_event (customer_id, kind, month, day, year) values (?, ?, ?, ?, ?)")
                .params(customer.value(), kind.name(), d.day().getMonthValue(), d.day().getDayOfMonth(), d.year().orElse(null))
                .update());
        CustomerChangeLog.record(jdbc, customer.value(), change, by, at);
    }
}
