package io.dangol.crm.consent.persistence;

import io.dangol.crm.consent.ConsentChange;
import io.dangol.crm.consent.Consents;
import io.dangol.crm.shared.CustomerId;
import java.sql.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
@Transactional
class JdbcConsents implements Consents {

    private final JdbcClient jdbc;

    JdbcConsents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean record(CustomerId customer, ConsentChange change) {
        return jdbc.sql("""
                insert into consent (customer_id, channel, purpose, status, at, source, note, recorded_by)
                select id, ?, ?, ?, ?, ?, ?, ? from customer where id = ? and erased_at is null""")
                .params(change.channel().name(), change.purpose().name(), change.status().name(), Timestamp.from(change.at()),
                        change.source().name(), change.note(), change.recordedBy(), customer.value())
                .update() == 1;
    }
}
