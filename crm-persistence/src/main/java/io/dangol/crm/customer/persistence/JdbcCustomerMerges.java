package io.dangol.crm.customer.persistence;

import io.dangol.crm.consent.ConsentChannel;
import io.dangol.crm.consent.ConsentPurpose;
import io.dangol.crm.consent.ConsentStatus;
import io.dangol.crm.consent.StricterConsent;
import io.dangol.crm.customer.ContactPoint;
import io.dangol.crm.customer.ContactPointKind;
import io.dangol.crm.customer.CustomerChange;
import io.dangol.crm.customer.CustomerKind;
import io.dangol.crm.customer.CustomerMerges;
import io.dangol.crm.customer.DuplicatePair;
import io.dangol.crm.customer.MergeCandidate;
import io.dangol.crm.customer.MergeRecord;
import io.dangol.crm.ladder.LadderStage;
import io.dangol.crm.shared.CustomerId;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Merges in SQL. Each table that belongs to a customer is either {@link #MOVED} (its rows go to the survivor, each
 * moved row listed in {@code customer_merge_row}) or {@link #KEPT} with the merged record on purpose (the record of
 * its registration, its own change history, the access log, scores of past runs); {@code MergesTest} fails when a
 * table with a customer column is in neither list. A row that would clash with one the survivor already has — the
 * same phone, a second birthday, a second open retention case, a referral between the two — stays on the merged
 * record, so nothing is ever deleted.
 */
@Repository
class JdbcCustomerMerges implements CustomerMerges {

    /** Table (and column, where not customer_id) → the condition under which a row of the merged record moves. */
    static final Map<String, String> MOVED = new LinkedHashMap<>();
    static final Set<String> KEPT = Set.of("customer_registration", "customer_change", "access_log", "customer_score",
            "ladder_history", "churn_risk", "duplicate_pair", "duplicate_verdict", "customer_merge", "customer_erasure",
            "campaign_member", "retention_hold_out");

    static {
        MOVED.put("customer_order", "true");
        MOVED.put("order_line", "true");
        MOVED.put("order_return", "true");
        MOVED.put("service_case", "true");
        MOVED.put("contact", "true");
        MOVED.put("consent", "true");
        MOVED.put("feedback", "true");
        MOVED.put("consent_notice", "true");
        MOVED.put("contact_point", """
                not exists (select 1 from contact_point s where s.customer_id = :survivor and s.kind = t.kind and s.value = t.value)""");
        MOVED.put("customer_event", """
                (t.kind = 'CUSTOM' or not exists (select 1 from customer_event s where s.customer_id = :survivor and s.kind = t.kind))""");
        MOVED.put("retention_case", """
                (t.status not in ('OPEN', 'CONTACTED') or not exists (select 1 from retention_case s
                 where s.customer_id = :survivor and s.status in ('OPEN', 'CONTACTED')))""");
        MOVED.put("referral.customer_id", "t.referred_id <> :survivor");
        MOVED.put("referral.referred_id", "t.customer_id <> :survivor");
        MOVED.put("customer.merged_into", "true");
    }

    private final JdbcClient jdbc;

    JdbcCustomerMerges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static String table(String moved) {
        return moved.split("\\.")[0];
    }

    private static String column(String moved) {
        return moved.contains(".") ? moved.split("\\.")[1] : "customer_id";
    }

    @Override
    public Optional<MergeCandidate> candidate(CustomerId id) {
        return jdbc.sql("""
                select id, name, kind, tags, ladder_stage, source_system, external_id, created_at from customer
                where id = ? and erased_at is null""").param(id.value())
                .query((rs, n) -> new Object[] {rs.getString("name"), rs.getString("kind"), (String[]) rs.getArray("tags").getArray(),
                        rs.getString("ladder_stage"), new DuplicatePair.Side(id, rs.getString("name"), rs.getString("source_system"),
                        rs.getString("external_id")).sourceId(), rs.getTimestamp("created_at").toInstant()})
                .optional()
                .map(row -> new MergeCandidate(id, (String) row[0], CustomerKind.valueOf((String) row[1]),
                        Set.copyOf(Arrays.asList((String[]) row[2])), LadderStage.valueOf((String) row[3]), (String) row[4],
                        (Instant) row[5], points(id), birthday(id), consents(id)));
    }

    private List<ContactPoint> points(CustomerId id) {
        return jdbc.sql("""
                select kind, value, verified_at from contact_point where customer_id = ? and retired_at is null order by kind, id""")
                .param(id.value())
                .query((rs, n) -> new ContactPoint(ContactPointKind.valueOf(rs.getString("kind")), rs.getString("value"),
                        Optional.ofNullable(rs.getTimestamp("verified_at")).map(Timestamp::toInstant)))
                .list();
    }

