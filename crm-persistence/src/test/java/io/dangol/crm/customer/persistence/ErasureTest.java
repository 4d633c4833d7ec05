package io.dangol.crm.customer.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.dangol.crm.customer.EraseCustomer;
import io.dangol.crm.customer.EraseCustomer.Outcome;
import io.dangol.crm.customer.Erasures;
import io.dangol.crm.shared.CustomerId;
import io.dangol.crm.shared.Transactions;
import io.dangol.crm.testing.PostgresIntegrationTest;
import io.dangol.crm.testing.Tables;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Erasure: afterwards no text column of any table holds the person's name, phone, e-mail or source id — also not
 * through a record merged into theirs — while orders and amounts stay.
 */
@SpringBootTest
class ErasureTest extends PostgresIntegrationTest {

    private static final Instant AT = Instant.parse("2026-12-03T01:00:00Z");
    private static final List<String> WHO = List.of("탁혜원", "탁 혜원", "혜원", "6543-2109", "65432109", "hyewon", "EZ-77", "W-77", "보호자엄마");

    @Autowired
    Erasures erasures;

    @Autowired
    Transactions transactions;

    @Autowired
    JdbcClient jdbc;

    private EraseCustomer erase;
    private long person;
    private long other;

    @BeforeEach
    void aCustomerWithEverything() {
        Tables.emptyCustomerData(jdbc);
        erase = new EraseCustomer(erasures, transactions, Clock.fixed(AT, ZoneOffset.UTC));
        person = jdbc.sql("insert into customer (name, source_system, external_id, tags) values ('탁혜원', 'pos', 'EZ-77', '{VIP}') returning id")
                .query(Long.class).single();
        long merged = jdbc.sql("insert into customer (name, source_system, external_id, merged_into, erased_at) values ('탁 혜원', 'web', 'W-77', ?, now()) returning id")
                .param(person).query(Long.class).single();
        other = jdbc.sql("insert into customer (name) values ('김민준') returning id").query(Long.class).single();
        jdbc.sql("insert into contact_point (customer_id, kind, value) values (?, 'PHONE', '+821065432109')").param(person).update();
        jdbc.sql("insert into contact_point (customer_id, kind, value) values (?, 'EMAIL', 'hyewon.tak@example.com')").param(person).update();
        jdbc.sql("insert into contact_point (customer_id, kind, value) values (?, 'EMAIL', 'hyewon@old.example.com')").param(merged).update();
        jdbc.sql("insert into contact_point (customer_id, kind, value) values (?, 'POSTAL', '서울특별시 마포구 월드컵로 1')").param(person).update();
        jdbc.sql("insert into customer_event (customer_id, kind, month, day, year) values (?, 'BIRTHDAY', 5, 17, 1990)").param(person).update();
        jdbc.sql("insert into product (id, sku, name) values (1, 'BEAN', '원두')").update();
        long order = jdbc.sql("insert into customer_order (customer_id, external_id, channel, ordered_at) values (?, 'O-1', 'STORE', now()) returning id")
                .param(person).query(Long.class).single();
        long line = jdbc.sql("insert into order_line (customer_id, order_id, line_no, product_id, quantity, unit_price, ordered_at) values (?, ?, 1, 1, 1, 25000, now()) returning id")
                .params(person, order).query(Long.class).single();
        jdbc.sql("insert into order_return (customer_id, order_line_id, quantity, refund, reason, returned_at) values (?, ?, 1, 25000, '탁혜원 고객 단순 변심', now())")
                .params(person, line).update();
        jdbc.sql("insert into service_case (customer_id, kind, subject, opened_at) values (?, 'COMPLAINT', '탁혜원님 파손 010-6543-2109', now())").param(person).update();
        jdbc.sql("insert into contact (customer_id, channel, direction, purpose, department, note, happened_at) values (?, 'PHONE', 'INBOUND', 'SERVICE', 'SERVICE', '혜원님이 hyewon.tak@example.com 으로 답장 원함', now())").param(person).update();
        jdbc.sql("insert into feedback (customer_id, channel, text, sentiment, received_at) values (?, 'WEB', '탁혜원입니다. 배송이 늦어요', 'NEGATIVE', now())").param(person).update();
        jdbc.sql("insert into consent (customer_id, channel, purpose, status, at, source, note) values (?, 'SMS', 'MARKETING', 'GRANTED', now(), 'STORE', '탁혜원 본인 확인')").param(person).update();
        jdbc.sql("""
                insert into customer_registration (customer_id, registered_at, registered_by, channel, store, consent_wording, language,
                    guardian_name, guardian_relation, guardian_phone, duplicate_reason)
                values (?, now(), 'seller', 'STORE', '강남점', '2026-12-01', 'ko', '보호자엄마', '모', '010-6543-0000', '탁혜원 동명이인')""").param(person).update();
        jdbc.sql("insert into customer_change (customer_id, at, changed_by, field, before, after) values (?, now(), 'agent', 'NAME', '탁해원', '탁혜원')").param(person).update();
        jdbc.sql("""
                insert into customer_merge (survivor_id, merged_id, merged_by, merged_at, reason, survivor_name, survivor_kind, survivor_tags, survivor_stage)
                values (?, ?, 'agent', now(), '탁혜원 같은 사람 010-6543-2109', '탁혜원', 'PERSON', '{}', 'BUYER')""").params(person, merged).update();
        long run = jdbc.sql("insert into import_run (kind, started_by, started_at, status) values ('customers', 'admin', now(), 'SUCCEEDED') returning id")
                .query(Long.class).single();
        jdbc.sql("insert into import_rejection (run_id, line, reason, raw) values (?, 2, 'import.reject.phone', 'EZ-77,탁혜원,010-6543-210')").param(run).update();
        jdbc.sql("insert into import_rejection (run_id, line, reason, raw) values (?, 3, 'import.reject.phone', 'C-9,김민준,010-6000-0001')").param(run).update();
        jdbc.sql("insert into access_log (at, username, customer_id, action, what) values (now(), 'agent', ?, 'VIEW', 'customer page')").param(person).update();
        jdbc.sql("insert into duplicate_pair values (?, ?, 0.7, '{NAME_AND_BIRTHDAY}', now())").params(person, other).update();
    }

