package io.dangol.crm.customer.persistence;

import io.dangol.crm.shared.CustomerId;
import io.dangol.crm.customer.Timeline;
import io.dangol.crm.customer.TimelineEntry;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one timeline: the newest {@code offset + size + 1} rows of each source, each read through its per-customer
 * index, merged and cut to the page. Orders carry their net amount, what they held and what was refunded.
 */
@Repository
@Transactional(readOnly = true)
class JdbcTimeline implements Timeline {

    static final int MAX_PAGE = 1_000;

    private static final String SQL = """
            select * from (
                (select o.ordered_at as at, 'ORDER' as kind, o.id as ref, '' as label, o.channel as channel,
                        null::text as department,
                        coalesce((select string_agg(p.name || case when l.quantity > 1 then ' ×' || l.quantity else '' end
                                                    || case when l.is_gift then ' 🎁' else '' end, ', ' order by l.line_no)
                                  from order_line l join product p on p.id = l.product_id where l.order_id = o.id), '') as text,
                        (select sum(l.quantity * l.unit_price - l.discount) from order_line l where l.order_id = o.id) as amount,
                        (select sum(r.refund) from order_return r join order_line l on l.id = r.order_line_id
                         where l.order_id = o.id) as refund,
                        null::text as detail, null::text as staff
                 from customer_order o where o.customer_id = :id order by o.ordered_at desc limit :n)
                union all
                (select s.opened_at, 'SERVICE_CASE', s.id, s.kind, null, 'SERVICE', s.subject, s.cost, null,
                        s.status, s.opened_by
                 from service_case s where s.customer_id = :id order by s.opened_at desc limit :n)
                union all
                (select p.at, 'CASE_STEP', s.id, p.step, null, 'SERVICE',
                        case when p.note = '' then s.subject else s.subject || ' — ' || p.note end,
                        case when p.step = 'CLOSED' then s.cost end, null, coalesce(p.to_status, p.team), p.by_username
                 from service_case_step p join service_case s on s.id = p.case_id
                 where s.customer_id = :id and p.step not in ('OPENED', 'ANSWERED') order by p.at desc limit :n)
                union all
                (select t.happened_at, case when t.purpose = 'CAMPAIGN' then 'CAMPAIGN' else 'CONTACT' end, t.id, t.purpose,
                        t.channel, t.department, t.note, null, null,
                        coalesce(t.outcome, '') || case when t.direction = 'INBOUND' then ' INBOUND' else '' end,
                        u.display_name
                 from contact t left join app_user u on u.id = t.staff_user_id
                 where t.customer_id = :id order by t.happened_at desc limit :n)
                union all
                (select f.received_at, 'FEEDBACK', f.id, f.sentiment, f.channel, null, f.text, null, null, f.status, null
                 from feedback f where f.customer_id = :id order by f.received_at desc limit :n)
                union all
                (select r.referred_at, 'REFERRAL_GIVEN', r.id, '', null, null, c.name, null, null, null, null
                 from referral r join customer c on c.id = r.referred_id where r.customer_id = :id
                 order by r.referred_at desc limit :n)
                union all
                (select r.referred_at, 'REFERRAL_RECEIVED', r.id, '', null, null, c.name, null, null, null, null
                 from referral r join customer c on c.id = r.customer_id where r.referred_id = :id
                 order by r.referred_at desc limit :n)
                union all
                (select k.at, 'CONSENT', k.id, k.status, k.channel, null, k.note, null, null, k.purpose, k.recorded_by
                 from consent k where k.customer_id = :id order by k.at desc limit :n)
                union all
                (select g.at, 'CHANGE', g.id, g.field, null, null, g.after, null, null, g.before, g.changed_by
                 from customer_change g where g.customer_id = :id order by g.at desc limit :n)
                union all
                (select h.at, 'LADDER', h.id, h.to_stage, null, null, h.rule, null, null, h.from_stage, null
                 from ladder_history h where h.customer_id = :id order by h.at desc limit :n)
            ) entries
            order by at desc, kind, ref desc
            limit :size offset :offset""";

    private final JdbcClient jdbc;

    JdbcTimeline(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Page page(CustomerId customer, int page, int size) {
        int safePage = Math.max(1, Math.min(page, MAX_PAGE));
        long offset = (long) (safePage - 1) * size;
        List<TimelineEntry> rows = jdbc.sql(SQL)
                .param("id", customer.value())
                .param("n", offset + size + 1)
                .param("size", size + 1)
                .param("offset", offset)
                .query((rs, n) -> new TimelineEntry(rs.getTimestamp("at").toInstant(),
                        TimelineEntry.Kind.valueOf(rs.getString("kind")), nullToEmpty(rs.getString("label")),
                        Optional.ofNullable(rs.getString("channel")), Optional.ofNullable(rs.getString("department")),
                        nullToEmpty(rs.getString("text")), Optional.ofNullable(rs.getBigDecimal("amount")),
                        Optional.ofNullable(rs.getBigDecimal("refund")),
                        Optional.ofNullable(rs.getString("detail")).map(String::strip).filter(s -> !s.isEmpty()),
                        Optional.ofNullable(rs.getString("staff"))))
                .list();
        boolean hasNext = rows.size() > size;
        return new Page(hasNext ? rows.subList(0, size) : rows, safePage, hasNext);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
