package io.dangol.crm.importing;

import io.dangol.crm.retention.RetentionCases;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.zip.GZIPInputStream;

/**
 * Importing a file, from the web page or the CLI: refuses what is too large, not text in UTF-8 or CP949 (a gzipped
 * file is read decompressed), or of no kind its header tells, before any row is written; otherwise streams it through
 * {@link TransactionImport} or {@link RecordImport}. Every attempt is recorded as an import run (a refused one as
 * FAILED with its reason). Retention contacts in a contacts file mark their customers' open retention cases
 * contacted, as a retention contact logged on the customer page does.
 */
public final class ImportFile {

    public static final long DEFAULT_MAX_BYTES = 2L * 1024 * 1024 * 1024;
    static final int MAX_SOURCE = 50;
    static final long UNPACKED_RATIO = 50;
    static final long UNPACKED_FLOOR = 256L * 1024 * 1024;

    /**
     * @param kind          "transactions" (or "orders"), a {@link RecordKind}'s code, or empty: recognised from the header
     * @param columnMapping the file's column names mapped to Dangol's ({@code masterid → customer_id}), applied first
     */
    public record Command(Path file, String fileName, String kind, String sourceSystem, String startedBy,
                          Optional<TextEncoding> forcedEncoding, Map<String, String> columnMapping) {

        public Command {
            kind = kind == null ? "" : kind.strip();
            columnMapping = Map.copyOf(columnMapping);
        }

        /** The source system as recorded: "import" when none is given, at most 50 characters. */
        String source() {
            String source = sourceSystem == null || sourceSystem.isBlank() ? "import" : sourceSystem.strip();
            return source.length() > MAX_SOURCE ? source.substring(0, MAX_SOURCE) : source;
        }

        /** The kind chosen at upload, by its code, when it is one Dangol imports; empty for "recognise from the header". */
        Optional<String> chosenKind() {
            return transactionsKind() ? Optional.of("transactions") : RecordKind.parse(kind).map(RecordKind::code);
        }

        boolean transactionsKind() {
            return kind.equalsIgnoreCase("transactions") || kind.equalsIgnoreCase("orders");
        }
    }

    private final TransactionImport transactions;
    private final RecordImport records;
    private final RetentionCases retention;
    private final ZoneId zone;
    private final long maxBytes;
    private final Clock clock;
    private final RecordsArrived arrived;

    /**
     * What runs once a file brought records in, by kind (empty: a transactions file): the duplicate job after customers
     * arrived, so they are compared with everyone; the voice classifier after feedback arrived, to suggest categories.
     */
    @FunctionalInterface
    public interface RecordsArrived {
        void after(ImportRun run, Optional<RecordKind> kind);
    }

    public ImportFile(TransactionImport transactions, RecordImport records, RetentionCases retention, ZoneId zone,
                      long maxBytes, Clock clock) {
        this(transactions, records, retention, zone, maxBytes, clock, (run, kind) -> { });
    }

