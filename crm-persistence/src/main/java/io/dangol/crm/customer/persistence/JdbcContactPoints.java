package io.dangol.crm.customer.persistence;

import io.dangol.crm.customer.ContactPointKind;
import io.dangol.crm.customer.ContactPointRetirement;
import io.dangol.crm.customer.CustomerChange;
import io.dangol.crm.customer.ContactPoints;
import io.dangol.crm.shared.CustomerId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
@Transactional
class JdbcContactPoints implements ContactPoints {

    private final JdbcClient jdbc;

    JdbcContactPoints(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ContactPointKind> kindOf(CustomerId customer, long pointId) {
        return jdbc.sql("""
                select p.kind from contact_point p join customer c on c.id = p.customer_id
                where p.id = ? and p.customer_id = ? and c.erased_at is null""")
                .params(pointId, customer.value()).query((rs, n) -> ContactPointKind.valueOf(rs.getString(1))).optional();
    }

    @Override
    public boolean verify(CustomerId customer, long pointId, Instant at) {
        return jdbc.sql("update contact_point set verified_at = ? where id = ? and customer_id = ?")
                .params(Timestamp.from(at), pointId, customer.value()).update() == 1;
    }

    @Override
    public boolean add(CustomerId customer, ContactPointKind kind, String value, Instant at, String by) {
        if (jdbc.sql("select count(*) from customer where id = ? and erased_at is null").param(customer.value())
                .query(Long.class).single() == 0) {
            return false;
        }
        int verified = jdbc.sql("""
                update contact_point set verified_at = ?, retired_at = null, retired_by = null, retired_because = null
                where customer_id = ? and kind = ? and value = ?""")
                .params(Timestamp.from(at), customer.value(), kind.name(), value).update();
        if (verified == 0) {
            jdbc.sql("insert into contact_point (customer_id, kind, value, verified_at, created_at) values (?, ?, ?, ?, ?)")
                    .params(customer.value(), kind.name(), value, Timestamp.from(at), Timestamp.from(at)).update();
            CustomerChangeLog.record(jdbc, customer.value(), new CustomerChange(CustomerChange.Field.CONTACT_POINT, "", value),
                    by, at);
        }
        return true;
    }

    @Override
    public boolean correct(CustomerId customer, long pointId, String value, Instant at, String by) {
        Optional<String> before = jdbc.sql("select value from contact_point where id = ? and customer_id = ? for update")
                .params(pointId, customer.value()).query(String.class).optional();
        if (before.isEmpty()) {
            return false;
        }
        jdbc.sql("update contact_point set value = ?, verified_at = ? where id = ? and customer_id = ?")
                .params(value, Timestamp.from(at), pointId, customer.value()).update();
        if (!before.get().equals(value)) {
            CustomerChangeLog.record(jdbc, customer.value(),
                    new CustomerChange(CustomerChange.Field.CONTACT_POINT, before.get(), value), by, at);
        }
        return true;
    }

    @Override
    public boolean retire(CustomerId customer, long pointId, ContactPointRetirement reason, Instant at, String by) {
        Optional<String> value = jdbc.sql("""
                update contact_point set retired_at = ?, retired_by = ?, retired_because = ?
                where id = ? and customer_id = ? and retired_at is null returning value""")
                .params(Timestamp.from(at), by, reason.name(), pointId, customer.value()).query(String.class).optional();
        value.ifPresent(v -> CustomerChangeLog.record(jdbc, customer.value(),
                new CustomerChange(CustomerChange.Field.CONTACT_POINT_RETIRED, v, reason.name()), by, at));
        return value.isPresent();
    }

    @Override
    public Optional<Long> inUse(CustomerId customer, ContactPointKind kind) {
        return jdbc.sql("""
                select id from contact_point where customer_id = ? and kind = ? and retired_at is null
                order by verified_at desc nulls last, id limit 1""")
                .params(customer.value(), kind.name()).query(Long.class).optional();
    }
}
