package io.dangol.crm.campaign.persistence;

import io.dangol.crm.campaign.CampaignHeadline;
import io.dangol.crm.campaign.CampaignHeadlines;
import io.dangol.crm.campaign.CampaignOutcomes;
import io.dangol.crm.campaign.Estimate;
import io.dangol.crm.campaign.GroupFigures;
import io.dangol.crm.campaign.StratumFigures;
import io.dangol.crm.ladder.LadderStage;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a campaign's members did after the touch, in one set-based query: the members of the export joined to their
 * orders, lines, returns, service cases, consent withdrawals and negative feedback in the window, summed per stratum
 * and group (with the sums of squares the intervals need). The members table is the campaign's; the customers' own
 * records are read as they are now, so an erased customer's orders still count and a merged one's follow the survivor.
 */
@Repository
class JdbcCampaignOutcomes implements CampaignOutcomes, CampaignHeadlines {

    private static final String FIGURES = """
            with m as (
                select customer_id, held_out, stage, segment from campaign_member where export_id = :id
            ), o as (
                select o.customer_id, count(*) as orders from customer_order o join m on m.customer_id = o.customer_id
                where o.ordered_at > :from and o.ordered_at <= :to group by o.customer_id
            ), l as (
                select l.customer_id, sum(l.quantity * l.unit_price - l.discount) as sales, sum(l.quantity * p.unit_cost) as cogs
                from order_line l join m on m.customer_id = l.customer_id join product p on p.id = l.product_id
                where l.ordered_at > :from and l.ordered_at <= :to group by l.customer_id
            ), r as (
                select r.customer_id, sum(r.refund) as refunds from order_return r join m on m.customer_id = r.customer_id
                where r.returned_at > :from and r.returned_at <= :to group by r.customer_id
            ), s as (
                select s.customer_id, sum(s.cost) as service_cost, count(*) filter (where s.kind = 'COMPLAINT') as complaints
                from service_case s join m on m.customer_id = s.customer_id
                where s.opened_at > :from and s.opened_at <= :to group by s.customer_id
            ), k as (
                select distinct k.customer_id from consent k join m on m.customer_id = k.customer_id
                where k.status = 'WITHDRAWN' and k.at > :from and k.at <= :fatigueTo
            ), fb as (
                select distinct f.customer_id from feedback f join m on m.customer_id = f.customer_id
                where f.sentiment = 'NEGATIVE' and f.received_at > :from and f.received_at <= :fatigueTo
            ), per as (
                select m.held_out, m.stage, m.segment, coalesce(o.orders, 0) as orders,
                       coalesce(l.sales, 0) - coalesce(r.refunds, 0) as revenue,
                       coalesce(l.sales, 0) - coalesce(r.refunds, 0) - coalesce(l.cogs, 0) - coalesce(s.service_cost, 0) as profit,
                       coalesce(s.complaints, 0) > 0 as complained, k.customer_id is not null as withdrew,
                       fb.customer_id is not null as negative
                from m
                left join o on o.customer_id = m.customer_id
                left join l on l.customer_id = m.customer_id
                left join r on r.customer_id = m.customer_id
                left join s on s.customer_id = m.customer_id
                left join k on k.customer_id = m.customer_id
                left join fb on fb.customer_id = m.customer_id
            )
            select held_out, stage, segment, count(*) as customers, count(*) filter (where orders > 0) as buyers,
                   sum(orders) as orders, sum(revenue) as revenue, sum(revenue * revenue) as revenue_squares,
                   sum(profit) as profit, sum(profit * profit) as profit_squares,
                   count(*) filter (where withdrew) as withdrew, count(*) filter (where complained) as complained,
                   count(*) filter (where negative) as negative
            from per group by held_out, stage, segment""";

    private final JdbcClient jdbc;

