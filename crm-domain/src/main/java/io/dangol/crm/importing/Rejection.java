package io.dangol.crm.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A row that was not imported: its line in the file, why (a message code such as {@code import.reject.date}),
 * the offending value, and the row as it was read — one CSV line of its cells, or, for a record whose quote never
 * closes, its first line as typed.
 */
public record Rejection(long line, String reason, String detail, String raw) {

    /** The reason of a record the CSV parser could not read: a quote that never closes. */
    public static final String UNCLOSED_QUOTE = "import.reject.quote";

    /**
     * The row's cells, for a file a person fixes and imports again: as read, or — for an unclosed quote, whose text
     * is no CSV — the typed line cut at its commas, stray quote kept where it was typed.
     */
    public List<String> cells() {
        if (raw == null || raw.isEmpty()) {
            return List.of();
        }
        if (!UNCLOSED_QUOTE.equals(reason)) {
            try (CSVParser parser = CSVParser.parse(raw, CSVFormat.RFC4180)) {
                List<CSVRecord> records = parser.getRecords();
                if (records.size() == 1) {
                    return records.get(0).toList();
                }
            } catch (IOException | UncheckedIOException | IllegalStateException e) {
                // not one CSV record (a row recorded before rows were kept as CSV): cut at its commas below
            }
        }
        return Arrays.asList(raw.split(",", -1));
    }
}
