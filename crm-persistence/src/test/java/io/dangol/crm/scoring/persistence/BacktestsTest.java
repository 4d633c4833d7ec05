package io.dangol.crm.scoring.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dangol.crm.demo.DemoData;
import io.dangol.crm.demo.DemoRequest;
import io.dangol.crm.scoring.Backtests;
import io.dangol.crm.scoring.clv.Backtest;
import io.dangol.crm.testing.PostgresIntegrationTest;
import io.dangol.crm.testing.Tables;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class BacktestsTest extends PostgresIntegrationTest {

    @Autowired
    Backtests backtests;

    @Autowired
    DemoData demo;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aBacktestComparesPredictionsWithWhatHappenedAfterTheCalibrationEnd() {
        Tables.emptyCustomerData(jdbc);
        demo.load(new DemoRequest(2_000, 13));
        Instant end = Instant.now().minus(Duration.ofDays(7 * 26));

        Backtest backtest = backtests.run(end, 26);

        long buyers = jdbc.sql("select count(distinct customer_id) from customer_order where ordered_at < ?")
                .param(Timestamp.from(end)).query(Long.class).single();
        long holdout = jdbc.sql("""
                select count(*) from customer_order o where o.ordered_at >= ? and o.ordered_at < ?
                and exists (select 1 from customer_order f where f.customer_id = o.customer_id and f.ordered_at < ?)""")
                .params(Timestamp.from(end), Timestamp.from(end.plus(Duration.ofDays(7 * 26))), Timestamp.from(end))
                .query(Long.class).single();
        assertThat(backtest.customers()).isEqualTo(buyers);
        assertThat(backtest.totalActual()).isEqualTo(holdout);
        assertThat(backtest.totalPredicted()).isPositive();
        assertThat(backtest.groups()).isNotEmpty();
        assertThat(backtest.groups().stream().mapToLong(Backtest.Group::customers).sum()).isEqualTo(buyers);
        assertThatThrownBy(() -> backtests.run(end, 0)).hasMessageContaining("holdout period is 1 to 520 weeks");
    }
}
