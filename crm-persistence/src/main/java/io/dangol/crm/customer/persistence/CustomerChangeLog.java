package io.dangol.crm.customer.persistence;

import io.dangol.crm.customer.CustomerChange;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The one place {@code customer_change} is written: registrations, profile edits, contact points added or corrected. */
final class CustomerChangeLog {

    private CustomerChangeLog() {
    }

    static void record(JdbcClient jdbc, long customer, CustomerChange change, String by, Instant at) {
        jdbc.sql("""
                insert into customer_change (customer_id, at, changed_by, field, before, after) values (?, ?, ?, ?, ?, ?)""")
                .params(customer, Timestamp.from(at), by, change.field().name(), change.before(), change.after())
                .update();
    }
}
