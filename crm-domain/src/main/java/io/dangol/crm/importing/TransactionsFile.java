package io.dangol.crm.importing;

import java.io.Reader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVRecord;

/**
 * The simplest kind any till or shop can export: {@code customer_id,date,amount}, optionally {@code order_id},
 * {@code product}, {@code quantity} — in any order, names case-insensitive (Korean names accepted too). Streams the
 * file record by record (quotes, commas and newlines inside fields as RFC 4180 says); each record becomes a
 * {@link TransactionLine} or a {@link Rejection} with its reason, never both, never neither.
 */
public final class TransactionsFile {

    public static final List<String> REQUIRED = List.of("customer_id", "date", "amount");
    public static final List<String> OPTIONAL = List.of("order_id", "product", "quantity", "unit_price");
    /** A template's columns with the Korean names Korean Excel users write (every one of them is recognised). */
    public static final Map<String, String> KOREAN_NAMES = koreanNames();
    public static final int MAX_TEXT = 200;

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("고객번호", "customer_id"), Map.entry("고객id", "customer_id"), Map.entry("customer", "customer_id"),
            Map.entry("customerid", "customer_id"), Map.entry("날짜", "date"), Map.entry("구매일", "date"),
            Map.entry("금액", "amount"), Map.entry("주문번호", "order_id"), Map.entry("orderid", "order_id"),
            Map.entry("상품", "product"), Map.entry("상품명", "product"), Map.entry("수량", "quantity"),
            Map.entry("단가", "unit_price"), Map.entry("unitprice", "unit_price"), Map.entry("price", "unit_price"),
            Map.entry("invoiceno", "order_id"), Map.entry("invoice", "order_id"), Map.entry("invoicedate", "date"),
            Map.entry("description", "product"));
    private static final List<DateTimeFormatter> DATE_TIMES = List.of(
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]"), DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm[:ss]"),
            DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm[:ss]"), DateTimeFormatter.ofPattern("yyyy.MM.dd HH:mm[:ss]"),
            DateTimeFormatter.ofPattern("M/d/yyyy H:mm[:ss]"));
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.BASIC_ISO_DATE, DateTimeFormatter.ofPattern("yyyy/MM/dd"), DateTimeFormatter.ofPattern("yyyy.MM.dd"));

    /** Receives each record's outcome, in file order. */
    public interface Sink {
        void accept(TransactionLine line);

        void reject(Rejection rejection);
    }

    private TransactionsFile() {
    }

    private static Map<String, String> koreanNames() {
        Map<String, String> names = new java.util.LinkedHashMap<>();
        names.put("customer_id", "고객번호");
        names.put("date", "날짜");
        names.put("amount", "금액");
        names.put("order_id", "주문번호");
        names.put("product", "상품명");
        names.put("quantity", "수량");
        return java.util.Collections.unmodifiableMap(names);
    }

    /** True when a header names the required columns: how the kind is recognised. */
    public static boolean recognises(List<String> header) {
        List<String> names = header.stream().map(TransactionsFile::canonical).toList();
        return names.contains("customer_id") && names.contains("date")
                && (names.contains("amount") || names.contains("unit_price"));
    }

    /** Reads the whole file into the sink; returns the number of records read (accepted + rejected). */
    public static long read(Reader reader, ZoneId zone, Sink sink) throws RefusedFile {
        return read(reader, zone, Map.of(), sink);
    }

    /**
     * As {@link #read(Reader, ZoneId, Sink)}, with the file's own column names mapped to ours first
     * ({@code masterid → customer_id}, say), for exports whose names no alias knows.
     */
    public static long read(Reader reader, ZoneId zone, Map<String, String> mapping, Sink sink) throws RefusedFile {
        return CsvRecords.read(reader, mapping, TransactionsFile::canonical, TransactionsFile::missing, new CsvRecords.Rows() {
            @Override
            public void row(CSVRecord record, long line, CsvRecords.Columns columns) {
                check(record, line, columns, zone, sink);
            }

            @Override
            public void unreadable(long line, String text) {
                sink.reject(new Rejection(line, Rejection.UNCLOSED_QUOTE, "", text));
            }
        });
    }

    private static List<String> missing(CsvRecords.Columns columns) {
        return REQUIRED.stream()
                .filter(name -> !columns.has(name) && !(name.equals("amount") && columns.has("unit_price")))
                .toList();
    }

    static String canonical(String name) {
        String clean = CsvRecords.clean(name);
        return ALIASES.getOrDefault(clean, ALIASES.getOrDefault(clean.replace("_", ""), clean));
    }

    private static void check(CSVRecord record, long line, CsvRecords.Columns columns, ZoneId zone, Sink sink) {
        if (record.size() < columns.expected()) {
            sink.reject(new Rejection(line, "import.reject.columns", String.valueOf(record.size()), CsvRecords.raw(record)));
            return;
        }
        check(line, name -> columns.value(record, name), columns.has("amount"), zone, sink, () -> CsvRecords.raw(record));
    }

    /**
     * One row given by name, as a channel system sends an order line ({@code customer_id}, {@code date},
     * {@code amount} or {@code unit_price}, {@code order_id}, {@code product}, {@code quantity}): checked by the very
     * rules a file's row is.
     */
    public static void check(long line, Map<String, String> values, ZoneId zone, Sink sink) {
        check(line, name -> Optional.ofNullable(values.get(name)).map(String::strip).filter(v -> !v.isEmpty()).orElse(null),
                values.containsKey("amount"), zone, sink, () -> "");
    }

    /** {@code value} gives a column's stripped value or null; {@code raw} the row as read, for a rejection. */
    private static void check(long line, Function<String, String> value, boolean byAmount, ZoneId zone, Sink sink,
                              Supplier<String> raw) {
        String customer = Optional.ofNullable(value.apply("customer_id")).orElse("");
        if (customer.isEmpty() || customer.length() > MAX_TEXT) {
            sink.reject(new Rejection(line, "import.reject.customer", customer, raw.get()));
            return;
        }
        String dateText = Optional.ofNullable(value.apply("date")).orElse("");
        Optional<Instant> at = instant(dateText, zone);
        if (at.isEmpty()) {
            sink.reject(new Rejection(line, "import.reject.date", dateText, raw.get()));
            return;
        }
        String quantityText = Optional.ofNullable(value.apply("quantity")).orElse("1");
        int quantity;
        try {
            quantity = Integer.parseInt(quantityText.replace(",", ""));
        } catch (NumberFormatException e) {
            quantity = 0;
        }
        if (quantity < 1 || quantity > 1_000_000) {
            sink.reject(new Rejection(line, "import.reject.quantity", quantityText, raw.get()));
            return;
        }
        String amountText = Optional.ofNullable(value.apply(byAmount ? "amount" : "unit_price")).orElse("");
        Optional<BigDecimal> amount = amount(amountText);
        if (amount.isEmpty()) {
            sink.reject(new Rejection(line, byAmount ? "import.reject.amount" : "import.reject.unitPrice", amountText, raw.get()));
            return;
        }
        if (!byAmount) {
            amount = Optional.of(amount.get().multiply(BigDecimal.valueOf(quantity)));
            if (amount.get().precision() - amount.get().scale() > 12) {
                sink.reject(new Rejection(line, "import.reject.amount", amount.get().toPlainString(), raw.get()));
                return;
            }
        }
        String order = Optional.ofNullable(value.apply("order_id")).orElse(customer + "@" + dateText);
        String product = Optional.ofNullable(value.apply("product")).orElse("");
        if (order.length() > MAX_TEXT || product.length() > MAX_TEXT) {
            sink.reject(new Rejection(line, "import.reject.tooLong", "", raw.get()));
            return;
        }
        if ((customer + order + product).indexOf('\0') >= 0) { // a file with NUL bytes is refused whole; the API is not
            sink.reject(new Rejection(line, "import.reject.value", "NUL", raw.get()));
            return;
        }
        sink.accept(new TransactionLine(line, customer, at.get(), amount.get(), order, product, quantity));
    }

    static Optional<Instant> instant(String text, ZoneId zone) {
        for (DateTimeFormatter format : DATE_TIMES) {
            if (parses(format, text)) {
                try {
                    return Optional.of(LocalDateTime.parse(text, format).atZone(zone).toInstant());
                } catch (DateTimeParseException e) {
                    return Optional.empty();
                }
            }
        }
        for (DateTimeFormatter format : DATES) {
            if (parses(format, text)) {
                try {
                    LocalDate date = LocalDate.parse(text, format);
                    if (date.getYear() < 1900 || date.getYear() > 2200) {
                        return Optional.empty();
                    }
                    return Optional.of(date.atStartOfDay(zone).toInstant());
                } catch (DateTimeParseException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the text has the format's shape, found without the cost of an exception per row. */
    private static boolean parses(DateTimeFormatter format, String text) {
        java.text.ParsePosition position = new java.text.ParsePosition(0);
        return format.parseUnresolved(text, position) != null && position.getErrorIndex() < 0
                && position.getIndex() == text.length();
    }

    static Optional<BigDecimal> amount(String text) {
        String clean = text.replace(",", "").replace("₩", "").replace("원", "").strip();
        try {
            BigDecimal value = new BigDecimal(clean);
            if (value.signum() < 0 || value.scale() > 2 || value.precision() - value.scale() > 12) {
                return Optional.empty();
            }
            return Optional.of(value);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

}
