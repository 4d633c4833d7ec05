package io.dangol.crm.importing;

import io.dangol.crm.shared.SpreadsheetCell;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The record loop every import kind shares: RFC 4180 records streamed one by one (quotes, commas and newlines inside
 * fields), the header read into named columns (the file's names mapped first, then made canonical by the kind),
 * each record handed on with its first line number. An unbalanced quote makes the rest unreadable: that record is
 * reported as such, with its first line as typed, and reading stops. A value Dangol guarded against spreadsheet
 * formulas when it wrote a file ({@code '=…}, {@code '-5000}) is read without the guard, so a rejected-rows file
 * fixed in Excel imports again.
 */
final class CsvRecords {

    /** What a kind does with each record. */
    interface Rows {
        void row(CSVRecord record, long line, Columns columns);

        /** A record that cannot be parsed (an unclosed quote): its first line's text as typed. */
        void unreadable(long line, String text);
    }

    /** The header: a canonical column name → its index, and how many fields a record needs to hold them all. */
    record Columns(Map<String, Integer> index, int expected) {

        boolean has(String name) {
            return index.containsKey(name);
        }

        /** The stripped value of the column in this record, or null when the column is absent or the value blank. */
        String value(CSVRecord record, String name) {
            Integer at = index.get(name);
            if (at == null || at >= record.size()) {
                return null;
            }
            String value = SpreadsheetCell.restore(record.get(at).strip());
            return value.isEmpty() ? null : value;
        }
    }

    private CsvRecords() {
    }

    /**
     * Reads the header, refuses it when {@code missing} names required columns it lacks, then every record;
     * returns how many records were read (each handed to {@code rows} exactly once, as a row or as unreadable).
     */
    static long read(Reader reader, Map<String, String> mapping, UnaryOperator<String> canonical,
                     Function<Columns, List<String>> missing, Rows rows) throws RefusedFile {
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setTrim(true).get();
        long read = 0;
        LineKeepingReader lines = new LineKeepingReader(reader);
        try (CSVParser parser = CSVParser.parse(lines, format)) {
            Iterator<CSVRecord> records = parser.iterator();
            CSVRecord headerRecord;
            try {
                if (!records.hasNext()) {
                    throw new RefusedFile("import.refused.empty", "");
                }
                headerRecord = records.next();
            } catch (UncheckedIOException | IllegalStateException e) {
                throw ImportLimit.behind(e).orElseGet(() -> new RefusedFile("import.refused.headerQuote", ""));
            }
            if (headerRecord.size() > ImportLimit.MAX_COLUMNS) {
                throw new RefusedFile("import.refused.tooManyColumns", String.valueOf(ImportLimit.MAX_COLUMNS));
            }
            Columns columns = header(headerRecord, mapping, canonical);
            List<String> absent = missing.apply(columns);
            if (!absent.isEmpty()) {
                throw new RefusedFile("import.refused.header", String.join(", ", absent));
            }
            long line = parser.getCurrentLineNumber() + 1;
            lines.keepFrom(line);
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    // a row that never ends (its quote never closes) is rejected with the rows before it kept, as any
                    // unreadable row; a file that unpacks to too much is refused as a whole
                    Optional<RefusedFile> limit = ImportLimit.behind(e);
                    if (limit.isPresent() && !limit.get().reason().equals(ImportLimit.RECORD_TOO_LONG)) {
                        throw limit.get();
                    }
                    read++;
                    rows.unreadable(line, lines.firstTextFrom(line));
                    break;
                }
                read++;
                long next = parser.getCurrentLineNumber() + 1;
                rows.row(record, line, columns);
                line = next;
                lines.keepFrom(line);
            }
        } catch (IOException e) {
            Optional<RefusedFile> limit = ImportLimit.behind(e);
            if (limit.isPresent()) {
                throw limit.get();
            }
            throw new UncheckedIOException(e);
        }
        return read;
    }

    /** The header's names, without reading further: how a file's kind is recognised. */
    static List<String> headerOf(Reader reader) throws RefusedFile {
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setTrim(true).get();
        // bounded like the rows: a header whose quote never closes must not read the whole file into memory
        try (CSVParser parser = CSVParser.parse(new LineKeepingReader(reader), format)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw new RefusedFile("import.refused.empty", "");
            }
            return records.next().toList().stream().map(name -> name.replace("\uFEFF", "").strip()).toList();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw ImportLimit.behind(e).orElseGet(() -> new RefusedFile("import.refused.headerQuote", ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Columns header(CSVRecord header, Map<String, String> mapping, UnaryOperator<String> canonical)
            throws RefusedFile {
        Map<String, Integer> columns = new LinkedHashMap<>();
        Map<String, String> mapped = new HashMap<>();
        mapping.forEach((from, to) -> mapped.put(from.strip().toLowerCase(Locale.ROOT), to.strip()));
        for (int i = 0; i < header.size(); i++) {
            String raw = header.get(i).replace("\uFEFF", "").strip();
            String name = canonical.apply(mapped.getOrDefault(raw.toLowerCase(Locale.ROOT), raw));
            if (!name.isEmpty() && columns.putIfAbsent(name, i) != null) {
                throw new RefusedFile("import.refused.duplicateColumn", name);
            }
        }
        int expected = columns.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        return new Columns(columns, expected);
    }

    /** A column name as written, made comparable: no BOM, trimmed, lower case, blanks as underscores. */
    static String clean(String name) {
        return name.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT).replace(' ', '_');
    }

    /** The record as read, as one CSV line (RFC 4180 quoting), for a rejection's report: {@link Rejection#cells} reads it back. */
    static String raw(CSVRecord record) {
        return CSVFormat.RFC4180.format((Object[]) record.values());
    }

}
