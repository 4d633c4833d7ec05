package io.dangol.crm.warehouse.persistence;

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
import io.dangol.crm.warehouse.Dataset;
import io.dangol.crm.warehouse.WarehouseFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class WarehouseFilesTest extends PostgresIntegrationTest {

    @Autowired
    WarehouseFiles files;

    @Autowired
    ScoringJob job;

    @Autowired
    DemoData demo;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRunsFeedHoldsEveryScoredCustomerUnderAPseudonymInCsvAndParquetThatAgree(@TempDir Path folder) throws Exception {
        Tables.emptyCustomerData(jdbc);
        demo.load(new DemoRequest(2_000, 7));
        ScoringRun run = job.run(ScoringTrigger.CLI, "test", ScoringListener.NONE);
        assertThat(run.status()).isEqualTo(ScoringStatus.SUCCEEDED);

        Path feed = folder.resolve("feed");
        Map<String, Dataset> written = files.write(run.id(), feed).stream()
                .collect(Collectors.toMap(Dataset::name, Function.identity()));

        assertThat(written).containsOnlyKeys("scores", "ladder_moves", "churn_flags", "campaigns", "scoring_runs");
        assertThat(written.get("scores").rows()).isEqualTo(run.customers());
        assertThat(written.get("ladder_moves").rows()).isEqualTo(run.climbed() + run.fell());
        assertThat(written.get("churn_flags").rows())
                .isEqualTo(jdbc.sql("select count(*) from churn_risk where run_id = ?").param(run.id()).query(Long.class).single());

        String csv = Files.readString(feed.resolve("scores.csv"), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFcustomer_key,stage,rfm_segment,");
        // no personal data: neither the customers' numbers nor their names or phones
        String someName = jdbc.sql("select name from customer where name is not null and name <> '' limit 1").query(String.class).single();
        assertThat(csv).doesNotContain(someName).doesNotContain("010-");
        List<String> keys = csv.lines().skip(1).map(line -> line.substring(0, line.indexOf(','))).toList();
        assertThat(keys).hasSize((int) run.customers()).doesNotHaveDuplicates().allMatch(k -> k.matches("[0-9a-f]{64}"));

        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement sql = duck.createStatement()) {
            ResultSet parquet = sql.executeQuery("select count(*), count(distinct customer_key), sum(revenue), "
                    + "typeof(any_value(revenue)), typeof(any_value(p_alive)), typeof(any_value(at_risk)) from read_parquet('"
                    + feed.resolve("scores.parquet") + "')");
            parquet.next();
            assertThat(parquet.getLong(1)).isEqualTo(run.customers());
            assertThat(parquet.getLong(2)).isEqualTo(run.customers());
            assertThat(parquet.getBigDecimal(3)).isEqualByComparingTo(
                    jdbc.sql("select sum(monetary) from customer_score").query(java.math.BigDecimal.class).single());
            assertThat(parquet.getString(4)).startsWith("DECIMAL");
            assertThat(parquet.getString(6)).isEqualTo("BOOLEAN");
            ResultSet moved = sql.executeQuery("select typeof(any_value(moved_at)), count(*) from read_parquet('"
                    + feed.resolve("ladder_moves.parquet") + "')");
            moved.next();
            assertThat(moved.getString(1)).isEqualTo("TIMESTAMP WITH TIME ZONE");
            assertThat(moved.getLong(2)).isEqualTo(written.get("ladder_moves").rows());
        }
    }
}
