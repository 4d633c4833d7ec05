package io.dangol.crm.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The transactions reader on generated files: what a CSV writer wrote comes back whole; no input crashes it. */
class TransactionsFileProperties {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    record Row(String customer, int day, long amount, String product, int quantity) { }

    @Provide
    Arbitrary<List<Row>> rows() {
        Arbitrary<String> text = Arbitraries.strings().withChars("김민준똠햏,\"\n\r ab=+-@;'\t").withCharRange('가', '힣')
                .ofMinLength(1).ofMaxLength(15).map(String::strip).filter(s -> !s.isEmpty() && s.length() <= 200);
        return Combinators.combine(text, Arbitraries.integers().between(1, 28), Arbitraries.longs().between(0, 9_999_999),
                        text, Arbitraries.integers().between(1, 99))
                .as(Row::new).list().ofMaxSize(30);
    }

    @Property(tries = 200)
    void whatACsvWriterWroteIsReadBackWholeInUtf8AndCp949(@ForAll("rows") List<Row> rows) throws Exception {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord("customer_id", "date", "amount", "product", "quantity");
            for (Row row : rows) {
                printer.printRecord(row.customer(), "2026-03-%02d".formatted(row.day()), "%,d".formatted(row.amount()),
                        row.product(), row.quantity());
            }
        }
        List<TransactionLine> read = read(new StringReader(out.toString()));
        assertThat(read).hasSize(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            assertThat(read.get(i).customerId()).isEqualTo(rows.get(i).customer());
            assertThat(read.get(i).product()).isEqualTo(rows.get(i).product());
            assertThat(read.get(i).amount()).isEqualByComparingTo(BigDecimal.valueOf(rows.get(i).amount()));
            assertThat(read.get(i).quantity()).isEqualTo(rows.get(i).quantity());
        }
        Charset cp949 = Charset.forName("x-windows-949");
        if (cp949.newEncoder().canEncode(out.toString())) {
            byte[] bytes = out.toString().getBytes(cp949);
            assertThat(TextEncoding.detect(() -> new ByteArrayInputStream(bytes), java.util.Optional.empty()).encoding())
                    .isIn(TextEncoding.CP949, TextEncoding.UTF_8);
            assertThat(read(new InputStreamReader(new ByteArrayInputStream(bytes), TextEncoding.CP949.strictDecoder())))
                    .hasSize(rows.size());
        }
        byte[] withBom = ("\uFEFF" + out).getBytes(StandardCharsets.UTF_8);
        assertThat(TextEncoding.detect(() -> new ByteArrayInputStream(withBom), java.util.Optional.empty()))
                .isEqualTo(new TextEncoding.Detected(TextEncoding.UTF_8, true));
    }

    @Property(tries = 1000)
    void noInputCrashesTheReaderAndEveryRecordEndsSomewhere(@ForAll("junk") String file) {
        long[] outcomes = new long[1];
        try {
            long read = TransactionsFile.read(new StringReader(file), SEOUL, new TransactionsFile.Sink() {
                @Override
                public void accept(TransactionLine line) {
                    outcomes[0]++;
                }

                @Override
                public void reject(Rejection rejection) {
                    outcomes[0]++;
                }
            });
            assertThat(outcomes[0]).isEqualTo(read);
        } catch (RefusedFile refused) {
            assertThat(refused.reason()).startsWith("import.refused.");
        }
    }

    @Provide
    Arbitrary<String> junk() {
        Arbitrary<String> header = Arbitraries.of("customer_id,date,amount\n", "고객번호,날짜,금액,수량\n", "a,b\n", "",
                "customer_id,date,amount,customer_id\n", "\"customer_id,date,amount\n");
        Arbitrary<String> body = Arbitraries.strings().withChars("C1,2026-01-01,\"\n\r100₩-x 김").ofMaxLength(200);
        return Combinators.combine(header, body).as(String::concat);
    }

    private static List<TransactionLine> read(java.io.Reader reader) throws RefusedFile {
        List<TransactionLine> lines = new ArrayList<>();
        TransactionsFile.read(reader, SEOUL, new TransactionsFile.Sink() {
            @Override
            public void accept(TransactionLine line) {
                lines.add(line);
            }

            @Override
            public void reject(Rejection rejection) {
                throw new AssertionError("rejected: " + rejection);
            }
        });
        return lines;
    }
}
