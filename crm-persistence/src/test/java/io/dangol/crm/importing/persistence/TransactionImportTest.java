package io.dangol.crm.importing.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.dangol.crm.importing.ImportOutcome;
import io.dangol.crm.importing.ImportReport;
import io.dangol.crm.importing.ImportStatus;
import io.dangol.crm.importing.ImportFile;
import io.dangol.crm.importing.Rejection;
import io.dangol.crm.importing.TextEncoding;
import io.dangol.crm.importing.TransactionImport;
import io.dangol.crm.testing.PostgresIntegrationTest;
import io.dangol.crm.testing.Tables;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Transactions files into PostgreSQL: good rows kept, bad rows reported, the same file twice changes nothing. */
@SpringBootTest
class TransactionImportTest extends PostgresIntegrationTest {

    @Autowired
    io.dangol.crm.retention.RetentionCases retention;

    @Autowired
    TransactionImport transactions;

    @Autowired
    io.dangol.crm.importing.RecordImport records;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    ImportFile importing;

    @BeforeEach
    void empty() {
        Tables.emptyCustomerData(jdbc);
        importing = new ImportFile(transactions, records, retention, ZoneId.of("Asia/Seoul"), 10_000_000, java.time.Clock.systemUTC());
    }

    @Test
    void goodRowsAreImportedBadOnesReportedAndASecondImportChangesNothing() throws Exception {
        String file = """
                customer_id,date,amount,order_id,product,quantity
                C1,2026-01-05,"12,000",A1,원두,2
                C1,2026-01-05,3000,A1,필터,1
                C2,20260110,₩50000,A2,"머그, 큰 것",1
                C3,2026-13-01,1000,A3,원두,1
                C4,2026-01-11,lots,A4,원두,1
                C5,2026-01-12
                C6,2026-01-12 14:30,8000,,,
                C2,2026-01-20,1000,A1,원두,1
                """;
        ImportReport first = run(write("t.csv", file, StandardCharsets.UTF_8), Optional.empty());
        assertThat(first.run().status()).isEqualTo(ImportStatus.SUCCEEDED);
        assertThat(first.run().rowsRead()).isEqualTo(8);
        assertThat(first.run().inserted()).as("lines 4 and 8").isEqualTo(2);
        assertThat(first.run().rejected()).as("three bad rows, and all three rows of order A1 that two customers share")
                .isEqualTo(6);
        assertThat(first.run().rowsRead()).isEqualTo(first.run().inserted() + first.run().updated() + first.run().unchanged()
                + first.run().rejected());
        assertThat(jdbc.sql("select customer_id from access_log where what = ? and action = 'EDIT' and username = 'tester' and at >= ? order by 1")
                .params("import " + first.run().id(), java.sql.Timestamp.from(first.run().startedAt())).query(Long.class).list())
                .as("an import is an edit of every customer it wrote, named in the access log")
                .isEqualTo(jdbc.sql("select id from customer order by 1").query(Long.class).list())
                .isNotEmpty();
        assertThat(first.rejections()).extracting(Rejection::line, Rejection::reason).contains(
                org.assertj.core.groups.Tuple.tuple(5L, "import.reject.date"),
                org.assertj.core.groups.Tuple.tuple(6L, "import.reject.amount"),
                org.assertj.core.groups.Tuple.tuple(7L, "import.reject.columns"),
                org.assertj.core.groups.Tuple.tuple(9L, "import.reject.orderCustomers"),
                org.assertj.core.groups.Tuple.tuple(2L, "import.reject.orderCustomers"));
        assertThat(count("select count(*) from customer where ladder_stage = 'BUYER' and source_system = 'shop'")).isEqualTo(2);
        assertThat(jdbc.sql("select sum(quantity * unit_price) from order_line").query(java.math.BigDecimal.class).single())
                .isEqualByComparingTo("58000");

        ImportReport second = run(write("t.csv", file, StandardCharsets.UTF_8), Optional.empty());
        assertThat(second.run().inserted()).isZero();
        assertThat(second.run().updated()).isZero();
        assertThat(second.run().unchanged()).isEqualTo(2);
        assertThat(count("select count(*) from order_line")).isEqualTo(2);

        ImportReport corrected = run(write("t.csv", file.replace("₩50000", "₩55000"), StandardCharsets.UTF_8), Optional.empty());
        assertThat(corrected.run().updated()).isEqualTo(1);
        assertThat(count("select count(*) from order_line")).isEqualTo(2);
    }