    private Optional<LocalDate> birthday(CustomerId id) {
        return jdbc.sql("""
                select coalesce(year, 2000), month, day from customer_event where customer_id = ? and kind = 'BIRTHDAY'
                order by id limit 1""").param(id.value())
                .query((rs, n) -> LocalDate.of(rs.getInt(1), rs.getInt(2), rs.getInt(3))).optional();
    }

    private Map<StricterConsent.Key, StricterConsent.Decision> consents(CustomerId id) {
        Map<StricterConsent.Key, StricterConsent.Decision> consents = new HashMap<>();
        jdbc.sql("select channel, purpose, status, at from current_consent where customer_id = ?").param(id.value())
                .query((rs, n) -> consents.put(new StricterConsent.Key(ConsentChannel.valueOf(rs.getString("channel")),
                                ConsentPurpose.valueOf(rs.getString("purpose"))),
                        new StricterConsent.Decision(ConsentStatus.valueOf(rs.getString("status")), rs.getTimestamp("at").toInstant())))
                .list();
        return consents;
    }

    @Override
    public Map<String, Long> moving(CustomerId survivor, CustomerId merged) {
        Map<String, Long> moving = new LinkedHashMap<>();
        for (Map.Entry<String, String> moved : MOVED.entrySet()) {
            String table = table(moved.getKey());
            long rows = jdbc.sql("select count(*) from %1$s t where t.%2$s = :merged and %3$s"
                            .formatted(table, column(moved.getKey()), moved.getValue()))
                    .param("survivor", survivor.value()).param("merged", merged.value()).query(Long.class).single();
            if (rows > 0) {
                moving.merge(table, rows, Long::sum);
            }
        }
        return moving;
    }

    @Override
    public Optional<CustomerId> mergedInto(CustomerId id) {
        return jdbc.sql("select merged_into from customer where id = ? and merged_into is not null").param(id.value())
                .query(Long.class).optional().map(CustomerId::of);
    }

    @Override
    public long merge(Order order) {
        long survivor = order.survivor().value();
        long merged = order.merged().value();
        Timestamp at = Timestamp.from(order.at());
        long id = jdbc.sql("""
                insert into customer_merge (survivor_id, merged_id, merged_by, merged_at, reason, survivor_name, survivor_kind,
                                            survivor_tags, survivor_stage)
                select id, :merged, :by, :at, :reason, name, kind, tags, ladder_stage from customer where id = :survivor
                returning id""")
                .param("merged", merged).param("by", order.by()).param("at", at).param("reason", order.reason())
                .param("survivor", survivor).query(Long.class).single();
        for (Map.Entry<String, String> moved : MOVED.entrySet()) {
            String table = table(moved.getKey());
            String column = column(moved.getKey());
            jdbc.sql("""
                    with moved as (update %1$s t set %2$s = :survivor where t.%2$s = :merged and %3$s returning t.id)
                    insert into customer_merge_row (merge_id, table_name, row_id) select :merge, :name, id from moved"""
                            .formatted(table, column, moved.getValue()))
                    .param("survivor", survivor).param("merged", merged).param("merge", id).param("name", moved.getKey())
                    .update();
        }
        for (StricterConsent.Outcome consent : order.consents()) {
            if (consent.added()) {
                jdbc.sql("""
                        with added as (
                            insert into consent (customer_id, channel, purpose, status, at, source, note, recorded_by)
                            select :survivor, :channel, :purpose, :status, :at, c.source, :note, :by
                            from consent c where c.customer_id = :survivor and c.channel = :channel and c.purpose = :purpose
                              and c.status = :status
                            order by c.at desc, c.id desc limit 1
                            returning id)
                        insert into customer_merge_row (merge_id, table_name, row_id) select :merge, 'consent.added', id from added""")
                        .param("survivor", survivor).param("channel", consent.key().channel().name())
                        .param("purpose", consent.key().purpose().name()).param("status", consent.after().name())
                        .param("at", at).param("note", "merge " + id + ": the stricter decision of the two records")
                        .param("by", order.by()).param("merge", id).update();
            }
        }
        String mergedName = jdbc.sql("select name from customer where id = ?").param(merged).query(String.class).single();
        jdbc.sql("""
                update customer s set name = :name, kind = :kind, tags = :tags, version = s.version + 1,
                    ladder_stage = (select stage from unnest(array['PROSPECT', 'BUYER', 'IDENTIFIED', 'CORE']) with ordinality u(stage, rank)
                                    where u.stage in (s.ladder_stage, (select ladder_stage from customer where id = :merged))
                                    order by rank desc limit 1)
                where s.id = :survivor""")
                .param("name", order.name()).param("kind", order.kind().name())
                .param("tags", order.tags().stream().sorted().toArray(String[]::new)).param("merged", merged)
                .param("survivor", survivor).update();
        jdbc.sql("update customer set merged_into = ?, erased_at = ?, version = version + 1 where id = ?")
                .params(survivor, at, merged).update();
        jdbc.sql("delete from duplicate_pair where first_id in (:ids) or second_id in (:ids)")
                .param("ids", List.of(merged)).update();
        CustomerChangeLog.record(jdbc, survivor, new CustomerChange(CustomerChange.Field.MERGED, mergedName + " (" + merged + ")",
                order.name()), order.by(), order.at());
        return id;
    }