    /** Every text, array or JSON column of every table, searched for what identified the person. */
    private List<String> traces() {
        List<String> found = new ArrayList<>();
        List<String[]> columns = jdbc.sql("""
                select c.table_name, c.column_name from information_schema.columns c
                join information_schema.tables t using (table_schema, table_name)
                where c.table_schema = 'public' and t.table_type = 'BASE TABLE' and c.table_name <> 'flyway_schema_history'
                  and (c.data_type in ('text', 'character varying', 'character', 'ARRAY', 'jsonb', 'json')
                       or c.udt_name = 'citext')""")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
        assertThat(columns).hasSizeGreaterThan(50);
        for (String[] column : columns) {
            for (String trace : WHO) {
                long rows = jdbc.sql("select count(*) from %s where position(? in %s::text) > 0".formatted(column[0], column[1]))
                        .param(trace).query(Long.class).single();
                if (rows > 0) {
                    found.add(column[0] + "." + column[1] + " holds '" + trace + "'");
                }
            }
        }
        return found;
    }

    @Test
    void nothingThatIdentifiedThePersonIsLeftInAnyTextColumnAndTheirOrdersStay() {
        assertThat(traces()).as("before: the scan sees them").isNotEmpty();

        assertThat(erase.handle(new EraseCustomer.Command(CustomerId.of(person), "CUSTOMER_REQUEST", "#" + person, "admin")))
                .isEqualTo(Outcome.ERASED);

        assertThat(traces()).isEmpty();
        assertThat(jdbc.sql("select count(*) from order_line where customer_id = ?").param(person).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select refund from order_return where customer_id = ?").param(person).query(Long.class).single()).isEqualTo(25000);
        assertThat(jdbc.sql("select count(*) from access_log where customer_id = ?").param(person).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select reason || '/' || erased_by || '/' || records from customer_erasure").query(String.class).single())
                .isEqualTo("CUSTOMER_REQUEST/admin/2");
        assertThat(jdbc.sql("select external_id = 'erased:' || encode(sha256(convert_to('pos:EZ-77', 'UTF8')), 'hex') from customer where id = ?")
                .param(person).query(Boolean.class).single()).as("a re-import of the id can be recognised").isTrue();
        assertThat(jdbc.sql("select count(*) from import_rejection").query(Long.class).single()).as("others' rows stay").isEqualTo(1);
        assertThat(jdbc.sql("select name from customer where id = ?").param(other).query(String.class).single()).isEqualTo("김민준");
        assertThat(erasures.isLive(CustomerId.of(person))).isFalse();
    }

    @Test
    void erasureNeedsAReasonAndTheCustomersNumberTypedAgain() {
        assertThat(erase.handle(new EraseCustomer.Command(CustomerId.of(person), "", "" + person, "admin"))).isEqualTo(Outcome.REASON_NEEDED);
        assertThat(erase.handle(new EraseCustomer.Command(CustomerId.of(person), "CUSTOMER_REQUEST", "" + other, "admin")))
                .isEqualTo(Outcome.NOT_CONFIRMED);
        assertThat(erase.handle(new EraseCustomer.Command(CustomerId.of(999_999), "CUSTOMER_REQUEST", "999999", "admin")))
                .isEqualTo(Outcome.UNKNOWN_CUSTOMER);
        assertThat(erasures.isLive(CustomerId.of(person))).isTrue();
    }
}
