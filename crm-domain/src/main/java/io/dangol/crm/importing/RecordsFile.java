package io.dangol.crm.importing;

import java.io.Reader;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.csv.CSVRecord;

/**
 * A file of one {@link RecordKind}: streamed record by record, each becoming its values in the kind's column order
 * (read into the staging table's text: codes, ISO times, national phone numbers) or a {@link Rejection} naming the
 * column and value that could not be read — never both, never neither.
 */
public final class RecordsFile {

    /** Receives each record's outcome, in file order. */
    public interface Sink {
        /** {@code values} in {@link RecordKind#fields()} order, null where the row gives none. */
        void accept(long line, String[] values);

        void reject(Rejection rejection);
    }

    /** One row checked: its values, or why it is rejected. */
    public record Checked(Optional<String[]> values, Optional<Rejection> rejection) {
    }

    private RecordsFile() {
    }

    public static long read(Reader reader, RecordKind kind, ZoneId zone, Map<String, String> mapping, Sink sink)
            throws RefusedFile {
        return CsvRecords.read(reader, mapping, kind::canonical, kind::missing, new CsvRecords.Rows() {
            @Override
            public void row(CSVRecord record, long line, CsvRecords.Columns columns) {
                if (record.size() < columns.expected()) {
                    sink.reject(new Rejection(line, "import.reject.columns", String.valueOf(record.size()), CsvRecords.raw(record)));
                    return;
                }
                Checked checked = check(kind, line, name -> columns.value(record, name), zone);
                if (checked.values().isPresent()) {
                    sink.accept(line, checked.values().get());
                } else {
                    Rejection rejection = checked.rejection().orElseThrow();
                    sink.reject(new Rejection(line, rejection.reason(), rejection.detail(), CsvRecords.raw(record)));
                }
            }

            @Override
            public void unreadable(long line, String text) {
                sink.reject(new Rejection(line, Rejection.UNCLOSED_QUOTE, "", text));
            }
        });
    }

    /** One record given by name (as the API sends it): checked as a file's row is. */
    public static Checked check(RecordKind kind, Map<String, String> values, ZoneId zone) {
        return check(kind, 1, name -> Optional.ofNullable(values.get(name)).map(String::strip).filter(v -> !v.isEmpty())
                .orElse(null), zone);
    }

    private static Checked check(RecordKind kind, long line, Function<String, String> given, ZoneId zone) {
        List<Field> fields = kind.fields();
        String[] values = new String[fields.size()];
        for (int i = 0; i < fields.size(); i++) {
            Field field = fields.get(i);
            String text = given.apply(field.name());
            if (text == null) {
                if (field.required()) {
                    return rejected(line, "import.reject.missing", field.name());
                }
                continue;
            }
            Optional<String> read = text.indexOf('\0') < 0 ? field.reading().read(text, zone) : Optional.empty();
            if (read.isEmpty() && field.tooLong(text)) {
                return rejected(line, "import.reject.textTooLong", field.name() + ": " + text.length() + " > " + field.maxLength());
            }
            if (read.isEmpty()) {
                String allowed = field.allowed().isEmpty() ? "" : " (" + field.allowed() + ")";
                return rejected(line, "import.reject.value", field.name() + " = " + text + allowed);
            }
            values[i] = read.get();
        }
        return new Checked(Optional.of(values), Optional.empty());
    }

    private static Checked rejected(long line, String reason, String detail) {
        return new Checked(Optional.empty(), Optional.of(new Rejection(line, reason, detail, "")));
    }

    /**
     * The kind a header is of: transactions when it names their columns, else the record kind that names the most
     * of its columns (all the required ones); empty when none fits or two fit equally well.
     */
    public static Optional<String> recognise(List<String> header) {
        if (TransactionsFile.recognises(header)) {
            return Optional.of("transactions");
        }
        List<RecordKind> fitting = Arrays.stream(RecordKind.values()).filter(kind -> kind.matches(header) > 0)
                .sorted(Comparator.comparingInt((RecordKind kind) -> kind.matches(header)).reversed()).toList();
        if (fitting.isEmpty() || fitting.size() > 1 && fitting.get(0).matches(header) == fitting.get(1).matches(header)) {
            return Optional.empty();
        }
        return Optional.of(fitting.get(0).code());
    }

    /** A moment as files and the API write it ({@code 2026-01-31}, {@code 2026-01-31T14:30}, …) in the given zone. */
    public static Optional<Instant> time(String text, ZoneId zone) {
        return text == null ? Optional.empty() : TransactionsFile.instant(text.strip(), zone);
    }

    /** The header of a file, read on its own. */
    public static List<String> header(Reader reader) throws RefusedFile {
        return CsvRecords.headerOf(reader);
    }
}
