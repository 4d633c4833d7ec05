package io.dangol.crm.servicecase.persistence;

import io.dangol.crm.contact.ContactChannel;
import io.dangol.crm.contact.Department;
import io.dangol.crm.ladder.LadderStage;
import io.dangol.crm.servicecase.CaseQueue;
import io.dangol.crm.servicecase.CaseStep;
import io.dangol.crm.servicecase.CostKind;
import io.dangol.crm.servicecase.ServiceCaseKind;
import io.dangol.crm.servicecase.ServiceCaseSeverity;
import io.dangol.crm.servicecase.ServiceCaseStatus;
import io.dangol.crm.shared.CustomerId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The desk's queues in one statement each: the filters become a where clause over the cases (partial indexes keep
 * the active ones small), joined to the customer for name and ladder stage; no count over everything, a page asks
 * for one row more to know whether another follows.
 */
@Repository
@Transactional(readOnly = true)
class JdbcCaseQueue implements CaseQueue {

    private static final String ROW = """
            select s.id, s.customer_id, c.name, c.ladder_stage, s.kind, s.severity, s.status, s.subject, s.opened_at,
                   s.first_response_due, s.first_responded_at, s.resolution_due, coalesce(u.display_name, u.username), s.team,
                   (s.status not in ('RESOLVED', 'CLOSED') and (s.resolution_due < :now
                        or (s.first_responded_at is null and s.first_response_due < :now))) as overdue
            from service_case s
            join customer c on c.id = s.customer_id
            left join app_user u on u.id = s.assignee_id
            """;
    private static final String ORDER =
            " order by (c.ladder_stage = 'CORE' and s.kind = 'COMPLAINT') desc, s.resolution_due nulls last, s.id";

    private final JdbcClient jdbc;

    JdbcCaseQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Page page(Filter filter, Instant now, int page, int size) {
        List<String> where = new ArrayList<>(List.of("c.erased_at is null"));
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("now", Timestamp.from(now));
        filter.assignee().ifPresent(a -> {
            where.add("s.assignee_id = :assignee");
            params.put("assignee", a);
        });
        filter.team().ifPresent(t -> {
            where.add("s.team = :team");
            params.put("team", t.name());
        });
        if (filter.active()) {
            where.add("s.status not in ('RESOLVED', 'CLOSED')");
        }
        filter.status().ifPresent(s -> {
            where.add("s.status = :status");
            params.put("status", s.name());
        });
        filter.kind().ifPresent(k -> {
            where.add("s.kind = :kind");
            params.put("kind", k.name());
        });
        filter.severity().ifPresent(s -> {
            where.add("s.severity = :severity");
            params.put("severity", s.name());
        });
        if (filter.overdueOnly()) {
            where.add("""
                    s.status not in ('RESOLVED', 'CLOSED') and (s.resolution_due < :now
                        or (s.first_responded_at is null and s.first_response_due < :now))""");
        }
        filter.stage().ifPresent(s -> {
            where.add("c.ladder_stage = :stage");
            params.put("stage", s.name());
        });
        // a core customer's complaint comes first: those few are counted and read apart, so the rest is read in due
        // order straight off the partial index of active cases instead of sorting every active case by priority
        String filters = String.join(" and ", where);
        long first = jdbc.sql("select count(*) from service_case s join customer c on c.id = s.customer_id where " + filters
                        + " and " + CORE_COMPLAINT).params(params).query(Long.class).single();
        long offset = (long) (page - 1) * size;
        List<Row> rows = new ArrayList<>();
        if (offset < first) {
            rows.addAll(read(filters + " and " + CORE_COMPLAINT, params, size + 1, offset));
        }
        if (rows.size() <= size) {
            rows.addAll(read(filters + " and not " + CORE_COMPLAINT, params, size + 1 - rows.size(), Math.max(0, offset - first)));
        }
        boolean hasNext = rows.size() > size;
        return new Page(hasNext ? rows.subList(0, size) : rows, page, hasNext);
    }

    private static final String CORE_COMPLAINT = "(c.ladder_stage = 'CORE' and s.kind = 'COMPLAINT')";

    private List<Row> read(String filters, Map<String, Object> params, long limit, long offset) {
        Map<String, Object> paged = new LinkedHashMap<>(params);
        paged.put("limit", limit);
        paged.put("offset", offset);
        return jdbc.sql(ROW + " where " + filters + " order by s.resolution_due nulls last, s.id limit :limit offset :offset")
                .params(paged).query((rs, n) -> row(rs)).list();
    }

