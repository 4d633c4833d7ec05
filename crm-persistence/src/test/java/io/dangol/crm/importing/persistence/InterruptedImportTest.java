package io.dangol.crm.importing.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dangol.crm.importing.ImportRun;
import io.dangol.crm.importing.ImportStatus;
import io.dangol.crm.importing.ImportFile;
import io.dangol.crm.importing.RecordImport;
import io.dangol.crm.importing.TransactionImport;
import io.dangol.crm.testing.PostgresIntegrationTest;
import io.dangol.crm.testing.Tables;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An import whose database connection dies mid-file (the database restarted, the app was killed) leaves nothing
 * half-done: no customer, order or line of it remains, the run ends FAILED, and the same file imported again
 * brings every row in exactly once.
 */
@SpringBootTest
class InterruptedImportTest extends PostgresIntegrationTest {

    static final int LINES = 300_000;

    @Autowired
    io.dangol.crm.retention.RetentionCases retention;

    @Autowired
    TransactionImport transactions;

    @Autowired
    RecordImport records;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    @BeforeEach
    void empty() {
        Tables.emptyCustomerData(jdbc);
    }

    /** Killed while its rows stream in with COPY, or while the order lines are written (the longest step). */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"copy", "lines"})
    void aConnectionKilledMidImportLeavesNothingAndTheFileCanBeImportedAgain(String when) throws Exception {
        Path file = dir.resolve("big.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("customer_id,date,amount,order_id,product,quantity\n");
            for (int i = 0; i < LINES; i++) {
                out.write("K" + (i / 3 % 5_000) + ",2026-0" + (1 + i % 9) + "-1" + (i % 10) + "," + (1_000 + i % 90_000)
                        + ",O" + (i / 3) + ",상품 " + (i % 300) + "," + (1 + i % 3) + "\n");
            }
        }
        ImportFile importing = new ImportFile(transactions, records, retention, ZoneId.of("Asia/Seoul"), Long.MAX_VALUE, java.time.Clock.systemUTC());
        CompletableFuture<Long> started = new CompletableFuture<>();
        CompletableFuture<Void> running = CompletableFuture.runAsync(() -> {
            try {
                importing.handle(new ImportFile.Command(file, "big.csv", "transactions", "pos", "tester", Optional.empty(),
                        java.util.Map.of()), started::complete);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        long run = started.get(30, TimeUnit.SECONDS);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        java.util.function.Predicate<ImportRun> reached = when.equals("copy") ? r -> r.rowsRead() > 0
                : r -> r.phase().filter("lines"::equals).isPresent();
        while (!reached.test(transactions.find(run).orElseThrow()) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(reached.test(transactions.find(run).orElseThrow())).as("the import got to " + when).isTrue();
        int killed = jdbc.sql("""
                select count(pg_terminate_backend(pid)) from pg_stat_activity
                where pid <> pg_backend_pid() and state = 'active' and query like '%staged%'""").query(Integer.class).single();
        assertThat(killed).isEqualTo(1);
        assertThatThrownBy(() -> running.get(60, TimeUnit.SECONDS)).hasMessageContaining("the import could not be written");

        ImportRun failed = transactions.find(run).orElseThrow();
        assertThat(failed.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(count("select count(*) from customer") + count("select count(*) from customer_order")
                + count("select count(*) from order_line") + count("select count(*) from import_rejection")).isZero();

        ImportRun again = importing.handle(file, "big.csv", "transactions", "pos", "tester", Optional.empty())
                .report().orElseThrow().run();
        assertThat(again.status()).isEqualTo(ImportStatus.SUCCEEDED);
        assertThat(again.rowsRead()).isEqualTo(LINES);
        assertThat(again.inserted()).isEqualTo(LINES);
        assertThat(again.rowsRead()).isEqualTo(again.inserted() + again.updated() + again.unchanged() + again.rejected());
        assertThat(count("select count(*) from order_line")).isEqualTo(LINES);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
