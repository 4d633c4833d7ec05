package io.dangol.crm.customer.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.dangol.crm.consent.ConsentChannel;
import io.dangol.crm.consent.ConsentPurpose;
import io.dangol.crm.customer.CustomerMerges;
import io.dangol.crm.customer.MergeCustomers;
import io.dangol.crm.customer.MergeCustomers.Keep;
import io.dangol.crm.customer.MergeRecord;
import io.dangol.crm.customer.TellApart;
import io.dangol.crm.customer.UndoMerge;
import io.dangol.crm.shared.CustomerId;
import io.dangol.crm.shared.Transactions;
import io.dangol.crm.testing.PostgresIntegrationTest;
import io.dangol.crm.testing.Tables;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Merging two records of one person in PostgreSQL: every table's rows move, the stricter consent wins, undo is exact. */
@SpringBootTest
class MergesTest extends PostgresIntegrationTest {

    private static final Instant AT = Instant.parse("2026-12-03T01:00:00Z");

    @Autowired
    CustomerMerges merges;

    @Autowired
    Transactions transactions;

    @Autowired
    JdbcClient jdbc;

    private MergeCustomers merge;
    private long survivor;
    private long merged;
    private long third;

    @BeforeEach
    void twoRecordsOfOnePerson() {
        Tables.emptyCustomerData(jdbc);
        merge = new MergeCustomers(merges, transactions, Clock.fixed(AT, ZoneOffset.UTC));
        survivor = customer("김민준", "pos", "P-1", "{VIP}", "IDENTIFIED");
        merged = customer("김 민준", "web", "W-9", "{online}", "BUYER");
        third = customer("이서연", null, null, "{}", "BUYER");
        jdbc.sql("insert into product (id, sku, name) values (1, 'BEAN', '원두')").update();
        for (long who : List.of(survivor, merged)) {
            long order = jdbc.sql("insert into customer_order (customer_id, external_id, channel, ordered_at) values (?, ?, 'STORE', now()) returning id")
                    .params(who, "O-" + who).query(Long.class).single();
            long line = jdbc.sql("insert into order_line (customer_id, order_id, line_no, product_id, quantity, unit_price, ordered_at) values (?, ?, 1, 1, 1, 1000, now()) returning id")
                    .params(who, order).query(Long.class).single();
            jdbc.sql("insert into order_return (customer_id, order_line_id, quantity, returned_at) values (?, ?, 1, now())").params(who, line).update();
            jdbc.sql("insert into service_case (customer_id, kind, opened_at) values (?, 'COMPLAINT', now())").param(who).update();
            jdbc.sql("insert into contact (customer_id, channel, direction, purpose, department, happened_at) values (?, 'PHONE', 'INBOUND', 'SERVICE', 'SERVICE', now())").param(who).update();
            jdbc.sql("insert into feedback (customer_id, channel, text, sentiment, received_at) values (?, 'WEB', '좋아요', 'POSITIVE', now())").param(who).update();
            jdbc.sql("insert into customer_event (customer_id, kind, month, day) values (?, 'BIRTHDAY', 5, 17)").param(who).update();
            jdbc.sql("insert into customer_event (customer_id, kind, label, month, day) values (?, 'CUSTOM', '첫 방문', 1, 2)").param(who).update();
            jdbc.sql("insert into contact_point (customer_id, kind, value) values (?, 'PHONE', '+821061234567')").param(who).update();
            jdbc.sql("insert into retention_case (customer_id, opened_at, status, updated_at, updated_by) values (?, now(), 'OPEN', now(), 'job')").param(who).update();
            jdbc.sql("insert into referral (customer_id, referred_id, referred_at) values (?, ?, now())").params(who, third).update();
        }
        jdbc.sql("insert into contact_point (customer_id, kind, value) values (?, 'EMAIL', 'minjun@example.com')").param(merged).update();
        jdbc.sql("insert into referral (customer_id, referred_id, referred_at) values (?, ?, now())").params(survivor, merged).update();
        // SMS: granted on the survivor later, withdrawn on the merged record earlier — the withdrawal wins
        consent(survivor, "SMS", "GRANTED", "2026-06-01T00:00:00Z");
        consent(merged, "SMS", "WITHDRAWN", "2026-03-01T00:00:00Z");
        // e-mail: only the merged record consented — it stays granted
        consent(merged, "EMAIL", "GRANTED", "2026-04-01T00:00:00Z");
        jdbc.sql("insert into duplicate_pair values (?, ?, 0.9, '{PHONE}', now())").params(survivor, merged).update();
    }

    private long customer(String name, String source, String ext, String tags, String stage) {
        return jdbc.sql("insert into customer (name, source_system, external_id, tags, ladder_stage) values (?, ?, ?, cast(? as text[]), ?) returning id")
                .params(name, source, ext, tags, stage).query(Long.class).single();
    }

    private void consent(long who, String channel, String status, String at) {
        jdbc.sql("insert into consent (customer_id, channel, purpose, status, at, source) values (?, ?, 'MARKETING', ?, ?::timestamptz, 'STORE')")
                .params(who, channel, status, at).update();
    }

