package io.dangol.crm.overview.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.dangol.crm.importing.TransactionImport;
import io.dangol.crm.overview.BusinessOverview;
import io.dangol.crm.shared.MovableClock;
import io.dangol.crm.testing.PostgresIntegrationTest;
import io.dangol.crm.testing.Tables;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The home page's counts are kept for a minute, then counted again; the counting time goes with them. */
@SpringBootTest
class BusinessFiguresTest extends PostgresIntegrationTest {

    private static final Instant NINE = Instant.parse("2026-12-04T00:00:00Z");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionImport imports;

    private final MovableClock clock = new MovableClock(NINE);

    @BeforeEach
    void empty() {
        Tables.emptyCustomerData(jdbc);
    }

    @Test
    void countsAtMostOnceAMinute() {
        JdbcBusinessFigures figures = new JdbcBusinessFigures(jdbc, imports, clock, Duration.ofMinutes(1));
        jdbc.sql("insert into customer (name) values ('김민지'), ('이서준')").update();

        BusinessOverview first = figures.overview();
        assertThat(first.customers()).isEqualTo(2);
        assertThat(first.countedAt()).isEqualTo(NINE);

        jdbc.sql("insert into customer (name) values ('박지호')").update();
        clock.set(NINE.plusSeconds(59));
        BusinessOverview kept = figures.overview();
        assertThat(kept.customers()).as("within the minute: the figures counted at nine").isEqualTo(2);
        assertThat(kept.countedAt()).isEqualTo(NINE);

        clock.set(NINE.plusSeconds(60));
        BusinessOverview again = figures.overview();
        assertThat(again.customers()).isEqualTo(3);
        assertThat(again.countedAt()).isEqualTo(NINE.plusSeconds(60));
    }

    @Test
    void aClockSetBackCountsAgain() {
        JdbcBusinessFigures figures = new JdbcBusinessFigures(jdbc, imports, clock, Duration.ofMinutes(1));
        figures.overview();
        jdbc.sql("insert into customer (name) values ('최유진')").update();

        clock.set(NINE.minusSeconds(5));
        assertThat(figures.overview().customers()).isEqualTo(1);
    }

    @Test
    void noFreshnessCountsEveryTime() {
        JdbcBusinessFigures figures = new JdbcBusinessFigures(jdbc, imports, clock, Duration.ZERO);
        assertThat(figures.overview().customers()).isZero();
        jdbc.sql("insert into customer (name) values ('정하늘')").update();
        assertThat(figures.overview().customers()).isEqualTo(1);
    }
}
