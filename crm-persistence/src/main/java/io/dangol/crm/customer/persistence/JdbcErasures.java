package io.dangol.crm.customer.persistence;

import io.dangol.crm.customer.ErasureReason;
import io.dangol.crm.customer.Erasures;
import io.dangol.crm.persistence.ErasedIds;
import io.dangol.crm.shared.CustomerId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Erasure in SQL, for the customer and every record merged into it. {@code ErasureTest} scans every text column of
 * every table afterwards for the person's name, phone, e-mail and source id.
 */
@Repository
class JdbcErasures implements Erasures {

    private final JdbcClient jdbc;

    JdbcErasures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean isLive(CustomerId customer) {
        return jdbc.sql("select exists (select 1 from customer where id = ? and erased_at is null)").param(customer.value())
                .query(Boolean.class).single();
    }

    @Override
    public int erase(CustomerId customer, ErasureReason reason, String by, Instant at) {
        List<Long> ids = jdbc.sql("select id from customer where id = :id or merged_into = :id for update")
                .param("id", customer.value()).query(Long.class).list();
        // raw import rows naming them: matched by what they were known by, before it is gone
        jdbc.sql("""
                delete from import_rejection r
                using (select distinct v from (
                          select c.name as v from customer c where c.id in (:ids)
                          union all select c.external_id from customer c where c.id in (:ids) and c.external_id is not null
                          union all select p.value from contact_point p where p.customer_id in (:ids)
                          union all select p.lookup from contact_point p where p.customer_id in (:ids) and p.lookup is not null
                          union all select regexp_replace(p.value, '^\\+82', '0') from contact_point p
                                    where p.customer_id in (:ids) and p.kind = 'PHONE') known
                       where length(v) >= 3) k
                where position(k.v in r.raw) > 0 or position(k.v in r.detail) > 0""").param("ids", ids).update();
        jdbc.sql("delete from contact_point where customer_id in (:ids)").param("ids", ids).update();
        jdbc.sql("delete from customer_event where customer_id in (:ids)").param("ids", ids).update();
        jdbc.sql("delete from customer_change where customer_id in (:ids)").param("ids", ids).update();
        jdbc.sql("delete from duplicate_pair where first_id in (:ids) or second_id in (:ids)").param("ids", ids).update();
        jdbc.sql("update contact set note = '' where customer_id in (:ids)").param("ids", ids).update();
        jdbc.sql("update feedback set text = '', author = '', link = '', answer = '' where customer_id in (:ids)").param("ids", ids).update();
        jdbc.sql("update service_case set subject = '', description = '', outcome = null where customer_id in (:ids)")
                .param("ids", ids).update();
        jdbc.sql("""
                update service_case_step set note = '' where note <> ''
                  and case_id in (select id from service_case where customer_id in (:ids))""").param("ids", ids).update();
        jdbc.sql("update order_return set reason = null where customer_id in (:ids)").param("ids", ids).update();
        jdbc.sql("update consent set note = '' where customer_id in (:ids)").param("ids", ids).update();
        jdbc.sql("""
                update customer_registration set store = '', guardian_name = null, guardian_relation = null, guardian_phone = null,
                    duplicate_reason = '' where customer_id in (:ids)""").param("ids", ids).update();
        jdbc.sql("""
                update customer_merge set reason = 'erased',
                    survivor_name = case when survivor_id in (:ids) then 'erased' else survivor_name end
                where survivor_id in (:ids) or merged_id in (:ids)""").param("ids", ids).update();
        jdbc.sql("""
                update customer set name = 'erased', tags = '{}', erased_at = coalesce(erased_at, :at), version = version + 1,
                    external_id = case when external_id is null then null else %s end
                where id in (:ids)""".formatted(ErasedIds.HASHED.formatted("source_system", "external_id")))
                .param("ids", ids).param("at", Timestamp.from(at)).update();
        jdbc.sql("insert into customer_erasure (customer_id, erased_at, erased_by, reason, records) values (?, ?, ?, ?, ?)")
                .params(customer.value(), Timestamp.from(at), by, reason.name(), ids.size()).update();
        return ids.size();
    }
}
