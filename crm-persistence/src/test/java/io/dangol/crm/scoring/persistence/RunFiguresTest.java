package io.dangol.crm.scoring.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.dangol.crm.demo.DemoData;
import io.dangol.crm.demo.DemoRequest;
import io.dangol.crm.scoring.ScoringJob;
import io.dangol.crm.scoring.ScoringListener;
import io.dangol.crm.scoring.ScoringRun;
import io.dangol.crm.scoring.ScoringStatus;
import io.dangol.crm.scoring.ScoringTrigger;
import io.dangol.crm.testing.PostgresIntegrationTest;
import io.dangol.crm.testing.Tables;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dashboard figures and the radar's watch line are tallied in the JVM while a run scores; here they are held equal
 * to the set-based statements over the stored scores that they replaced (the statements are kept here, verbatim but
 * for the table's name).
 */
@SpringBootTest
class RunFiguresTest extends PostgresIntegrationTest {

    @Autowired
    ScoringJob job;

    @Autowired
    DemoData demo;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void aShop() {
        Tables.emptyCustomerData(jdbc);
        demo.load(new DemoRequest(3_000, 33));
    }

    @Test
    void theTalliedFiguresEqualTheStatementsOverTheStoredScores() {
        ScoringRun run = job.run(ScoringTrigger.CLI, "test", ScoringListener.NONE);
        assertThat(run.status()).isEqualTo(ScoringStatus.SUCCEEDED);
        long id = run.id();

        assertSame("""
                select dimension, name, customers, predicted_clv, historical_clv from scoring_run_count where run_id = :id""", """
                select 'SEGMENT', segment, count(*), coalesce(sum(predicted_clv), 0), sum(historical_clv)
                from customer_score where segment is not null group by segment
                union all
                select 'STAGE', stage, count(*), coalesce(sum(predicted_clv), 0), sum(historical_clv)
                from customer_score group by stage""", id);
        assertSame("select r_score, f_score, customers, net_revenue from scoring_run_rfm_cell where run_id = :id", """
                select r_score, f_score, count(*), sum(monetary)
                from customer_score where r_score is not null group by r_score, f_score""", id);
        assertSame("select step, customers, profit from scoring_run_pareto where run_id = :id", """
                select step, max(n), max(cumulative)
                from (select ntile(20) over ranked as step, row_number() over ranked as n,
                             sum(profit_contribution) over (ranked rows unbounded preceding) as cumulative
                      from customer_score where stage <> 'PROSPECT'
                      window ranked as (order by profit_contribution desc, customer_id)) ranked
                group by step""", id);
        assertSame("select band, lower_bound, upper_bound, customers from scoring_run_clv_band where run_id = :id", """
                select band, (%1$s)[band], (%1$s)[band + 1], count(*)
                from (select greatest(width_bucket(predicted_clv, %1$s), 1) as band
                      from customer_score where predicted_clv is not null) banded
                group by band""".formatted("array[0, 10000, 30000, 100000, 300000, 1000000, 3000000, 10000000]::numeric[]"), id);
        assertSame("""
                select total_profit, core_profit, negative_customers, negative_profit from scoring_run where id = :id""", """
                select coalesce(sum(profit_contribution), 0),
                       coalesce(sum(profit_contribution) filter (where stage = 'CORE'), 0),
                       count(*) filter (where profit_contribution < 0),
                       coalesce(sum(profit_contribution) filter (where profit_contribution < 0), 0)
                from customer_score""", id);
        assertSame("select customer_id from customer_score where at_risk", """
                select customer_id from customer_score
                where risk_reasons is not null
                  and (stage = 'CORE' or stage = 'IDENTIFIED' and predicted_clv >= (
                       select percentile_disc(0.9) within group (order by predicted_clv)
                       from customer_score where predicted_clv is not null))""", id);
        assertThat(jdbc.sql("select count(*) from scoring_run_pareto where run_id = ?").param(id).query(Long.class).single())
                .isEqualTo(20);
        assertThat(jdbc.sql("select count(*) from customer_score where at_risk").query(Long.class).single()).isPositive();
    }

    /** Both queries' rows, as text, in any order — numbers compared as PostgreSQL prints them (numeric(18, 2)). */
    private void assertSame(String stored, String statement, long id) {
        List<String> kept = rows(stored.replace(":id", Long.toString(id)));
        List<String> computed = rows(statement);
        assertThat(kept).as(stored).isNotEmpty().containsExactlyInAnyOrderElementsOf(computed);
    }

    private List<String> rows(String sql) {
        return jdbc.sql("select row(q.*)::text from (" + sql + ") q").query(String.class).list().stream()
                .map(row -> row.replaceAll("\\.00(?=[,)])", "")).toList();
    }
}