    public ImportFile(TransactionImport transactions, RecordImport records, RetentionCases retention, ZoneId zone,
                      long maxBytes, Clock clock, RecordsArrived arrived) {
        this.transactions = transactions;
        this.records = records;
        this.retention = retention;
        this.zone = zone;
        this.maxBytes = maxBytes;
        this.clock = clock;
        this.arrived = arrived;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Text a gzipped file may unpack to at most: ten times the largest file taken. */
    long unpackedLimit() {
        return maxBytes > Long.MAX_VALUE / 10 ? Long.MAX_VALUE : maxBytes * 10;
    }

    /**
     * Text this gzipped file may unpack to: a real CSV compresses 5 to 20 fold, a bomb a thousandfold — so at most 50
     * times its own size (never less than {@value #UNPACKED_FLOOR} bytes, for small files), and never more than
     * {@link #unpackedLimit()}.
     */
    long unpackedLimit(long compressed) {
        long byRatio = compressed > Long.MAX_VALUE / UNPACKED_RATIO ? Long.MAX_VALUE : compressed * UNPACKED_RATIO;
        return Math.min(unpackedLimit(), Math.max(UNPACKED_FLOOR, byRatio));
    }

    /** A file as it is, with nothing mapped, nobody waiting for the run's id (the tests, the simplest callers). */
    public ImportOutcome handle(Path file, String fileName, String kind, String sourceSystem, String startedBy,
                                Optional<TextEncoding> forced) throws IOException {
        return handle(new Command(file, fileName, kind, sourceSystem, startedBy, forced, Map.of()), run -> { });
    }

    /** Imports the file; {@code started} learns the run's id as soon as it is recorded (the page shows its progress). */
    public ImportOutcome handle(Command command, LongConsumer started) throws IOException {
        long run = transactions.begin(command.fileName(), command.source(), command.startedBy(), command.chosenKind());
        started.accept(run);
        try {
            return load(run, command);
        } catch (RefusedFile e) {
            return refuse(run, e.reason(), e.detail());
        } catch (RuntimeException | IOException e) {
            // the page shows the error number; the detail stays here, in the server's log
            System.getLogger(ImportFile.class.getName()).log(System.Logger.Level.ERROR, "import-" + run + " failed", e);
            transactions.fail(run, "import.failed", String.valueOf(e.getMessage()));
            throw e;
        }
    }

    private ImportOutcome load(long run, Command command) throws IOException, RefusedFile {
        Optional<RecordKind> recordKind = RecordKind.parse(command.kind());
        if (!command.kind().isEmpty() && !command.transactionsKind() && recordKind.isEmpty()) {
            throw new RefusedFile("import.refused.kind", command.kind());
        }
        if (Files.size(command.file()) > maxBytes) {
            throw new RefusedFile("import.refused.tooLarge", String.valueOf(maxBytes / (1024 * 1024)));
        }
        Source source = Source.of(command.file(), command.forcedEncoding(), unpackedLimit(Files.size(command.file())));
        List<String> header;
        try (BufferedReader reader = source.reader()) {
            header = RecordsFile.header(reader);
        }
        String code = command.transactionsKind() ? "transactions"
                : recordKind.isPresent() ? recordKind.get().code() : recognise(header, command.columnMapping());
        transactions.detected(run, code, source.encoding.encoding(), header);
        Optional<RecordKind> of = RecordKind.parse(code);
        ImportReport report;
        try (BufferedReader reader = source.reader()) {
            report = of.isPresent()
                    ? records.load(run, of.get(), reader, zone, command.columnMapping())
                    : transactions.load(run, reader, zone, command.columnMapping());
        }
        if (of.isPresent() && of.get() == RecordKind.CONTACTS) {
            retention.contactedByRetentionContacts(clock.instant());
        }
        if (report.run().inserted() + report.run().updated() > 0) {
            arrived.after(report.run(), of);
        }
        return ImportOutcome.done(report);
    }

    /** The kind the file's header (its names mapped first) tells; refused when it tells none. */
    private static String recognise(List<String> header, Map<String, String> columnMapping) throws RefusedFile {
        Map<String, String> mapped = new HashMap<>();
        columnMapping.forEach((theirs, ours) -> mapped.put(theirs.strip().toLowerCase(Locale.ROOT), ours));
        Optional<String> code = RecordsFile.recognise(header.stream()
                .map(name -> mapped.getOrDefault(name.toLowerCase(Locale.ROOT), name)).toList());
        if (code.isEmpty()) {
            throw new RefusedFile("import.refused.unknownKind", String.join(", ", header));
        }
        return code.get();
    }

    private ImportOutcome refuse(long run, String reason, String detail) {
        transactions.fail(run, reason, detail);
        return ImportOutcome.refused(run, reason, detail);
    }

    /** The file to read: whether it is gzipped (told once, by its first bytes) and the encoding of its text. */
    private record Source(Path file, boolean gzipped, TextEncoding.Detected encoding, long maxUnpacked) {

        static Source of(Path file, Optional<TextEncoding> forced, long maxUnpacked) throws IOException, RefusedFile {
            boolean gzipped = gzipped(file);
            try {
                return new Source(file, gzipped, TextEncoding.detect(() -> open(file, gzipped, maxUnpacked), forced), maxUnpacked);
            } catch (TextEncoding.Unreadable e) {
                throw new RefusedFile(e.reason(), "");
            } catch (IOException | UncheckedIOException e) {
                Optional<RefusedFile> limit = ImportLimit.behind(e);
                if (limit.isPresent()) {
                    throw limit.get();
                }
                if (gzipped) {
                    throw new RefusedFile("import.refused.compressed", "");
                }
                throw e;
            }
        }

        BufferedReader reader() throws IOException {
            InputStream in = bytes(file, gzipped, maxUnpacked);
            if (encoding.byteOrderMark()) {
                in.skipNBytes(3);
            }
            return new BufferedReader(new InputStreamReader(in, encoding.encoding().strictDecoder()), 1 << 16);
        }

        private static InputStream open(Path file, boolean gzipped, long maxUnpacked) {
            try {
                return bytes(file, gzipped, maxUnpacked);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * The file's bytes — decompressed as they are read when it is gzipped ({@code sales.csv.gz}), and refused once
         * the decompressed text passes {@code maxUnpacked} (a gzip bomb).
         */
        private static InputStream bytes(Path file, boolean gzipped, long maxUnpacked) throws IOException {
            InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
            return gzipped ? ImportLimit.capped(new GZIPInputStream(in, 1 << 16), maxUnpacked) : in;
        }

        /** Whether the file starts as gzip does (1f 8b), whatever its name. */
        private static boolean gzipped(Path file) throws IOException {
            try (InputStream in = Files.newInputStream(file)) {
                byte[] magic = in.readNBytes(2);
                return magic.length == 2 && (magic[0] & 0xFF) == 0x1F && (magic[1] & 0xFF) == 0x8B;
            }
        }
    }
}
