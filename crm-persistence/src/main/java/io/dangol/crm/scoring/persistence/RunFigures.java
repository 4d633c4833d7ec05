package io.dangol.crm.scoring.persistence;

import io.dangol.crm.scoring.RunTally;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The figures a dashboard shows, stored once per run in the run's transaction from the {@link RunTally} the job kept
 * while it scored: customers and value per segment and stage, the R x F grid, the Pareto curve of profit, the bands of
 * predicted CLV and the concentration totals. Read later from these small tables, a dashboard costs the same at a
 * thousand customers as at a million. (They were five statements over the fresh score table, 1.9 s at a million
 * customers; {@code RunFiguresTest} holds the tally equal to those statements.)
 */
final class RunFigures {

    private static final String COUNT = """
            insert into scoring_run_count (run_id, dimension, name, customers, predicted_clv, historical_clv)
            values (?, ?, ?, ?, ?, ?)""";

    private static final String CELL = """
            insert into scoring_run_rfm_cell (run_id, r_score, f_score, customers, net_revenue) values (?, ?, ?, ?, ?)""";

    private static final String PARETO = """
            insert into scoring_run_pareto (run_id, step, customers, profit) values (?, ?, ?, ?)""";

    private static final String BAND = """
            insert into scoring_run_clv_band (run_id, band, lower_bound, upper_bound, customers) values (?, ?, ?, ?, ?)""";

    private static final String TOTALS = """
            update scoring_run set total_profit = ?, core_profit = ?, negative_customers = ?, negative_profit = ?
            where id = ?""";

    private RunFigures() {
    }

    static void record(Connection work, long runId, RunTally tally) {
        JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(work, true));
        List<Object[]> counts = new ArrayList<>();
        tally.segments().forEach((segment, g) -> counts.add(
                new Object[] {runId, "SEGMENT", segment.name(), g.customers(), g.predictedClv(), g.historicalClv()}));
        tally.stages().forEach((stage, g) -> counts.add(
                new Object[] {runId, "STAGE", stage.name(), g.customers(), g.predictedClv(), g.historicalClv()}));
        jdbc.batchUpdate(COUNT, counts);
        jdbc.batchUpdate(CELL, tally.grid().stream()
                .map(c -> new Object[] {runId, c.r(), c.f(), c.customers(), c.netRevenue()}).toList());
        jdbc.batchUpdate(PARETO, tally.pareto().stream()
                .map(p -> new Object[] {runId, p.step(), p.customers(), p.profit()}).toList());
        jdbc.batchUpdate(BAND, tally.bands().stream()
                .map(b -> new Object[] {runId, b.band(), b.lowerBound(), b.upperBound().orElse(null), b.customers()}).toList());
        RunTally.Totals t = tally.totals();
        jdbc.update(TOTALS, t.profit(), t.coreProfit(), t.negativeCustomers(), t.negativeProfit(), runId);
    }
}