    /** Every row of every moved table, with the customer it belongs to. */
    private Set<String> snapshot() {
        Set<String> rows = new HashSet<>();
        for (String moved : JdbcCustomerMerges.MOVED.keySet()) {
            String table = moved.split("\\.")[0];
            String column = moved.contains(".") ? moved.split("\\.")[1] : "customer_id";
            rows.addAll(jdbc.sql("select '" + moved + " ' || id || ' ' || coalesce(" + column + "::text, '-') from " + table)
                    .query(String.class).list());
        }
        rows.addAll(jdbc.sql("select 'consent ' || id || ' ' || status from consent").query(String.class).list());
        rows.addAll(jdbc.sql("""
                select 'customer ' || id || ' ' || name || ' ' || kind || ' ' || tags::text || ' ' || ladder_stage || ' '
                       || coalesce(merged_into::text, '-') || ' ' || (erased_at is null) || ' ' || coalesce(external_id, '-') from customer""")
                .query(String.class).list());
        return rows;
    }

    private long rowsOf(String table, long who) {
        return jdbc.sql("select count(*) from " + table + " where customer_id = ?").param(who).query(Long.class).single();
    }

    @Test
    void everyTableWithACustomerColumnIsEitherMovedOrKeptOnPurpose() {
        List<String> tables = jdbc.sql("""
                select distinct c.table_name || case when c.column_name in ('customer_id') then '' else '.' || c.column_name end
                from information_schema.columns c join information_schema.tables t using (table_schema, table_name)
                where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
                  and (c.column_name in ('customer_id', 'referred_id', 'merged_into', 'survivor_id', 'merged_id', 'first_id', 'second_id'))""")
                .query(String.class).list();
        List<String> unclassified = new ArrayList<>();
        for (String table : tables) {
            String name = table.split("\\.")[0];
            if (!JdbcCustomerMerges.MOVED.containsKey(table) && !JdbcCustomerMerges.MOVED.containsKey(table + ".customer_id")
                    && !JdbcCustomerMerges.KEPT.contains(name)) {
                unclassified.add(table);
            }
        }
        assertThat(unclassified).as("tables a merge neither moves nor keeps on purpose").isEmpty();
    }

    @Test
    void everythingAMergeMovesOrKeepsIsInTheCustomersDataExport() {
        java.util.Set<String> classified = new java.util.TreeSet<>(JdbcCustomerMerges.KEPT);
        JdbcCustomerMerges.MOVED.keySet().forEach(moved -> classified.add(moved.split("\\.")[0]));
        assertThat(JdbcCustomerData.TABLES.keySet()).containsAll(classified);
    }

