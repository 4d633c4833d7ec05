package io.dangol.crm.customer.persistence;

import io.dangol.crm.customer.ContactPointKind;
import io.dangol.crm.customer.DataUpkeep;
import io.dangol.crm.ladder.LadderStage;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The upkeep lists in SQL: anti-joins by hash over each table, never a lookup per customer. */
@Repository
@Transactional(readOnly = true)
class JdbcDataUpkeep implements DataUpkeep {

    private final JdbcClient jdbc;

    JdbcDataUpkeep(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Page<StalePoint> stalePoints(Instant before, int offset, int limit) {
        String from = """
                from contact_point p join customer c on c.id = p.customer_id
                left join customer_score s on s.customer_id = c.id
                where p.retired_at is null and c.erased_at is null and (p.verified_at is null or p.verified_at < :before)""";
        long total = jdbc.sql("select count(*) " + from).param("before", Timestamp.from(before)).query(Long.class).single();
        List<StalePoint> rows = jdbc.sql("""
                select c.id, c.name, c.ladder_stage, s.predicted_clv, p.id as point_id, p.kind, p.value, p.verified_at
                %s
                order by (c.ladder_stage = 'CORE') desc, s.predicted_clv desc nulls last, p.verified_at nulls first, p.id
                offset :offset limit :limit""".formatted(from))
                .param("before", Timestamp.from(before)).param("offset", offset).param("limit", limit)
                .query((rs, n) -> new StalePoint(rs.getLong("id"), rs.getString("name"), LadderStage.valueOf(rs.getString("ladder_stage")),
                        Optional.ofNullable(rs.getBigDecimal("predicted_clv")), rs.getLong("point_id"),
                        ContactPointKind.valueOf(rs.getString("kind")), rs.getString("value"),
                        Optional.ofNullable(rs.getTimestamp("verified_at")).map(Timestamp::toInstant)))
                .list();
        return new Page<>(rows, total);
    }

    @Override
    public Page<DueReconfirmation> dueReconfirmations(Instant grantedBefore, int offset, int limit) {
        String due = """
                with granted as (
                    select k.customer_id, array_agg(k.channel order by k.channel) as channels, min(k.at) as granted_at
                    from current_consent k
                    where k.purpose = 'MARKETING' and k.status = 'GRANTED' and k.at < :before
                    group by k.customer_id),
                due as (
                    select g.* from granted g join customer c on c.id = g.customer_id and c.erased_at is null
                    where not exists (select 1 from consent_notice n where n.customer_id = g.customer_id and n.sent_at >= :before))
                """;
        long total = jdbc.sql(due + "select count(*) from due").param("before", Timestamp.from(grantedBefore)).query(Long.class).single();
        List<DueReconfirmation> rows = jdbc.sql(due + """
                select d.customer_id, c.name, c.ladder_stage, d.channels, d.granted_at from due d join customer c on c.id = d.customer_id
                order by d.granted_at, d.customer_id offset :offset limit :limit""")
                .param("before", Timestamp.from(grantedBefore)).param("offset", offset).param("limit", limit)
                .query((rs, n) -> new DueReconfirmation(rs.getLong("customer_id"), rs.getString("name"),
                        LadderStage.valueOf(rs.getString("ladder_stage")), Arrays.asList((String[]) rs.getArray("channels").getArray()),
                        rs.getTimestamp("granted_at").toInstant()))
                .list();
        return new Page<>(rows, total);
    }

    @Override
    public Page<Inactive> inactive(Instant before, int offset, int limit) {
        String inactive = """
                with active as (
                    select customer_id from customer_order where ordered_at >= :before
                    union select customer_id from contact where happened_at >= :before
                    union select customer_id from service_case where opened_at >= :before or closed_at >= :before
                    union select customer_id from feedback where received_at >= :before
                    union select customer_id from consent where at >= :before),
                inactive as (
                    select c.id, c.name, c.ladder_stage, c.created_at from customer c
                    where c.erased_at is null and c.created_at < :before
                      and not exists (select 1 from active a where a.customer_id = c.id))
                """;
        long total = jdbc.sql(inactive + "select count(*) from inactive").param("before", Timestamp.from(before)).query(Long.class).single();
        List<Inactive> rows = jdbc.sql(inactive + """
                select i.id, i.name, i.ladder_stage, greatest(i.created_at,
                       (select max(o.ordered_at) from customer_order o where o.customer_id = i.id),
                       (select max(k.happened_at) from contact k where k.customer_id = i.id),
                       (select max(f.received_at) from feedback f where f.customer_id = i.id)) as last_activity
                from inactive i order by last_activity, i.id offset :offset limit :limit""")
                .param("before", Timestamp.from(before)).param("offset", offset).param("limit", limit)
                .query((rs, n) -> new Inactive(rs.getLong("id"), rs.getString("name"), LadderStage.valueOf(rs.getString("ladder_stage")),
                        rs.getTimestamp("last_activity").toInstant()))
                .list();
        return new Page<>(rows, total);
    }
}
