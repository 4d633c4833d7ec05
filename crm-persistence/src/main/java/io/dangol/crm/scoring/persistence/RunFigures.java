package io.dangol.crm.scoring.persistence;

import io.dangol.crm.ladder.LadderStage;
import io.dangol.crm.scoring.RfmSegment;
import io.dangol.crm.scoring.RunTally;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;

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

    static void record(Connection work, long runId, RunTally tally) throws SQLException {
        try (PreparedStatement count = work.prepareStatement(COUNT)) {
            for (Map.Entry<RfmSegment, RunTally.Group> segment : tally.segments().entrySet()) {
                addCount(count, runId, "SEGMENT", segment.getKey().name(), segment.getValue());
            }
            for (Map.Entry<LadderStage, RunTally.Group> stage : tally.stages().entrySet()) {
                addCount(count, runId, "STAGE", stage.getKey().name(), stage.getValue());
            }
            count.executeBatch();
        }
        try (PreparedStatement cell = work.prepareStatement(CELL)) {
            for (RunTally.Cell c : tally.grid()) {
                cell.setLong(1, runId);
                cell.setInt(2, c.r());
                cell.setInt(3, c.f());
                cell.setLong(4, c.customers());
                cell.setBigDecimal(5, c.netRevenue());
                cell.addBatch();
            }
            cell.executeBatch();
        }
        try (PreparedStatement pareto = work.prepareStatement(PARETO)) {
            for (RunTally.ParetoStep step : tally.pareto()) {
                pareto.setLong(1, runId);
                pareto.setInt(2, step.step());
                pareto.setLong(3, step.customers());
                pareto.setBigDecimal(4, step.profit());
                pareto.addBatch();
            }
            pareto.executeBatch();
        }
        try (PreparedStatement band = work.prepareStatement(BAND)) {
            for (RunTally.Band b : tally.bands()) {
                band.setLong(1, runId);
                band.setInt(2, b.band());
                band.setBigDecimal(3, b.lowerBound());
                band.setBigDecimal(4, b.upperBound().orElse(null));
                band.setLong(5, b.customers());
                band.addBatch();
            }
            band.executeBatch();
        }
        try (PreparedStatement totals = work.prepareStatement(TOTALS)) {
            RunTally.Totals t = tally.totals();
            totals.setBigDecimal(1, t.profit());
            totals.setBigDecimal(2, t.coreProfit());
            totals.setLong(3, t.negativeCustomers());
            totals.setBigDecimal(4, t.negativeProfit());
            totals.setLong(5, runId);
            totals.executeUpdate();
        }
    }

    private static void addCount(PreparedStatement count, long runId, String dimension, String name, RunTally.Group group)
            throws SQLException {
        count.setLong(1, runId);
        count.setString(2, dimension);
        count.setString(3, name);
        count.setLong(4, group.customers());
        count.setBigDecimal(5, group.predictedClv());
        count.setBigDecimal(6, group.historicalClv());
        count.addBatch();
    }
}
