package io.dangol.crm.retention.persistence;

import io.dangol.crm.ladder.LadderStage;
import io.dangol.crm.persistence.ControlDraw;
import io.dangol.crm.retention.RetentionCase;
import io.dangol.crm.retention.RetentionStatus;
import io.dangol.crm.retention.RetentionCases;
import io.dangol.crm.retention.RetentionEvidence;
import io.dangol.crm.retention.RetentionGroup;
import io.dangol.crm.retention.RetentionHoldOut;
import io.dangol.crm.retention.RetentionWorklist;
import io.dangol.crm.shared.CustomerId;
import io.dangol.crm.scoring.RiskReason;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
@Transactional
class JdbcRetentionWorklist implements RetentionWorklist, RetentionCases {

    private final JdbcClient jdbc;

    JdbcRetentionWorklist(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int openNewCases(Instant at, RetentionHoldOut holdOut) {
        Timestamp when = Timestamp.from(at);
        jdbc.sql("""
                create temporary table retention_flagged on commit drop as
                select s.customer_id, (select id from scoring_run where id = s.run_id) as run_id
                from customer_score s
                where s.at_risk and s.stage = 'CORE'
                  and not exists (select 1 from retention_case r where r.customer_id = s.customer_id
                                  and (r.status in ('OPEN', 'CONTACTED') or r.run_id is not distinct from s.run_id))
                  and not exists (select 1 from retention_hold_out h where h.customer_id = s.customer_id
                                  and (h.held_at > :heldSince or h.run_id is not distinct from s.run_id))""")
                .param("heldSince", Timestamp.from(at.minus(RetentionHoldOut.PERIOD)))
                .update();
        // the hold-out, drawn as the domain draws it with the run as the seed
        jdbc.sql("""
                insert into retention_hold_out (customer_id, run_id, held_at)
                select customer_id, run_id, :at from (
                    select customer_id, run_id, %s as held from retention_flagged) f
                where held""".formatted(ControlDraw.heldOut("coalesce(run_id, 0)", "customer_id", "", ":percent")))
                .param("at", when).param("percent", holdOut.percent())
                .update();
        int opened = jdbc.sql("""
                insert into retention_case (customer_id, opened_at, run_id, status, updated_at, updated_by)
                select f.customer_id, :at, f.run_id, 'OPEN', :at, 'churn radar' from retention_flagged f
                where not exists (select 1 from retention_hold_out h where h.customer_id = f.customer_id and h.held_at = :at)
                on conflict do nothing""")
                .param("at", when).update();
        jdbc.sql("drop table retention_flagged").update();
        return opened;
    }

    @Override
    @Transactional(readOnly = true)
    public RetentionEvidence evidenceSince(Instant since) {
        Map<Boolean, RetentionGroup> groups = new HashMap<>();
        jdbc.sql("""
                with start as (
                    select greatest(:since, coalesce((select min(held_at) from retention_hold_out where held_at >= :since), :since)) as at
                ), g as (
                    select false as held_out, r.customer_id, min(r.opened_at) as at from retention_case r, start
                    where r.opened_at >= start.at group by r.customer_id
                    union all
                    select true, h.customer_id, min(h.held_at) from retention_hold_out h, start
                    where h.held_at >= start.at group by h.customer_id
                )
                select g.held_out, count(*) as customers,
                       count(*) filter (where exists (select 1 from customer_order o
                                                      where o.customer_id = g.customer_id and o.ordered_at > g.at)) as bought,
                       count(*) filter (where s.stage = 'CORE') as still_core,
                       coalesce(sum(s.p_alive), 0) as p_alive, coalesce(sum(s.p_alive * s.p_alive), 0) as p_alive_squares
                from g left join customer_score s on s.customer_id = g.customer_id
                group by g.held_out""")
                .param("since", Timestamp.from(since))
                .query((rs, n) -> groups.put(rs.getBoolean("held_out"), new RetentionGroup(rs.getLong("customers"),
                        rs.getLong("bought"), rs.getLong("still_core"), rs.getBigDecimal("p_alive"),
                        rs.getBigDecimal("p_alive_squares"))))
                .list();
        RetentionGroup none = new RetentionGroup(0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO);
        return new RetentionEvidence(since, groups.getOrDefault(false, none), groups.getOrDefault(true, none));
    }

    @Override
    @Transactional(readOnly = true)
    public List<RetentionCase> cases(Optional<String> assignee, boolean includeClosed, int limit) {
        return jdbc.sql("""
                select r.id, r.customer_id, c.name, c.ladder_stage, s.p_alive, s.predicted_clv, s.risk_reasons, r.opened_at,
                       r.assigned_to, r.status, r.updated_at, r.updated_by,
                       (select count(*) from contact t where t.customer_id = r.customer_id and t.happened_at >= r.opened_at
                          and t.purpose <> 'CAMPAIGN') as contacts_since,
                       (select max(t.happened_at) from contact t where t.customer_id = r.customer_id
                          and t.purpose <> 'CAMPAIGN') as last_contact
                from retention_case r join customer c on c.id = r.customer_id
                left join customer_score s on s.customer_id = r.customer_id
                where (:all or r.status in ('OPEN', 'CONTACTED')) and (:anyone or r.assigned_to = :assignee)
                order by r.status in ('RETAINED', 'LOST'), s.predicted_clv desc nulls last, r.id
                limit :limit""")
                .param("all", includeClosed)
                .param("anyone", assignee.isEmpty())
                .param("assignee", assignee.orElse(""))
                .param("limit", limit)
                .query((rs, n) -> new RetentionCase(rs.getLong("id"), rs.getLong("customer_id"), rs.getString("name"),
                        LadderStage.valueOf(rs.getString("ladder_stage")),
                        Optional.ofNullable(rs.getBigDecimal("p_alive")).map(BigDecimal::doubleValue),
                        Optional.ofNullable(rs.getBigDecimal("predicted_clv")), reasons(rs.getArray("risk_reasons")),
                        rs.getTimestamp("opened_at").toInstant(), Optional.ofNullable(rs.getString("assigned_to")),
                        RetentionStatus.valueOf(rs.getString("status")), rs.getTimestamp("updated_at").toInstant(),
                        rs.getString("updated_by"), rs.getLong("contacts_since"),
                        Optional.ofNullable(rs.getTimestamp("last_contact")).map(Timestamp::toInstant)))
                .list();
    }

    @Override
    public boolean assign(long caseId, Optional<String> assignee, String by, Instant at) {
        return jdbc.sql("update retention_case set assigned_to = ?, updated_at = ?, updated_by = ? where id = ?")
                .params(assignee.orElse(null), Timestamp.from(at), by, caseId).update() == 1;
    }

    @Override
    public boolean setStatus(long caseId, RetentionStatus status, String by, Instant at) {
        return jdbc.sql("""
                update retention_case r set status = ?, updated_at = ?, updated_by = ? where r.id = ?
                  and not (? and exists (select 1 from retention_case o where o.customer_id = r.customer_id
                                         and o.id <> r.id and o.status in ('OPEN', 'CONTACTED')))""")
                .params(status.name(), Timestamp.from(at), by, caseId, !status.isClosed()).update() == 1;
    }

    @Override
    public void contacted(CustomerId customer, String by, Instant at) {
        jdbc.sql("""
                update retention_case set status = 'CONTACTED', updated_at = ?, updated_by = ?
                where customer_id = ? and status = 'OPEN'""")
                .params(Timestamp.from(at), by, customer.value()).update();
    }

    @Override
    public int contactedByRetentionContacts(Instant at) {
        return jdbc.sql("""
                update retention_case r set status = 'CONTACTED', updated_at = ?, updated_by = 'import'
                where r.status = 'OPEN'
                  and exists (select 1 from contact t where t.customer_id = r.customer_id
                              and t.purpose = 'RETENTION' and t.happened_at >= r.opened_at)""")
                .param(Timestamp.from(at)).update();
    }

    @Override
    @Transactional(readOnly = true)
    public int openedByLatestRun() {
        return jdbc.sql("""
                select count(*) from retention_case
                where run_id = (select max(id) from scoring_run where status = 'SUCCEEDED') and status = 'OPEN'""")
                .query(Integer.class).single();
    }

    private static List<RiskReason> reasons(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((String[]) array.getArray()).map(RiskReason::valueOf).toList();
    }
}