    @Override
    public Optional<MergeRecord> find(long id) {
        return records("where m.id = :id", Map.of("id", id), 1).stream().findFirst();
    }

    @Override
    public List<MergeRecord> recent(int limit) {
        return records("", Map.of(), limit);
    }

    private List<MergeRecord> records(String where, Map<String, Object> params, int limit) {
        return jdbc.sql("""
                select m.id, m.survivor_id, s.name as survivor_name, m.merged_id, d.name as merged_name, m.merged_by, m.merged_at,
                       m.reason, m.undone_at, m.undone_by,
                       (select coalesce(jsonb_object_agg(t, n), '{}')::text from (
                            select split_part(table_name, '.', 1) as t, count(*) as n from customer_merge_row r
                            where r.merge_id = m.id and table_name not in ('customer.merged_into', 'consent.added')
                            group by 1) x) as moved
                from customer_merge m join customer s on s.id = m.survivor_id join customer d on d.id = m.merged_id
                %s order by m.merged_at desc, m.id desc limit :limit""".formatted(where))
                .params(params).param("limit", limit)
                .query((rs, n) -> new MergeRecord(rs.getLong("id"), CustomerId.of(rs.getLong("survivor_id")),
                        rs.getString("survivor_name"), CustomerId.of(rs.getLong("merged_id")), rs.getString("merged_name"),
                        rs.getString("merged_by"), rs.getTimestamp("merged_at").toInstant(), rs.getString("reason"),
                        counts(rs.getString("moved")), Optional.ofNullable(rs.getTimestamp("undone_at")).map(Timestamp::toInstant),
                        Optional.ofNullable(rs.getString("undone_by"))))
                .list();
    }

    private static Map<String, Long> counts(String json) {
        Map<String, Long> counts = new LinkedHashMap<>();
        String body = json.strip().replaceAll("^\\{|\\}$", "");
        if (!body.isBlank()) {
            for (String pair : body.split(",")) {
                String[] kv = pair.split(":");
                counts.put(kv[0].strip().replace("\"", ""), Long.parseLong(kv[1].strip()));
            }
        }
        return counts;
    }

    @Override
    public boolean undo(long id, String by, Instant at) {
        Map<String, Object> merge = jdbc.sql("""
                select m.survivor_id, m.merged_id from customer_merge m join customer s on s.id = m.survivor_id
                where m.id = ? and m.undone_at is null and s.erased_at is null for update of m""")
                .param(id).query().listOfRows().stream().findFirst().orElse(null);
        if (merge == null) {
            return false;
        }
        long survivor = ((Number) merge.get("survivor_id")).longValue();
        long merged = ((Number) merge.get("merged_id")).longValue();
        for (String moved : MOVED.keySet()) {
            jdbc.sql("""
                    update %1$s t set %2$s = :merged
                    where t.id in (select row_id from customer_merge_row where merge_id = :merge and table_name = :name)"""
                            .formatted(table(moved), column(moved)))
                    .param("merged", merged).param("merge", id).param("name", moved).update();
        }
        jdbc.sql("delete from consent where id in (select row_id from customer_merge_row where merge_id = ? and table_name = 'consent.added')")
                .param(id).update();
        String before = jdbc.sql("select name from customer where id = ?").param(survivor).query(String.class).single();
        jdbc.sql("""
                update customer c set name = m.survivor_name, kind = m.survivor_kind, tags = m.survivor_tags,
                    ladder_stage = m.survivor_stage, version = c.version + 1
                from customer_merge m where m.id = ? and c.id = m.survivor_id""").param(id).update();
        jdbc.sql("update customer set merged_into = null, erased_at = null, version = version + 1 where id = ?").param(merged).update();
        jdbc.sql("update customer_merge set undone_at = ?, undone_by = ? where id = ?").params(Timestamp.from(at), by, id).update();
        String mergedName = jdbc.sql("select name from customer where id = ?").param(merged).query(String.class).single();
        CustomerChangeLog.record(jdbc, survivor, new CustomerChange(CustomerChange.Field.UNMERGED, before,
                mergedName + " (" + merged + ")"), by, at);
        return true;
    }

    @Override
    public void tellApart(CustomerId first, CustomerId second, String by, Instant at) {
        jdbc.sql("""
                insert into duplicate_verdict (first_id, second_id, verdict, decided_by, decided_at) values (?, ?, 'NOT_SAME', ?, ?)
                on conflict (first_id, second_id) do nothing""")
                .params(first.value(), second.value(), by, Timestamp.from(at)).update();
        jdbc.sql("delete from duplicate_pair where first_id = ? and second_id = ?").params(first.value(), second.value()).update();
    }
}
