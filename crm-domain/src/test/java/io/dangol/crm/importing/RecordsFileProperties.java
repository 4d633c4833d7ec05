package io.dangol.crm.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The record kinds' reader: customers written by a CSV writer come back whole (names with quotes, commas, newlines,
 * Hangul); no value of any column of any kind crashes a reading; no junk file crashes the reader; every kind's
 * sample header is recognised as that kind.
 */
class RecordsFileProperties {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    record Customer(String id, String name, String phoneDigits) { }

    @Provide
    Arbitrary<List<Customer>> customers() {
        Arbitrary<String> text = Arbitraries.strings().withChars("김민준똠햏,\"\n\r ab=+-@;'\t").withCharRange('가', '힣')
                .ofMinLength(1).ofMaxLength(15).map(String::strip).filter(s -> !s.isEmpty());
        return Combinators.combine(text, text, Arbitraries.integers().between(60_000_000, 99_999_999).map(String::valueOf))
                .as(Customer::new).list().ofMaxSize(30);
    }

    @Property(tries = 200)
    void customersAsACsvWriterWroteThemAreReadBackWhole(@ForAll("customers") List<Customer> customers) throws Exception {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord("고객번호", "이름", "휴대폰");
            for (Customer customer : customers) {
                printer.printRecord(customer.id(), customer.name(), "010-" + customer.phoneDigits().substring(0, 4) + "-"
                        + customer.phoneDigits().substring(4));
            }
        }
        List<String[]> read = new ArrayList<>();
        RecordsFile.read(new StringReader(out.toString()), RecordKind.CUSTOMERS, SEOUL, Map.of(), new RecordsFile.Sink() {
            @Override
            public void accept(long line, String[] values) {
                read.add(values);
            }

            @Override
            public void reject(Rejection rejection) {
                throw new AssertionError("rejected: " + rejection);
            }
        });
        assertThat(read).hasSize(customers.size());
        for (int i = 0; i < customers.size(); i++) {
            Customer customer = customers.get(i);
            assertThat(read.get(i)[RecordKind.CUSTOMERS.indexOf("customer_id")]).isEqualTo(customer.id());
            String name = customer.name();
            boolean guarded = name.length() > 1 && name.charAt(0) == '\'' && "=+-@\t\r".indexOf(name.charAt(1)) >= 0;
            assertThat(read.get(i)[RecordKind.CUSTOMERS.indexOf("name")]).as("a formula guard is taken off")
                    .isEqualTo(guarded ? name.substring(1) : name);
            assertThat(read.get(i)[RecordKind.CUSTOMERS.indexOf("phone")]).isEqualTo("010-" + customer.phoneDigits()
                    .substring(0, 4) + "-" + customer.phoneDigits().substring(4));
        }
    }

    @Property(tries = 100)
    void aTextLongerThanItsColumnIsRefusedAsTooLongNotAsUnreadable(@ForAll @net.jqwik.api.constraints.IntRange(min = 201, max = 5_000) int length) {
        RecordsFile.Checked checked = RecordsFile.check(RecordKind.CUSTOMERS,
                java.util.Map.of("customer_id", "C1", "name", "김".repeat(length)), java.time.ZoneId.of("Asia/Seoul"));
        assertThat(checked.rejection()).hasValueSatisfying(rejection -> {
            assertThat(rejection.reason()).isEqualTo("import.reject.textTooLong");
            assertThat(rejection.detail()).isEqualTo("name: " + length + " > 200");
        });
        assertThat(RecordsFile.check(RecordKind.CUSTOMERS, java.util.Map.of("customer_id", "C1", "name", "김".repeat(200)),
                java.time.ZoneId.of("Asia/Seoul")).rejection()).isEmpty();
    }

    @Property(tries = 300)
    void noValueCrashesAnyColumnsReadingAndNoNulByteGetsThrough(@ForAll("kinds") RecordKind kind,
                                                                @ForAll("values") String value) {
        for (Field field : kind.fields()) {
            Map<String, String> given = new java.util.HashMap<>();
            kind.fields().stream().filter(Field::required).forEach(required -> given.put(required.name(), valid(required)));
            given.put(field.name(), value);
            RecordsFile.Checked checked = RecordsFile.check(kind, given, SEOUL);
            checked.values().ifPresent(values -> assertThat(values).allSatisfy(text -> {
                if (text != null) {
                    assertThat(text).doesNotContain("\0");
                }
            }));
        }
    }

    @Property(tries = 500)
    void noInputCrashesTheReaderAndEveryRecordEndsSomewhere(@ForAll("kinds") RecordKind kind, @ForAll("junk") String body) {
        String header = String.join(",", kind.fields().stream().map(Field::name).toList()) + "\n";
        long[] outcomes = new long[1];
        try {
            long read = RecordsFile.read(new StringReader(header + body), kind, SEOUL, Map.of(), new RecordsFile.Sink() {
                @Override
                public void accept(long line, String[] values) {
                    assertThat(values).hasSize(kind.fields().size());
                    outcomes[0]++;
                }

                @Override
                public void reject(Rejection rejection) {
                    assertThat(rejection.reason()).startsWith("import.reject.");
                    outcomes[0]++;
                }
            });
            assertThat(outcomes[0]).isEqualTo(read);
        } catch (RefusedFile refused) {
            assertThat(refused.reason()).startsWith("import.refused.");
        }
    }

    @Example
    void everyKindIsRecognisedByItsOwnColumns() {
        for (RecordKind kind : RecordKind.values()) {
            assertThat(RecordsFile.recognise(kind.fields().stream().map(Field::name).toList())).as(kind.code())
                    .contains(kind.code());
            assertThat(RecordsFile.recognise(kind.fields().stream().filter(Field::required).map(Field::name).toList()))
                    .as(kind.code() + ", required columns only").contains(kind.code());
        }
        assertThat(RecordsFile.recognise(List.of("고객번호", "날짜", "금액"))).contains("transactions");
        assertThat(RecordsFile.recognise(List.of("name", "when"))).isEmpty();
    }

    @Example
    void daysOfTheYearAreReadAsKoreansWriteThem() {
        assertThat(Field.dayOfYear("1990-05-17")).contains("1990-05-17");
        assertThat(Field.dayOfYear("5/17")).contains("05-17");
        assertThat(Field.dayOfYear("5월 17일")).contains("05-17");
        assertThat(Field.dayOfYear("02-29")).contains("02-29");
        assertThat(Field.dayOfYear("1991-02-29")).isEmpty();
        assertThat(Field.dayOfYear("13-01")).isEmpty();
    }

    /** A value the field reads: a number, a date, or its first code. */
    private static String valid(Field field) {
        List<String> candidates = new ArrayList<>(List.of("1", "2026-01-01"));
        if (!field.allowed().isEmpty()) {
            candidates.add(0, field.allowed().split(", ")[0]);
        }
        return candidates.stream().filter(text -> field.reading().read(text, SEOUL).isPresent()).findFirst().orElseThrow();
    }

    @Provide
    Arbitrary<RecordKind> kinds() {
        return Arbitraries.of(RecordKind.class);
    }

    @Provide
    Arbitrary<String> values() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(60),
                Arbitraries.strings().withChars("0123456789-/.:+ 월일₩,원TZ").ofMaxLength(25),
                Arbitraries.of("2026-02-30", "99999999999999", "-1", "1e9", "NaN", "010-", "+", "a@", "@b", "5월 32일", "00-00"));
    }

    @Provide
    Arbitrary<String> junk() {
        return Arbitraries.strings().withChars("C1,2026-01-01,\"\n\r100₩-x 김PHONEGRANTED|;").ofMaxLength(200);
    }
}
