package io.dangol.crm.scoring.persistence;

import io.dangol.crm.scoring.Backtests;
import io.dangol.crm.scoring.clv.Backtest;
import io.dangol.crm.scoring.clv.RepeatHistory;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * A backtest on the shop's own orders, read through the per-customer indexes for the same deterministic
 * sample the scoring fit uses (at most {@value ModelInputs#SAMPLE} customers). Reads only; changes nothing.
 */
@Repository
@Transactional(readOnly = true)
class JdbcBacktests implements Backtests {

    private static final String SQL = """
            select o.orders - 1 as x, extract(epoch from o.last_at - o.first_at) / 86400 as tx_days,
                   extract(epoch from ?::timestamptz - o.first_at) / 86400 as age_days,
                   (select count(*) from customer_order h
                    where h.customer_id = c.id and h.ordered_at >= ? and h.ordered_at < ?) as holdout
            from customer c
            cross join lateral (
                select count(*) as orders, min(ordered_at) as first_at, max(ordered_at) as last_at
                from customer_order where customer_id = c.id and ordered_at < ?) o
            where c.id % ? = 0 and c.erased_at is null and o.orders > 0""";

    /** Backtests work in weeks, the unit of their holdout period. */
    private static final double WEEK = 7.0;

    private final JdbcClient jdbc;

    JdbcBacktests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Backtest run(Instant calibrationEnd, int holdoutWeeks) {
        if (holdoutWeeks < 1 || holdoutWeeks > 520) {
            throw new IllegalArgumentException("a holdout period is 1 to 520 weeks, not " + holdoutWeeks);
        }
        long customers = jdbc.sql("select count(*) from customer").query(Long.class).single();
        long step = Math.max(1, (customers + ModelInputs.SAMPLE - 1) / ModelInputs.SAMPLE);
        Timestamp end = Timestamp.from(calibrationEnd);
        Timestamp holdoutEnd = Timestamp.from(calibrationEnd.plus(Duration.ofDays(7L * holdoutWeeks)));
        List<Backtest.Customer> sample = jdbc.sql(SQL).params(end, end, holdoutEnd, end, step)
                .query((rs, n) -> {
                    int x = rs.getInt("x");
                    double tx = x == 0 ? 0 : rs.getDouble("tx_days") / WEEK;
                    double age = Math.max(tx, rs.getDouble("age_days") / WEEK);
                    return new Backtest.Customer(RepeatHistory.of(x, tx, age), rs.getLong("holdout"));
                })
                .list();
        return Backtest.of(calibrationEnd, holdoutWeeks, sample);
    }
}
