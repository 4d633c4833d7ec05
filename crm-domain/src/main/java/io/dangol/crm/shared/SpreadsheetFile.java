package io.dangol.crm.shared;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one way Dangol writes a CSV file that staff open in a spreadsheet (campaign files, rejected rows, the
 * re-confirmation list, a customer's data export): RFC 4180 by Commons CSV, and every text cell guarded by
 * {@link SpreadsheetCell#neutralise}, so a name, a note or a reason taken from a file or a form can never be read as a
 * formula. Numbers are written as numbers; {@code null} as an empty cell.
 */
public final class SpreadsheetFile implements Closeable, Flushable {

    private final CSVPrinter printer;

    private SpreadsheetFile(CSVPrinter printer) {
        this.printer = printer;
    }

    /** A file on {@code out}; with {@code byteOrderMark}, Excel opens its UTF-8 as UTF-8. */
    public static SpreadsheetFile on(Appendable out, boolean byteOrderMark) throws IOException {
        if (byteOrderMark) {
            out.append('\uFEFF');
        }
        return new SpreadsheetFile(new CSVPrinter(out, CSVFormat.RFC4180));
    }

    public void row(Object... cells) throws IOException {
        row(Arrays.asList(cells));
    }

    public void row(Iterable<?> cells) throws IOException {
        List<Object> guarded = new ArrayList<>();
        for (Object cell : cells) {
            guarded.add(guard(cell));
        }
        printer.printRecord(guarded);
    }

    /**
     * A cell written as it is: only for text Dangol made itself that cannot carry a formula — a phone number formatted by
     * libphonenumber ({@code +1 650-253-0000}), which a guard would spoil.
     */
    public record Verbatim(String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    static Object guard(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Number || cell instanceof Verbatim) {
            return cell.toString();
        }
        return SpreadsheetCell.neutralise(cell.toString());
    }

    @Override
    public void flush() throws IOException {
        printer.flush();
    }

    /** Flushes; the stream underneath stays open (it may be a zip entry or a response). */
    @Override
    public void close() throws IOException {
        printer.flush();
    }
}