    JdbcCampaignOutcomes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<StratumFigures> figures(long exportId, Instant from, Instant to, int fatigueDays) {
        Instant fatigueEnd = from.plus(Duration.ofDays(fatigueDays));
        return jdbc.sql(FIGURES)
                .param("id", exportId)
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .param("fatigueTo", Timestamp.from(fatigueEnd.isBefore(to) ? fatigueEnd : to))
                .query((rs, n) -> new StratumFigures(LadderStage.valueOf(rs.getString("stage")),
                        Optional.ofNullable(rs.getString("segment")), rs.getBoolean("held_out"),
                        new GroupFigures(rs.getLong("customers"), rs.getLong("buyers"), rs.getLong("orders"),
                                rs.getBigDecimal("revenue"), rs.getBigDecimal("revenue_squares"), rs.getBigDecimal("profit"),
                                rs.getBigDecimal("profit_squares"), rs.getLong("withdrew"), rs.getLong("complained"),
                                rs.getLong("negative"))))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, CampaignHeadline> headlines(Collection<Long> exportIds) {
        Map<Long, CampaignHeadline> headlines = new LinkedHashMap<>();
        if (exportIds.isEmpty()) {
            return headlines;
        }
        jdbc.sql("""
                select export_id, computed_at, window_days, window_complete, treated, held_out, purchase_lift,
                       purchase_lift_low, purchase_lift_high, treated_withdrawal_rate, control_withdrawal_rate
                from campaign_headline where export_id in (:ids)""")
                .param("ids", exportIds)
                .query(JdbcCampaignOutcomes::headline)
                .list().forEach(h -> headlines.put(h.exportId(), h));
        return headlines;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Long> exportsSince(Instant since) {
        return jdbc.sql("select id from campaign_export where at >= ? order by at desc")
                .param(Timestamp.from(since)).query(Long.class).list();
    }

    @Override
    @Transactional
    public void save(CampaignHeadline h) {
        Optional<Estimate> lift = h.purchaseLift();
        jdbc.sql("""
                insert into campaign_headline (export_id, computed_at, window_days, window_complete, treated, held_out,
                       purchase_lift, purchase_lift_low, purchase_lift_high, treated_withdrawal_rate, control_withdrawal_rate)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (export_id) do update set computed_at = excluded.computed_at, window_days = excluded.window_days,
                       window_complete = excluded.window_complete, treated = excluded.treated, held_out = excluded.held_out,
                       purchase_lift = excluded.purchase_lift, purchase_lift_low = excluded.purchase_lift_low,
                       purchase_lift_high = excluded.purchase_lift_high,
                       treated_withdrawal_rate = excluded.treated_withdrawal_rate,
                       control_withdrawal_rate = excluded.control_withdrawal_rate""")
                .params(h.exportId(), Timestamp.from(h.computedAt()), h.windowDays(), h.windowComplete(), h.treated(),
                        h.heldOut(), lift.map(e -> rate(e.value())).orElse(null), lift.map(e -> rate(e.low())).orElse(null),
                        lift.map(e -> rate(e.high())).orElse(null), rate(h.treatedWithdrawalRate()),
                        h.controlWithdrawalRate().isPresent() ? rate(h.controlWithdrawalRate().getAsDouble()) : null)
                .update();
    }

    private static BigDecimal rate(double value) {
        return BigDecimal.valueOf(Math.max(-999, Math.min(999, value))).setScale(6, java.math.RoundingMode.HALF_UP);
    }

    private static CampaignHeadline headline(ResultSet rs, int n) throws SQLException {
        BigDecimal lift = rs.getBigDecimal("purchase_lift");
        BigDecimal control = rs.getBigDecimal("control_withdrawal_rate");
        return new CampaignHeadline(rs.getLong("export_id"), rs.getTimestamp("computed_at").toInstant(),
                rs.getInt("window_days"), rs.getBoolean("window_complete"), rs.getLong("treated"), rs.getLong("held_out"),
                lift == null ? Optional.empty() : Optional.of(new Estimate(lift.doubleValue(),
                        rs.getBigDecimal("purchase_lift_low").doubleValue(), rs.getBigDecimal("purchase_lift_high").doubleValue())),
                rs.getBigDecimal("treated_withdrawal_rate").doubleValue(),
                control == null ? OptionalDouble.empty() : OptionalDouble.of(control.doubleValue()));
    }
}