    @Test
    void aMergeMovesEveryRowKeepsClashesOnTheMergedRecordAndTheStricterConsentWins() {
        MergeCustomers.Result result = merge.handle(new MergeCustomers.Command(CustomerId.of(survivor), CustomerId.of(merged),
                Keep.SURVIVOR, Keep.SURVIVOR, "같은 휴대폰, 같은 생일", "agent"));

        assertThat(result.refused()).isEmpty();
        for (String table : List.of("customer_order", "order_line", "order_return", "service_case", "contact", "feedback")) {
            assertThat(rowsOf(table, survivor)).as(table).isEqualTo(2);
            assertThat(rowsOf(table, merged)).as(table).isZero();
        }
        assertThat(rowsOf("contact_point", survivor)).as("the shared phone once, and the e-mail").isEqualTo(2);
        assertThat(rowsOf("contact_point", merged)).as("the same phone stays where it was").isEqualTo(1);
        assertThat(rowsOf("customer_event", survivor)).as("one birthday, both custom days").isEqualTo(3);
        assertThat(rowsOf("retention_case", merged)).as("a second open case stays").isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from referral where customer_id = ? and referred_id = ?").params(survivor, merged)
                .query(Long.class).single()).as("a referral between the two stays as it was").isEqualTo(1);
        assertThat(jdbc.sql("select customer_id || '/' || status || '/' || source from current_consent where customer_id = ? order by channel")
                .param(survivor).query(String.class).list())
                .containsExactly(survivor + "/GRANTED/STORE", survivor + "/WITHDRAWN/STORE");
        assertThat(jdbc.sql("select name || ' ' || tags::text || ' ' || ladder_stage from customer where id = ?").param(survivor)
                .query(String.class).single()).isEqualTo("김민준 {VIP,online} IDENTIFIED");
        assertThat(jdbc.sql("select merged_into from customer where id = ? and erased_at is not null").param(merged)
                .query(Long.class).single()).isEqualTo(survivor);
        assertThat(jdbc.sql("select count(*) from duplicate_pair").query(Long.class).single()).isZero();
        MergeRecord record = merges.find(result.merge().orElseThrow()).orElseThrow();
        assertThat(record.moved()).containsEntry("customer_order", 1L).containsEntry("consent", 2L);
        assertThat(record.reason()).isEqualTo("같은 휴대폰, 같은 생일");
        assertThat(jdbc.sql("select field || ': ' || before || ' → ' || after from customer_change where customer_id = ?")
                .param(survivor).query(String.class).list()).containsExactly("MERGED: 김 민준 (" + merged + ") → 김민준");
        assertThat(merges.candidate(CustomerId.of(merged))).as("no longer a customer of its own").isEmpty();
    }

    @Test
    void undoRestoresExactlyWhatTheMergeChanged() {
        Set<String> before = snapshot();
        long id = merge.handle(new MergeCustomers.Command(CustomerId.of(survivor), CustomerId.of(merged), Keep.MERGED,
                Keep.SURVIVOR, "same person", "agent")).merge().orElseThrow();
        assertThat(snapshot()).isNotEqualTo(before);

        UndoMerge undo = new UndoMerge(merges, transactions, Clock.fixed(AT.plus(Duration.ofDays(29)), ZoneOffset.UTC));
        assertThat(undo.handle(id, "admin")).isEqualTo(UndoMerge.Outcome.UNDONE);

        assertThat(snapshot()).isEqualTo(before);
        assertThat(undo.handle(id, "admin")).isEqualTo(UndoMerge.Outcome.ALREADY_UNDONE);
        assertThat(merges.find(id).orElseThrow().undoneBy()).contains("admin");
    }

    @Test
    void aMergeIsUndoneOnlyWithinThirtyDaysAndNeedsAReason() {
        assertThat(merge.handle(new MergeCustomers.Command(CustomerId.of(survivor), CustomerId.of(merged), Keep.SURVIVOR,
                Keep.SURVIVOR, "  ", "agent")).refused()).contains(MergeCustomers.Refusal.REASON_NEEDED);
        assertThat(merge.handle(new MergeCustomers.Command(CustomerId.of(survivor), CustomerId.of(survivor), Keep.SURVIVOR,
                Keep.SURVIVOR, "x", "agent")).refused()).contains(MergeCustomers.Refusal.SAME_CUSTOMER);
        long id = merge.handle(new MergeCustomers.Command(CustomerId.of(survivor), CustomerId.of(merged), Keep.SURVIVOR,
                Keep.SURVIVOR, "same person", "agent")).merge().orElseThrow();
        assertThat(merge.handle(new MergeCustomers.Command(CustomerId.of(third), CustomerId.of(merged), Keep.SURVIVOR,
                Keep.SURVIVOR, "again", "agent")).refused()).as("already merged away").contains(MergeCustomers.Refusal.UNKNOWN_CUSTOMER);
        UndoMerge late = new UndoMerge(merges, transactions, Clock.fixed(AT.plus(Duration.ofDays(31)), ZoneOffset.UTC));
        assertThat(late.handle(id, "admin")).isEqualTo(UndoMerge.Outcome.TOO_LATE);
        assertThat(late.handle(999_999, "admin")).isEqualTo(UndoMerge.Outcome.UNKNOWN);
    }

    @Test
    void mergingTheSurvivorOnwardRepointsEarlierMergesAndTheirUndoWaits() {
        long first = merge.handle(new MergeCustomers.Command(CustomerId.of(survivor), CustomerId.of(merged), Keep.SURVIVOR,
                Keep.SURVIVOR, "same person", "agent")).merge().orElseThrow();
        merge.handle(new MergeCustomers.Command(CustomerId.of(third), CustomerId.of(survivor), Keep.SURVIVOR,
                Keep.SURVIVOR, "same person again", "agent")).merge().orElseThrow();

        assertThat(jdbc.sql("select merged_into from customer where id = ?").param(merged).query(Long.class).single()).isEqualTo(third);
        UndoMerge undo = new UndoMerge(merges, transactions, Clock.fixed(AT, ZoneOffset.UTC));
        assertThat(undo.handle(first, "admin")).as("its survivor is merged away").isEqualTo(UndoMerge.Outcome.SURVIVOR_GONE);
    }

    @Test
    void notTheSamePersonIsRemembered() {
        TellApart tellApart = new TellApart(merges, Clock.fixed(AT, ZoneOffset.UTC));
        assertThat(tellApart.handle(CustomerId.of(merged), CustomerId.of(survivor), "agent")).isTrue();
        assertThat(jdbc.sql("select first_id || '/' || second_id || '/' || decided_by from duplicate_verdict").query(String.class).single())
                .isEqualTo(survivor + "/" + merged + "/agent");
        assertThat(jdbc.sql("select count(*) from duplicate_pair").query(Long.class).single()).isZero();
        assertThat(merge.preview(CustomerId.of(survivor), CustomerId.of(merged), Keep.SURVIVOR, Keep.SURVIVOR).orElseThrow()
                .consents()).filteredOn(o -> o.key().channel() == ConsentChannel.SMS && o.key().purpose() == ConsentPurpose.MARKETING)
                .singleElement().satisfies(o -> assertThat(o.added()).isTrue());
    }
}
