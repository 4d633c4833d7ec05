package io.dangol.crm.importing.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.dangol.crm.importing.ImportOutcome;
import io.dangol.crm.importing.ImportRun;
import io.dangol.crm.importing.ImportFile;
import io.dangol.crm.importing.RecordImport;
import io.dangol.crm.importing.RecordKind;
import io.dangol.crm.importing.RecordWrite;
import io.dangol.crm.importing.RecordsFile;
import io.dangol.crm.importing.Rejection;
import io.dangol.crm.importing.TransactionImport;
import io.dangol.crm.testing.PostgresIntegrationTest;
import io.dangol.crm.testing.Tables;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every kind besides transactions, from the documented sample files: recognised from the header, imported, imported
 * again without a change; bad rows rejected with their reasons; corrected rows updated; one record at a time as the
 * API writes it.
 */
@SpringBootTest
class RecordImportTest extends PostgresIntegrationTest {

    static final Path SAMPLES = Path.of("..", "docs", "samples");
    static final List<String> IN_ORDER = List.of("customers", "products", "transactions", "returns", "service_cases",
            "contacts", "consents", "referrals", "events", "feedback");
    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

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

    ImportFile importing;

    @BeforeEach
    void empty() {
        Tables.emptyCustomerData(jdbc);
        importing = new ImportFile(transactions, records, retention, SEOUL, 10_000_000, java.time.Clock.systemUTC());
    }

    @Test
    void everySampleIsRecognisedImportedAndImportedAgainWithoutAChange() throws Exception {
        for (String kind : IN_ORDER) {
            ImportRun run = importSample(kind);
            assertThat(run.kind()).as(kind).isEqualTo(kind);
            assertThat(run.rejected()).as(kind + " rejected: " + transactions.rejections(run.id(), 10)).isZero();
            assertThat(run.inserted()).as(kind).isEqualTo(run.rowsRead());
            // import ids restart with the test tables, the access log does not: this run's entries are those since it began
            long named = jdbc.sql("select count(*) from access_log where what = ? and action = 'EDIT' and at >= ?")
                    .params("import " + run.id(), java.sql.Timestamp.from(run.startedAt())).query(Long.class).single();
            if (kind.equals("customers")) {
                assertThat(named).as("each customer a customers file wrote is named as edited").isEqualTo(run.inserted());
            } else if (kind.equals("contacts") || kind.equals("consents") || kind.equals("feedback")) {
                assertThat(named).as(kind + ": the customers its rows named").isPositive();
            } else if (kind.equals("products")) {
                assertThat(named).as("products name no customer").isZero();
            }
        }
        for (String kind : IN_ORDER) {
            ImportRun again = importSample(kind);
            assertThat(again.inserted() + again.updated() + again.rejected()).as(kind).isZero();
            assertThat(again.unchanged()).as(kind).isEqualTo(again.rowsRead());
            assertThat(jdbc.sql("select count(*) from access_log where what = ? and at >= ?")
                    .params("import " + again.id(), java.sql.Timestamp.from(again.startedAt())).query(Long.class).single())
                    .as(kind + ": a file that changed nothing edited nobody").isZero();
        }
        assertThat(jdbc.sql("""
                select string_agg(p.kind || '=' || p.value, ' ' order by p.kind) from contact_point p
                join customer c on c.id = p.customer_id where c.external_id = 'C-1001'""").query(String.class).single())
                .isEqualTo("EMAIL=minjun.kim@example.com PHONE=010-1234-5678 POSTAL=서울특별시 강남구 테헤란로 1");
        assertThat(jdbc.sql("select name || '/' || kind || '/' || array_to_string(tags, ';') from customer where external_id = 'C-1003'")
                .query(String.class).single()).isEqualTo("(주)단골상사/COMPANY/B2B");
        assertThat(jdbc.sql("""
                select r.refund || '/' || l.line_no || '/' || c.external_id from order_return r
                join order_line l on l.id = r.order_line_id join customer c on c.id = r.customer_id""")
                .query(String.class).single()).isEqualTo("12000.00/1/C-1001");
        assertThat(jdbc.sql("select kind || ' ' || coalesce(closed_at::text, 'open') from service_case order by external_id")
                .query(String.class).list()).containsExactly("COMPLAINT 2026-01-08 07:30:00+00", "INQUIRY open");
        assertThat(jdbc.sql("select channel || '/' || direction || '/' || purpose || '/' || department || '/' || coalesce(follow_up_on::text, '-') from contact order by external_id")
                .query(String.class).list()).containsExactly("PHONE/OUTBOUND/SERVICE/SERVICE/-", "STORE/INBOUND/SALES/SALES/2026-02-01");
        assertThat(jdbc.sql("select channel || '/' || status from consent order by external_id").query(String.class).list())
                .containsExactly("SMS/GRANTED", "EMAIL/GRANTED", "SMS/WITHDRAWN");
        assertThat(jdbc.sql("select kind || ' ' || month || '-' || day || ' ' || coalesce(year::text, '-') from customer_event order by kind, month")
                .query(String.class).list()).containsExactly("BIRTHDAY 5-17 1990", "BIRTHDAY 11-3 -", "WEDDING_ANNIVERSARY 10-12 2019");
        assertThat(jdbc.sql("select count(*) from referral").query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select sentiment from feedback").query(String.class).single()).isEqualTo("NEUTRAL");
    }

    @Test
    void badRowsAreRejectedWithTheirReasonsAndTheGoodOnesKept() throws Exception {
        importSample("customers");
        ImportOutcome outcome = importText("contacts", """
                contact_id,customer_id,date,channel,note
                K1,C-1001,2026-01-08 17:00,전화,좋음
                K2,C-9999,2026-01-08 17:00,PHONE,모르는 고객
                K3,C-1002,2026-01-08 17:00,FAX,팩스
                K4,C-1002,,PHONE,날짜 없음
                K5,C-1002,2026-01-09,SMS,처음 것
                K5,C-1002,2026-01-10,SMS,고친 것
                K6,C-1003
                """);
        ImportRun run = outcome.report().orElseThrow().run();
        assertThat(run.rowsRead()).isEqualTo(7);
        assertThat(run.inserted()).isEqualTo(2);
        assertThat(transactions.rejections(run.id(), 10)).extracting(Rejection::line, Rejection::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3L, "import.reject.unknownCustomer"),
                org.assertj.core.groups.Tuple.tuple(4L, "import.reject.value"),
                org.assertj.core.groups.Tuple.tuple(5L, "import.reject.missing"),
                org.assertj.core.groups.Tuple.tuple(6L, "import.reject.duplicate"),
                org.assertj.core.groups.Tuple.tuple(8L, "import.reject.columns"));
        assertThat(transactions.rejections(run.id(), 10).get(1).detail()).startsWith("channel = FAX (STORE, PHONE");
        assertThat(jdbc.sql("select note from contact where external_id = 'K5'").query(String.class).single()).isEqualTo("고친 것");
    }

