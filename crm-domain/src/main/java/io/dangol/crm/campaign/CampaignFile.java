package io.dangol.crm.campaign;

import io.dangol.crm.consent.ConsentChannel;
import io.dangol.crm.shared.PhoneNumber;
import io.dangol.crm.shared.SpreadsheetFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The CSV file of a campaign export, as Korean Excel opens it: UTF-8 with a byte order mark, CRLF lines, and
 * every cell that a spreadsheet would read as a formula (starting with {@code = + - @}, a tab or a carriage
 * return) prefixed with an apostrophe.
 */
public final class CampaignFile implements AutoCloseable {

    public static final char BYTE_ORDER_MARK = '\uFEFF';
    private final SpreadsheetFile file;
    private final CampaignHeadings headings;
    private final boolean byPhone;
    private final String channel;
    private final PhoneFormat phones;

    private CampaignFile(SpreadsheetFile file, CampaignHeadings headings, CampaignExport export, PhoneFormat phones) {
        this.file = file;
        this.headings = headings;
        this.phones = phones;
        this.byPhone = export.channel() == ConsentChannel.SMS || export.channel() == ConsentChannel.PHONE;
        this.channel = headings.channel(export.channel());
    }

    /** Starts the file with codes for its header and values, phones as {@code 010-1234-5678}. */
    public static CampaignFile start(Appendable out, CampaignExport export) {
        return start(out, export, CampaignHeadings.CODES, PhoneFormat.DASHED);
    }

    /** Starts the file: byte order mark and header, named as the headings say; phones written as {@code phones} says. */
    public static CampaignFile start(Appendable out, CampaignExport export, CampaignHeadings headings, PhoneFormat phones) {
        try {
            SpreadsheetFile file = SpreadsheetFile.on(out, true);
            file.row(headings.header());
            return new CampaignFile(file, headings, export, phones);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void add(CampaignRow row) {
        try {
            file.row(row.customerId(), row.name(), headings.stage(row.stage()),
                    row.segment().map(headings::segment).orElse(""), channel, address(row.address()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A phone in the form a Korean sending system expects ({@code 010-1234-5678} or, as the settings say, digits only,
     * whether it was recorded as {@code +821012345678} or typed with dashes; a foreign number in E.164) — never with a
     * formula guard, which a phone number does not need; any other address guarded where it could start a formula.
     */
    private Object address(String address) {
        if (byPhone) {
            Optional<PhoneNumber> phone = PhoneNumber.tryParse(address);
            if (phone.isPresent()) {
                return new SpreadsheetFile.Verbatim(phones.write(phone.get()));
            }
        }
        return address;
    }

    @Override
    public void close() {
        try {
            file.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
