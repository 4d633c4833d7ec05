package io.dangol.crm.overview.persistence;

import io.dangol.crm.ladder.LadderStage;
import io.dangol.crm.overview.Dashboard;
import io.dangol.crm.overview.MarketingDashboard;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Reads the small tables the scoring run filled for the dashboard: a handful of rows whatever the customer count. */
@Repository
@Transactional(readOnly = true)
class JdbcMarketingDashboard implements MarketingDashboard {

    static final int TREND_RUNS = 12;

    private final JdbcClient jdbc;

    JdbcMarketingDashboard(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Run(long id, Timestamp finishedAt, Timestamp asOf, long climbed, long fell,
                       Dashboard.Concentration concentration) { }

    @Override
    public Optional<Dashboard> latest() {
        Optional<Run> found = jdbc.sql("""
                select id, finished_at, as_of, climbed, fell, total_profit, core_profit, negative_customers, negative_profit
                from scoring_run where status = 'SUCCEEDED' order by id desc limit 1""")
                .query((rs, n) -> new Run(rs.getLong(1), rs.getTimestamp(2), rs.getTimestamp(3), rs.getLong(4), rs.getLong(5),
                        new Dashboard.Concentration(zeroIfNull(rs.getBigDecimal(6)), zeroIfNull(rs.getBigDecimal(7)),
                                rs.getLong(8), zeroIfNull(rs.getBigDecimal(9)))))
                .optional();
        return found.map(this::dashboard);
    }

    private Dashboard dashboard(Run run) {
        Map<LadderStage, Dashboard.StageFigure> stages = new EnumMap<>(LadderStage.class);
        for (LadderStage stage : LadderStage.values()) {
            stages.put(stage, new Dashboard.StageFigure(stage, 0, BigDecimal.ZERO, BigDecimal.ZERO));
        }
        jdbc.sql("select name, customers, predicted_clv, historical_clv from scoring_run_count "
                        + "where run_id = ? and dimension = 'STAGE'")
                .param(run.id())
                .query(rs -> {
                    LadderStage stage = LadderStage.valueOf(rs.getString(1));
                    stages.put(stage, new Dashboard.StageFigure(stage, rs.getLong(2), rs.getBigDecimal(3), rs.getBigDecimal(4)));
                });
        List<Dashboard.RfmCell> grid = jdbc.sql(
                        "select r_score, f_score, customers, net_revenue from scoring_run_rfm_cell where run_id = ?")
                .param(run.id())
                .query((rs, n) -> new Dashboard.RfmCell(rs.getInt(1), rs.getInt(2), rs.getLong(3), rs.getBigDecimal(4)))
                .list();
        record Step(int step, long customers, BigDecimal profit) { }
        List<Step> steps = jdbc.sql("select step, customers, profit from scoring_run_pareto where run_id = ? order by step")
                .param(run.id())
                .query((rs, n) -> new Step(rs.getInt(1), rs.getLong(2), rs.getBigDecimal(3)))
                .list();
        long ofCustomers = steps.isEmpty() ? 0 : steps.get(steps.size() - 1).customers();
        BigDecimal total = steps.isEmpty() ? BigDecimal.ZERO : steps.get(steps.size() - 1).profit();
        List<Dashboard.ParetoPoint> pareto = steps.stream()
                .map(step -> new Dashboard.ParetoPoint(step.step(), step.customers(), ofCustomers, step.profit(), total))
                .toList();
        List<Dashboard.ClvBand> clvBands = jdbc.sql(
                        "select lower_bound, upper_bound, customers from scoring_run_clv_band where run_id = ? order by band")
                .param(run.id())
                .query((rs, n) -> new Dashboard.ClvBand(rs.getBigDecimal(1), Optional.ofNullable(rs.getBigDecimal(2)),
                        rs.getLong(3)))
                .list();
        List<Dashboard.RadarPoint> trend = jdbc.sql("""
                select id, started_at, at_risk, at_risk_core, newly_at_risk, core_lost from scoring_run
                where status = 'SUCCEEDED' order by id desc limit ?""")
                .param(TREND_RUNS)
                .query((rs, n) -> new Dashboard.RadarPoint(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getLong(3),
                        rs.getLong(4), rs.getLong(5), rs.getLong(6)))
                .list();
        return new Dashboard(run.id(), run.finishedAt().toInstant(),
                Optional.ofNullable(run.asOf()).map(Timestamp::toInstant), List.copyOf(stages.values()), run.climbed(),
                run.fell(), grid, pareto, run.concentration(), clvBands, trend);
    }

    private static BigDecimal zeroIfNull(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
