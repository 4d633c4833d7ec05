package io.dangol.crm.importing;

import io.dangol.crm.retention.RetentionCases;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;

/**
 * One record as a channel system sends it (the REST API): it goes the way a file's row goes — the same checks
 * ({@link RecordsFile#check}, {@link TransactionsFile#check}), the same upsert keyed by (source system, id) — so the
 * API and the import never disagree; a retention contact marks the customer's open retention case contacted, as on
 * the customer page and in a contacts file.
 */
public final class ImportRecord {

    public static final int MAX_LINES = 1_000;

    /**
     * An order with its lines, each by import column name ({@code product}, {@code quantity}, {@code amount} or
     * {@code unit_price}).
     */
    public record Order(String sourceSystem, String orderId, String customerId, String orderedAt,
                        List<Map<String, String>> lines) { }

    private final TransactionImport transactions;
    private final RecordImport records;
    private final RetentionCases retention;
    private final ZoneId zone;
    private final Clock clock;

    public ImportRecord(TransactionImport transactions, RecordImport records, RetentionCases retention, ZoneId zone,
                        Clock clock) {
        this.transactions = transactions;
        this.records = records;
        this.retention = retention;
        this.zone = zone;
        this.clock = clock;
    }

    /** A record of a kind, its fields by import column name (missing or null ones left out). */
    public RecordWrite handle(RecordKind kind, String sourceSystem, Map<String, String> fields) {
        RecordsFile.Checked checked = RecordsFile.check(kind, fields, zone);
        if (checked.rejection().isPresent()) {
            return RecordWrite.rejected(checked.rejection().get());
        }
        RecordWrite written = records.write(kind, sourceSystem, checked.values().orElseThrow());
        if (kind == RecordKind.CONTACTS && written.rejection().isEmpty()) {
            retention.contactedByRetentionContacts(clock.instant());
        }
        return written;
    }

    /** An order and its lines, all of one customer; each line checked as a transactions row. */
    public RecordWrite handle(Order order) {
        if (RecordsFile.time(order.orderedAt(), zone).isEmpty()) {
            return rejected("import.reject.value", "orderedAt = " + order.orderedAt());
        }
        if (order.lines() == null || order.lines().isEmpty() || order.lines().size() > MAX_LINES) {
            return rejected("api.problem.lines", String.valueOf(MAX_LINES));
        }
        List<TransactionLine> lines = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        for (int i = 0; i < order.lines().size() && rejections.isEmpty(); i++) {
            Map<String, String> row = new LinkedHashMap<>(order.lines().get(i));
            row.put("customer_id", order.customerId());
            row.put("date", order.orderedAt());
            row.put("order_id", order.orderId());
            row.values().removeIf(value -> value == null);
            String where = "lines[" + i + "]";
            TransactionsFile.check(i + 1, row, zone, new TransactionsFile.Sink() {
                @Override
                public void accept(TransactionLine checked) {
                    lines.add(checked);
                }

                @Override
                public void reject(Rejection rejection) {
                    rejections.add(new Rejection(rejection.line(), rejection.reason(), where + ": " + rejection.detail(), ""));
                }
            });
        }
        if (!rejections.isEmpty()) {
            return RecordWrite.rejected(rejections.get(0));
        }
        return transactions.write(order.sourceSystem(), lines);
    }

    private static RecordWrite rejected(String reason, String detail) {
        return RecordWrite.rejected(new Rejection(1, reason, detail, ""));
    }
}
