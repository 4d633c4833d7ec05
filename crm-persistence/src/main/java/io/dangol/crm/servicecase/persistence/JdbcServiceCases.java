package io.dangol.crm.servicecase.persistence;

import io.dangol.crm.contact.ContactChannel;
import io.dangol.crm.contact.Department;
import io.dangol.crm.servicecase.CaseDraft;
import io.dangol.crm.servicecase.CaseOutcome;
import io.dangol.crm.servicecase.CaseRecord;
import io.dangol.crm.servicecase.CaseStep;
import io.dangol.crm.servicecase.CostKind;
import io.dangol.crm.servicecase.DueTimes;
import io.dangol.crm.servicecase.ServiceCaseKind;
import io.dangol.crm.servicecase.ServiceCaseSeverity;
import io.dangol.crm.servicecase.ServiceCaseStatus;
import io.dangol.crm.servicecase.ServiceCases;
import io.dangol.crm.shared.CustomerId;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
@Transactional
class JdbcServiceCases implements ServiceCases {

    private final JdbcClient jdbc;

    JdbcServiceCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean customerExists(CustomerId customer) {
        return jdbc.sql("select exists (select 1 from customer where id = ? and erased_at is null)").param(customer.value())
                .query(Boolean.class).single();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean orderOf(CustomerId customer, long orderId) {
        return jdbc.sql("select exists (select 1 from customer_order where id = ? and customer_id = ?)")
                .params(orderId, customer.value()).query(Boolean.class).single();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Long> orderOfLine(CustomerId customer, long orderLineId) {
        return jdbc.sql("select order_id from order_line where id = ? and customer_id = ?").params(orderLineId, customer.value())
                .query(Long.class).optional();
    }

    @Override
    public long open(CustomerId customer, CaseDraft.NewCase c, Optional<Long> order, Optional<Long> assigneeUserId,
                     DueTimes.Due due, String by, Instant at) {
        long id = jdbc.sql("""
                insert into service_case (customer_id, kind, subject, opened_at, status, severity, description, order_id,
                                          order_line_id, channel, team, assignee_id, first_response_due, resolution_due, opened_by)
                values (?, ?, ?, ?, 'NEW', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(customer.value(), c.kind().name(), c.subject(), Timestamp.from(at), c.severity().name(), c.description(),
                        order.orElse(null), c.orderLine().orElse(null), c.channel().name(), c.team().name(), assigneeUserId.orElse(null),
                        Timestamp.from(due.firstResponse()), Timestamp.from(due.resolution()), by)
                .query(Long.class).single();
        step(id, at, by, CaseStep.OPENED, null, ServiceCaseStatus.NEW, "", null);
        return id;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CaseRecord> find(long caseId) {
        return jdbc.sql("select id, customer_id, kind, severity, status, channel, first_responded_at from service_case where id = ?")
                .param(caseId)
                .query((rs, n) -> new CaseRecord(rs.getLong(1), CustomerId.requested(rs.getLong(2)),
                        ServiceCaseKind.valueOf(rs.getString(3)), ServiceCaseSeverity.valueOf(rs.getString(4)),
                        ServiceCaseStatus.valueOf(rs.getString(5)), ContactChannel.valueOf(rs.getString(6)),
                        Optional.ofNullable(rs.getTimestamp(7)).map(Timestamp::toInstant)))
                .optional();
    }

    @Override
    public boolean move(long caseId, ServiceCaseStatus from, ServiceCaseStatus to, Optional<DueTimes.Due> due, String note,
                        String by, Instant at) {
        int moved = jdbc.sql("""
                update service_case set status = ?, closed_at = null,
                       resolution_due = coalesce(?, resolution_due)
                where id = ? and status = ?""")
                .params(to.name(), due.map(d -> Timestamp.from(d.resolution())).orElse(null), caseId, from.name())
                .update();
        if (moved == 1) {
            CaseStep step = !from.active() && to.active() ? CaseStep.REOPENED : CaseStep.MOVED;
            step(caseId, at, by, step, from, to, note, null);
        }
        return moved == 1;
    }

    @Override
    public boolean close(long caseId, ServiceCaseStatus from, CaseOutcome outcome, CostKind costKind, BigDecimal cost,
                         String note, String by, Instant at) {
        int closed = jdbc.sql("""
                update service_case set status = 'CLOSED', closed_at = greatest(?, opened_at), outcome = ?, cost_kind = ?, cost = ?
                where id = ? and status = ?""")
                .params(Timestamp.from(at), outcome.name(), costKind.name(), cost, caseId, from.name())
                .update();
        if (closed == 1) {
            step(caseId, at, by, CaseStep.CLOSED, from, ServiceCaseStatus.CLOSED, note, null);
        }
        return closed == 1;
    }

    @Override
    public boolean assign(long caseId, Optional<Long> assigneeUserId, Department team, String by, Instant at) {
        int assigned = jdbc.sql("update service_case set assignee_id = ?, team = ? where id = ?")
                .params(assigneeUserId.orElse(null), team.name(), caseId).update();
        if (assigned == 1) {
            String to = assigneeUserId.map(id -> jdbc.sql("select username from app_user where id = ?").param(id)
                    .query(String.class).single()).orElse("");
            jdbc.sql("""
                    insert into service_case_step (case_id, at, by_username, step, team, note) values (?, ?, ?, 'ASSIGNED', ?, ?)""")
                    .params(caseId, Timestamp.from(at), by, team.name(), to).update();
        }
        return assigned == 1;
    }

    @Override
    public void answered(long caseId, long contactId, String by, Instant at) {
        jdbc.sql("update service_case set first_responded_at = coalesce(first_responded_at, ?) where id = ?")
                .params(Timestamp.from(at), caseId).update();
        step(caseId, at, by, CaseStep.ANSWERED, null, null, "", contactId);
    }

    private void step(long caseId, Instant at, String by, CaseStep step, ServiceCaseStatus from, ServiceCaseStatus to,
                      String note, Long contactId) {
        jdbc.sql("""
                insert into service_case_step (case_id, at, by_username, step, from_status, to_status, note, contact_id)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(caseId, Timestamp.from(at), by, step.name(), from == null ? null : from.name(),
                        to == null ? null : to.name(), note, contactId)
                .update();
    }
}
