package io.dangol.crm.campaign;

import io.dangol.crm.shared.SpreadsheetCell;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The CSV file of a campaign export, as Korean Excel opens it: UTF-8 with a byte order mark, CRLF lines, and
 * every cell that a spreadsheet would read as a formula (starting with {@code = + - @}, a tab or a carriage
 * return) prefixed with an apostrophe.
 */
public final class CampaignFile implements AutoCloseable {

    public static final char BYTE_ORDER_MARK = '\uFEFF';
    static final String[] HEADER = {"customer_id", "name", "stage", "segment", "channel", "address"};

    private final CSVPrinter printer;
    private final String channel;

    private CampaignFile(CSVPrinter printer, String channel) {
        this.printer = printer;
        this.channel = channel;
    }

    /** Starts the file: byte order mark and header. */
    public static CampaignFile start(Appendable out, CampaignExport export) {
        try {
            out.append(BYTE_ORDER_MARK);
            CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180);
            printer.printRecord((Object[]) HEADER);
            return new CampaignFile(printer, export.channel().name());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void add(CampaignRow row) {
        try {
            printer.printRecord(row.customerId(), SpreadsheetCell.neutralise(row.name()), row.stage().name(),
                    row.segment().orElse(""), channel, SpreadsheetCell.neutralise(row.address()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