    @Test
    void koreanExcelFilesInCp949AreReadWithoutReplacingAnything() throws Exception {
        String file = "고객번호,날짜,금액,상품명\nK1,2026-02-01,10000,똠얌꿍 소스\n";
        Path cp949 = write("k.csv", file, Charset.forName("x-windows-949"));
        ImportReport report = run(cp949, Optional.empty());
        assertThat(report.run().encoding()).contains("CP949");
        assertThat(report.run().inserted()).isEqualTo(1);
        assertThat(jdbc.sql("select name from product where sku like 'import:shop:%'").query(String.class).single())
                .isEqualTo("똠얌꿍 소스");

        Path bom = dir.resolve("bom.csv");
        Files.write(bom, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, file.replace("K1", "K2").getBytes(StandardCharsets.UTF_8)));
        assertThat(run(bom, Optional.empty()).run().encoding()).contains("UTF_8");
        assertThat(count("select count(*) from customer where external_id = 'K2'")).isEqualTo(1);
    }

    @Test
    void aGzippedFileIsReadAsItIsAndABrokenOneIsRefused() throws Exception {
        byte[] text = "고객번호,날짜,금액\nZ1,2026-04-01,\"1,000\"\nZ2,2026-04-02,2000\n".getBytes(Charset.forName("x-windows-949"));
        java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(zipped)) {
            out.write(text);
        }
        Path gz = dir.resolve("sales.csv.gz");
        Files.write(gz, zipped.toByteArray());
        ImportReport report = run(gz, Optional.empty());
        assertThat(report.run().inserted()).isEqualTo(2);
        assertThat(report.run().encoding()).contains("CP949");

        Path broken = dir.resolve("broken.csv.gz");
        Files.write(broken, java.util.Arrays.copyOf(zipped.toByteArray(), zipped.size() / 2));
        assertThat(importing.handle(broken, "broken.csv.gz", "", "shop", "tester", Optional.empty()).refusal())
                .contains("import.refused.compressed");
    }

    @Test
    void filesThatCannotBeReadAreRefusedWholeAndNothingChanges() throws Exception {
        ImportOutcome header = importing.handle(write("h.csv", "name,when\nx,y\n", StandardCharsets.UTF_8), "h.csv",
                "transactions", "shop", "tester", Optional.empty());
        assertThat(header.refusal()).contains("import.refused.header");
        assertThat(header.refusalDetail()).isEqualTo("customer_id, date, amount");
        Path binary = dir.resolve("b.csv");
        Files.write(binary, new byte[] {1, 2, 0, 3, (byte) 0xFF});
        assertThat(importing.handle(binary, "b.csv", "", "shop", "tester", Optional.empty()).refusal())
                .contains("import.refused.binary");
        Path mixed = dir.resolve("m.csv");
        Files.write(mixed, new byte[] {'a', ',', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFF, '\n'});
        assertThat(importing.handle(mixed, "m.csv", "", "shop", "tester", Optional.empty()).refusal())
                .contains("import.refused.encoding");
        ImportOutcome unknown = importing.handle(write("u.csv", "name,when\nx,y\n", StandardCharsets.UTF_8), "u.csv", "",
                "shop", "tester", Optional.empty());
        assertThat(unknown.refusal()).contains("import.refused.unknownKind");
        assertThat(unknown.refusalDetail()).isEqualTo("name, when");
        assertThat(importing.handle(write("x.csv", "customer_id,date,amount\n", StandardCharsets.UTF_8), "x.csv",
                "invoices", "shop", "tester", Optional.empty()).refusal()).contains("import.refused.kind");
        assertThat(count("select count(*) from customer")).isZero();
        assertThat(count("select count(*) from import_run where status = 'FAILED'")).isEqualTo(5);
    }

    @Test
    void anUnbalancedQuoteRejectsFromThereAndKeepsTheRowsBefore() throws Exception {
        ImportReport report = run(write("q.csv", "customer_id,date,amount\nQ1,2026-03-01,1000\nQ2,2026-03-02,\"2000\nQ3,2026-03-03,3000\n",
                StandardCharsets.UTF_8), Optional.empty());
        assertThat(report.run().inserted()).isEqualTo(1);
        assertThat(report.rejections()).extracting(Rejection::reason).containsExactly("import.reject.quote");
        assertThat(report.run().rowsRead()).isEqualTo(report.run().inserted() + report.run().rejected());
    }

    @Test
    void junkThatWouldExhaustMemoryIsRefusedWithAClearReasonAndGoodRowsBeforeAnEndlessRowAreKept() throws Exception {
        // a gzip bomb: a small file that unpacks to far more than ten times the largest file taken
        ImportFile small = new ImportFile(transactions, records, retention, ZoneId.of("Asia/Seoul"), 100_000, java.time.Clock.systemUTC());
        Path bomb = dir.resolve("bomb.csv.gz");
        try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(bomb))) {
            out.write("customer_id,date,amount\n".getBytes(StandardCharsets.UTF_8));
            byte[] row = "B1,2026-04-01,1000\n".getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 100_000; i++) {
                out.write(row);
            }
        }
        assertThat(Files.size(bomb)).isLessThan(100_000);
        ImportOutcome bombed = small.handle(bomb, "bomb.csv.gz", "", "shop", "tester", Optional.empty());
        assertThat(bombed.refusal()).contains("import.refused.unpackedTooLarge");
        assertThat(count("select count(*) from customer")).as("nothing of the bomb was written").isZero();

        // a quote that never closes, followed by megabytes: the rows before are kept, the endless one rejected
        StringBuilder endless = new StringBuilder("customer_id,date,amount\nE1,2026-03-01,1000\nE2,2026-03-02,\"2000\n");
        String filler = "E3,2026-03-03,3000,more text that goes on and on\n";
        while (endless.length() < 3_000_000) {
            endless.append(filler);
        }
        ImportReport kept = run(write("endless.csv", endless.toString(), StandardCharsets.UTF_8), Optional.empty());
        assertThat(kept.run().inserted()).isEqualTo(1);
        assertThat(kept.rejections()).hasSize(1);

        // a header of thousands of columns, and a header whose quote never closes
        assertThat(importing.handle(write("wide.csv", "customer_id,date,amount," + "x,".repeat(5_000) + "\n", StandardCharsets.UTF_8),
                "wide.csv", "transactions", "shop", "tester", Optional.empty()).refusal()).contains("import.refused.tooManyColumns");
        ImportOutcome header = importing.handle(write("open.csv", "customer_id,\"date\n" + "z".repeat(2_000_000) + "\n", StandardCharsets.UTF_8),
                "open.csv", "", "shop", "tester", Optional.empty());
        assertThat(header.refusal().orElse("")).isIn("import.refused.recordTooLong", "import.refused.headerQuote");
    }

    private ImportReport run(Path file, Optional<TextEncoding> encoding) throws Exception {
        ImportOutcome outcome = importing.handle(file, file.getFileName().toString(), "", "shop", "tester", encoding);
        assertThat(outcome.refusal()).isEmpty();
        return outcome.report().orElseThrow();
    }

    private Path write(String name, String text, Charset charset) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, charset);
        return file;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Autowired
    javax.sql.DataSource dataSource;

    @Test
    void onlyAnImportNoInstanceIsRunningIsTakenForAbandoned() throws Exception {
        long live = jdbc.sql("""
                insert into import_run (kind, file_name, started_by, started_at, status)
                values ('transactions', 'live.csv', 'test', now() - interval '5 minutes', 'RUNNING') returning id""")
                .query(Long.class).single();
        long dead = jdbc.sql("""
                insert into import_run (kind, file_name, started_by, started_at, status)
                values ('transactions', 'dead.csv', 'test', now() - interval '5 minutes', 'RUNNING') returning id""")
                .query(Long.class).single();
        long starting = jdbc.sql("""
                insert into import_run (kind, file_name, started_by, started_at, status)
                values ('transactions', 'starting.csv', 'test', now(), 'RUNNING') returning id""")
                .query(Long.class).single();
        try (java.sql.Connection otherInstance = dataSource.getConnection()) {
            otherInstance.setAutoCommit(false);
            Runs.holdWhileRunning(otherInstance, live);

            assertThat(transactions.failAbandoned()).isEqualTo(1);
            assertThat(status(live)).as("held by an instance that is running it").isEqualTo("RUNNING");
            assertThat(status(dead)).isEqualTo("FAILED");
            assertThat(status(starting)).as("just started, not yet holding its run").isEqualTo("RUNNING");
            otherInstance.rollback();
        }
        assertThat(transactions.failAbandoned()).as("the instance died: its lock went with it").isEqualTo(1);
        assertThat(status(live)).isEqualTo("FAILED");
        jdbc.sql("update import_run set status = 'FAILED' where id = ?").param(starting).update();
    }

    private String status(long run) {
        return jdbc.sql("select status from import_run where id = ?").param(run).query(String.class).single();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
