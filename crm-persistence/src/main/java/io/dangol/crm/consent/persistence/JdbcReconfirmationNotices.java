package io.dangol.crm.consent.persistence;

import io.dangol.crm.consent.ReconfirmationNotices;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcReconfirmationNotices implements ReconfirmationNotices {

    private final JdbcClient jdbc;

    JdbcReconfirmationNotices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long recordForAllDue(Instant grantedBefore, String by, Instant at) {
        return jdbc.sql("""
                insert into consent_notice (customer_id, sent_at, sent_by)
                select distinct k.customer_id, cast(:at as timestamptz), cast(:by as text) from current_consent k join customer c on c.id = k.customer_id
                where k.purpose = 'MARKETING' and k.status = 'GRANTED' and k.at < :before and c.erased_at is null
                  and not exists (select 1 from consent_notice n where n.customer_id = k.customer_id and n.sent_at >= :before)""")
                .param("at", Timestamp.from(at)).param("by", by).param("before", Timestamp.from(grantedBefore)).update();
    }
}