    @Override
    public Optional<CaseView> view(long caseId, Instant now) {
        return jdbc.sql("""
                select s.id, s.customer_id, c.name, c.ladder_stage, s.kind, s.severity, s.status, s.subject, s.opened_at,
                       s.first_response_due, s.first_responded_at, s.resolution_due, coalesce(u.display_name, u.username), s.team,
                       (s.status not in ('RESOLVED', 'CLOSED') and (s.resolution_due < :now
                            or (s.first_responded_at is null and s.first_response_due < :now))) as overdue,
                       s.description, s.channel, s.order_id, o.external_id, s.closed_at, s.outcome, s.cost_kind, s.cost,
                       u.username, s.opened_by,
                       (select l.line_no || '. ' || p.name || ' ×' || l.quantity from order_line l join product p on p.id = l.product_id
                        where l.id = s.order_line_id)
                from service_case s
                join customer c on c.id = s.customer_id
                left join app_user u on u.id = s.assignee_id
                left join customer_order o on o.id = s.order_id
                where s.id = :id and c.erased_at is null""")
                .param("id", caseId).param("now", Timestamp.from(now))
                .query((rs, n) -> new CaseView(row(rs), rs.getString(16), ContactChannel.valueOf(rs.getString(17)),
                        Optional.ofNullable((Long) rs.getObject(18)), Optional.ofNullable(rs.getString(19)),
                        Optional.ofNullable(rs.getString(26)),
                        instant(rs, 20), Optional.ofNullable(rs.getString(21)),
                        Optional.ofNullable(rs.getString(22)).map(CostKind::valueOf), rs.getBigDecimal(23),
                        Optional.ofNullable(rs.getString(24)), rs.getString(25), steps(caseId)))
                .optional();
    }

    @Override
    public List<Row> activeFor(CustomerId customer, Instant now) {
        return jdbc.sql(ROW + " where s.customer_id = :customer and s.status not in ('RESOLVED', 'CLOSED')" + ORDER)
                .param("customer", customer.value()).param("now", Timestamp.from(now))
                .query((rs, n) -> row(rs)).list();
    }

    @Override
    public List<OrderChoice> recentOrders(CustomerId customer, int limit) {
        List<OrderChoice> orders = jdbc.sql("""
                select o.id, o.external_id, o.ordered_at,
                       coalesce((select sum(l.quantity * l.unit_price - l.discount) from order_line l where l.order_id = o.id), 0)
                from customer_order o where o.customer_id = ? order by o.ordered_at desc, o.id desc limit ?""")
                .params(customer.value(), limit)
                .query((rs, n) -> new OrderChoice(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        rs.getBigDecimal(4), new ArrayList<>()))
                .list();
        if (orders.isEmpty()) {
            return orders;
        }
        Map<Long, OrderChoice> byId = new LinkedHashMap<>();
        orders.forEach(o -> byId.put(o.id(), o));
        jdbc.sql("""
                select l.order_id, l.id, l.line_no, p.name, l.quantity from order_line l join product p on p.id = l.product_id
                where l.customer_id = :customer and l.order_id in (:orders) order by l.order_id, l.line_no""")
                .param("customer", customer.value()).param("orders", List.copyOf(byId.keySet()))
                .query((rs, n) -> {
                    byId.get(rs.getLong(1)).lines().add(new LineChoice(rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getInt(5)));
                    return null;
                }).list();
        return orders;
    }

    @Override
    public Optional<String> customerName(CustomerId customer) {
        return jdbc.sql("select name from customer where id = ? and erased_at is null").param(customer.value())
                .query(String.class).optional();
    }

    private List<Step> steps(long caseId) {
        return jdbc.sql("""
                select p.at, p.by_username, p.step, p.from_status, p.to_status,
                       case when p.step = 'ANSWERED' then coalesce(k.note, '') else p.note end, p.contact_id
                from service_case_step p left join contact k on k.id = p.contact_id
                where p.case_id = ? order by p.at, p.id""")
                .param(caseId)
                .query((rs, n) -> new Step(rs.getTimestamp(1).toInstant(), rs.getString(2), CaseStep.valueOf(rs.getString(3)),
                        Optional.ofNullable(rs.getString(4)).map(ServiceCaseStatus::valueOf),
                        Optional.ofNullable(rs.getString(5)).map(ServiceCaseStatus::valueOf), rs.getString(6),
                        Optional.ofNullable((Long) rs.getObject(7))))
                .list();
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), LadderStage.valueOf(rs.getString(4)),
                ServiceCaseKind.valueOf(rs.getString(5)), ServiceCaseSeverity.valueOf(rs.getString(6)),
                ServiceCaseStatus.valueOf(rs.getString(7)), rs.getString(8), rs.getTimestamp(9).toInstant(),
                instant(rs, 10), instant(rs, 11), instant(rs, 12), Optional.ofNullable(rs.getString(13)),
                Department.valueOf(rs.getString(14)), rs.getBoolean(15));
    }

    private static Optional<Instant> instant(ResultSet rs, int column) throws SQLException {
        return Optional.ofNullable(rs.getTimestamp(column)).map(Timestamp::toInstant);
    }
}
