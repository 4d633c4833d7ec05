package io.dangol.crm.customer.persistence;

import io.dangol.crm.customer.CustomerChange;
import io.dangol.crm.customer.CustomerKind;
import io.dangol.crm.customer.CustomerProfile;
import io.dangol.crm.customer.CustomerProfiles;
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
}