    @Test
    void aCorrectedFileUpdatesAndAConsentOnceRecordedIsNeverRewritten() throws Exception {
        importSample("customers");
        String corrected = Files.readString(SAMPLES.resolve("customers.csv")).replace("이서연", "이서윤");
        ImportRun run = importText("customers", corrected).report().orElseThrow().run();
        assertThat(run.updated()).isEqualTo(1);
        assertThat(run.unchanged()).isEqualTo(2);
        ImportRun phone = importText("customers", "customer_id,name,phone\nC-1001,김민준,010-2222-3333\n").report().orElseThrow().run();
        assertThat(phone.updated()).isEqualTo(1);

        importSample("consents");
        ImportRun rewritten = importText("consents", Files.readString(SAMPLES.resolve("consents.csv")).replace(",N,", ",Y,"))
                .report().orElseThrow().run();
        assertThat(rewritten.rejected()).isEqualTo(1);
        assertThat(transactions.rejections(rewritten.id(), 1).get(0).reason()).isEqualTo("import.reject.recordedDifferently");
        assertThat(jdbc.sql("select status from consent where external_id = 'G3'").query(String.class).single()).isEqualTo("WITHDRAWN");
    }

    @Test
    void oneRecordAtATimeAsAChannelSendsIt() {
        Map<String, String> customer = Map.of("customer_id", "W-1", "name", "박지호", "phone", "+82 10 5555 6666");
        assertThat(write(RecordKind.CUSTOMERS, customer).outcome()).isEqualTo(RecordWrite.Outcome.INSERTED);
        assertThat(write(RecordKind.CUSTOMERS, customer).outcome()).isEqualTo(RecordWrite.Outcome.UNCHANGED);
        assertThat(write(RecordKind.CUSTOMERS, Map.of("customer_id", "W-1", "name", "박지후")).outcome())
                .isEqualTo(RecordWrite.Outcome.UPDATED);
        RecordWrite unknown = write(RecordKind.FEEDBACK, Map.of("feedback_id", "F9", "customer_id", "W-404",
                "channel", "WEB", "text", "좋아요", "sentiment", "POSITIVE", "date", "2026-03-01"));
        assertThat(unknown.rejection().orElseThrow().reason()).isEqualTo("import.reject.unknownCustomer");
        assertThat(jdbc.sql("select value from contact_point where lookup = '821055556666'").query(String.class).single())
                .isEqualTo("010-5555-6666");
    }

    private RecordWrite write(RecordKind kind, Map<String, String> values) {
        RecordsFile.Checked checked = RecordsFile.check(kind, values, SEOUL);
        return records.write(kind, "web", checked.values().orElseThrow());
    }

    private ImportRun importSample(String kind) throws Exception {
        ImportOutcome outcome = importing.handle(SAMPLES.resolve(kind + ".csv"), kind + ".csv", "", "shop", "tester",
                Optional.empty());
        assertThat(outcome.refusal()).as(kind + " " + outcome.refusalDetail()).isEmpty();
        return outcome.report().orElseThrow().run();
    }

    private ImportOutcome importText(String kind, String text) throws Exception {
        Path file = dir.resolve(kind + System.nanoTime() + ".csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return importing.handle(file, file.getFileName().toString(), kind, "shop", "tester", Optional.empty());
    }
}
