package io.dangol.crm.scoring.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The figures a dashboard shows, computed once per run from the fresh scores in the run's transaction: the R x F
 * grid, the Pareto curve of profit, the bands of predicted CLV and the concentration totals. Read later from these
 * small tables, a dashboard costs the same at a thousand customers as at a million.
 */
final class RunFigures {

    /** Lower bounds of the CLV bands, in won; documented in docs/scoring.md. */
    static final String CLV_BANDS = "array[0, 10000, 30000, 100000, 300000, 1000000, 3000000, 10000000]::numeric[]";

    private static final String GRID = """
            insert into scoring_run_rfm_cell (run_id, r_score, f_score, customers, net_revenue)
            select ?, r_score, f_score, count(*), sum(monetary)
            from customer_score_next where r_score is not null group by r_score, f_score""";

    /** Customers who ever bought, ranked by profit contribution: cumulative profit at each twentieth of them. */
    private static final String PARETO = """
            insert into scoring_run_pareto (run_id, step, customers, profit)
            select ?, step, max(n), max(cumulative)
            from (select ntile(20) over ranked as step, row_number() over ranked as n,
                         sum(profit_contribution) over (ranked rows unbounded preceding) as cumulative
                  from customer_score_next where stage <> 'PROSPECT'
                  window ranked as (order by profit_contribution desc, customer_id)) ranked
            group by step""";

    private static final String BANDS = """
            insert into scoring_run_clv_band (run_id, band, lower_bound, upper_bound, customers)
            select ?, band, (%1$s)[band], (%1$s)[band + 1], count(*)
            from (select greatest(width_bucket(predicted_clv, %1$s), 1) as band
                  from customer_score_next where predicted_clv is not null) banded
            group by band""".formatted(CLV_BANDS);

    private static final String TOTALS = """
            update scoring_run set (total_profit, core_profit, negative_customers, negative_profit) = (
                select coalesce(sum(profit_contribution), 0),
                       coalesce(sum(profit_contribution) filter (where stage = 'CORE'), 0),
                       count(*) filter (where profit_contribution < 0),
                       coalesce(sum(profit_contribution) filter (where profit_contribution < 0), 0)
                from customer_score_next)
            where id = ?""";

    private RunFigures() {
    }

    static void record(Connection work, long runId) throws SQLException {
        for (String sql : new String[] {GRID, PARETO, BANDS, TOTALS}) {
            try (PreparedStatement statement = work.prepareStatement(sql)) {
                statement.setLong(1, runId);
                statement.executeUpdate();
            }
        }
    }
}
