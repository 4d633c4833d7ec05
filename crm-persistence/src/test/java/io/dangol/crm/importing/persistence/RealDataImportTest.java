package io.dangol.crm.importing.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.dangol.crm.importing.ImportOutcome;
import io.dangol.crm.importing.ImportRun;
import io.dangol.crm.importing.ImportFile;
import io.dangol.crm.importing.TransactionImport;
import io.dangol.crm.scoring.ScoringJob;
import io.dangol.crm.scoring.ScoringListener;
import io.dangol.crm.scoring.ScoringRequest;
import io.dangol.crm.scoring.ScoringRun;
import io.dangol.crm.scoring.ScoringStatus;
import io.dangol.crm.scoring.ScoringTrigger;
import io.dangol.crm.testing.Datasets;
import io.dangol.crm.testing.PostgresIntegrationTest;
import io.dangol.crm.testing.Tables;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Real public data through the front door (the public datasets beside the project, see {@link Datasets}; skipped
 * without them unless CRM_REQUIRE_DATASETS=true): CDNOW's
 * event log with a column mapping, and a slice of UCI Online Retail as it is, then a scoring run as of the data's end.
 */
@SpringBootTest
class RealDataImportTest extends PostgresIntegrationTest {

    private static final ZoneId UTC = ZoneId.of("UTC");

    @Autowired
    io.dangol.crm.retention.RetentionCases retention;

    @Autowired
    TransactionImport transactions;

    @Autowired
    io.dangol.crm.importing.RecordImport records;

    @Autowired
    ScoringJob scoring;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void empty() {
        Tables.emptyCustomerData(jdbc);
    }

    @Test
    void cdnowImportsWithAColumnMappingAndScores() throws Exception {
        Path elog = Datasets.file("cdnow/cdnowElog.csv");
        ImportFile importing = new ImportFile(transactions, records, retention, UTC, Long.MAX_VALUE, java.time.Clock.systemUTC());
        ImportOutcome outcome = importing.handle(new ImportFile.Command(elog, "cdnowElog.csv", "", "cdnow", "test",
                Optional.empty(), Map.of("masterid", "customer_id", "cds", "quantity", "sales", "amount", "sampleid", "ignored")),
                run -> { });
        ImportRun run = outcome.report().orElseThrow().run();
        assertThat(run.rowsRead()).isEqualTo(6_919);
        assertThat(run.rejected()).as("same customer, same day: one order, several lines; nothing bad").isZero();
        assertThat(run.inserted()).isEqualTo(6_919);
        assertThat(jdbc.sql("select count(*) from customer where source_system = 'cdnow'").query(Long.class).single())
                .isEqualTo(2_357);

        ScoringRun scored = scoring.run(ScoringRequest.asOfEndOf(ScoringTrigger.CLI, "test", LocalDate.of(1998, 6, 30), UTC,
                java.time.Instant.now()), ScoringListener.NONE);
        assertThat(scored.status()).isEqualTo(ScoringStatus.SUCCEEDED);
        assertThat(scored.customers()).isEqualTo(2_357);
        assertThat(scored.models()).isPresent();
    }

    @Test
    void aSliceOfOnlineRetailImportsAsItIsWithItsBadRowsExplained() throws Exception {
        Path part = Datasets.file("online-retail/online_retail_part1_2010-12_to_2011-04.csv.gz");
        ImportFile importing = new ImportFile(transactions, records, retention, UTC, Long.MAX_VALUE, java.time.Clock.systemUTC());
        ImportRun run = importing.handle(part, part.getFileName().toString(), "", "uci", "test", Optional.empty())
                .report().orElseThrow().run();
        assertThat(run.kind()).isEqualTo("transactions");
        assertThat(run.rowsRead()).as("the part's lines, read from the gzipped file as it is").isGreaterThan(100_000);
        assertThat(run.inserted()).isPositive();
        assertThat(run.rejected()).as("rows without a customer id and returns (negative quantities)").isPositive();
        assertThat(run.inserted() + run.rejected()).isEqualTo(run.rowsRead());
        assertThat(jdbc.sql("select count(*) from import_rejection where reason = 'import.reject.customer'")
                .query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("select count(*) from import_rejection where reason = 'import.reject.quantity'")
                .query(Long.class).single()).isPositive();

        ScoringRun scored = scoring.run(ScoringRequest.asOfEndOf(ScoringTrigger.CLI, "test", LocalDate.of(2011, 4, 30), UTC,
                java.time.Instant.now()), ScoringListener.NONE);
        assertThat(scored.status()).isEqualTo(ScoringStatus.SUCCEEDED);
        assertThat(scored.customers()).isEqualTo(
                jdbc.sql("select count(*) from customer where source_system = 'uci'").query(Long.class).single());
    }
}
