package io.dangol.crm.importing;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * FAILED with its reason).
 */
public final class ImportingFiles {

    public static final long DEFAULT_MAX_BYTES = 2L * 1024 * 1024 * 1024;

    private final TransactionImport transactions;
    private final RecordImport records;
    private final ZoneId zone;
    private final long maxBytes;

    public ImportingFiles(TransactionImport transactions, RecordImport records, ZoneId zone, long maxBytes) {
        this.transactions = transactions;
        this.records = records;
        this.zone = zone;
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** A file as it is, with nothing mapped, nobody waiting for the run's id (the tests, the simplest callers). */
    public ImportOutcome importFile(Path file, String fileName, String kind, String sourceSystem, String startedBy,
                                    Optional<TextEncoding> forced) throws IOException {
        return importFile(file, fileName, kind, sourceSystem, startedBy, forced, Map.of(), run -> { });
    }

    /**
     * Imports a file of a kind — "transactions" (or "orders"), a {@link RecordKind}'s code, or empty: recognised from
     * the header — with the file's column names mapped to Dangol's first ({@code masterid → customer_id});
     * {@code started} learns the run's id as soon as it is recorded (the page shows its progress).
     */
    public ImportOutcome importFile(Path file, String fileName, String kind, String sourceSystem, String startedBy,
                                    Optional<TextEncoding> forced, Map<String, String> columnMapping,
                                    LongConsumer started) throws IOException {
        String source = sourceSystem == null || sourceSystem.isBlank() ? "import" : sourceSystem.strip();
        if (source.length() > 50) {
            source = source.substring(0, 50);
        }
        long run = transactions.begin(fileName, source, startedBy);
        started.accept(run);
        boolean transactionsKind = kind.equalsIgnoreCase("transactions") || kind.equalsIgnoreCase("orders");
        Optional<RecordKind> recordKind = RecordKind.parse(kind);
        if (!kind.isBlank() && !transactionsKind && recordKind.isEmpty()) {
            return refuse(run, "import.refused.kind", kind);
        }
        if (Files.size(file) > maxBytes) {
            return refuse(run, "import.refused.tooLarge", String.valueOf(maxBytes / (1024 * 1024)));
        }
        boolean gzipped = gzipped(file);
        TextEncoding.Detected detected;
        try {
            detected = TextEncoding.detect(() -> open(file, gzipped), forced);
        } catch (TextEncoding.Unreadable e) {
            return refuse(run, e.reason(), "");
        } catch (IOException | UncheckedIOException e) {
            if (gzipped) {
                return refuse(run, "import.refused.compressed", "");
            }
            throw e;
        }
        try {
            String code = transactionsKind ? "transactions" : recordKind.map(RecordKind::code).orElse("");
            if (code.isEmpty()) {
                List<String> header;
                try (BufferedReader reader = reader(file, gzipped, detected)) {
                    header = RecordsFile.header(reader);
                }
                Map<String, String> mapped = new HashMap<>();
                columnMapping.forEach((theirs, ours) -> mapped.put(theirs.strip().toLowerCase(Locale.ROOT), ours));
                code = RecordsFile.recognise(header.stream()
                        .map(name -> mapped.getOrDefault(name.toLowerCase(Locale.ROOT), name)).toList()).orElse("");
                if (code.isEmpty()) {
                    return refuse(run, "import.refused.unknownKind", String.join(", ", header));
                }
            }
            transactions.detected(run, code, detected.encoding());
            try (BufferedReader reader = reader(file, gzipped, detected)) {
                Optional<RecordKind> of = RecordKind.parse(code);
                return ImportOutcome.done(of.isPresent()
                        ? records.load(run, of.get(), reader, zone, columnMapping)
                        : transactions.load(run, reader, zone, columnMapping));
            }
        } catch (RefusedFile e) {
            return refuse(run, e.reason(), e.detail());
        } catch (RuntimeException | IOException e) {
            transactions.fail(run, "import.failed", String.valueOf(e.getMessage()));
            throw e;
        }
    }

    private static BufferedReader reader(Path file, boolean gzipped, TextEncoding.Detected detected) throws IOException {
        InputStream in = bytes(file, gzipped);
        if (detected.byteOrderMark()) {
            in.skipNBytes(3);
        }
        return new BufferedReader(new InputStreamReader(in, detected.encoding().strictDecoder()), 1 << 16);
    }

    private ImportOutcome refuse(long run, String reason, String detail) {
        transactions.fail(run, reason, detail);
        return ImportOutcome.refused(run, reason, detail);
    }

    private static InputStream open(Path file, boolean gzipped) {
        try {
            return bytes(file, gzipped);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's bytes — decompressed as they are read when it is gzipped ({@code sales.csv.gz}). */
    private static InputStream bytes(Path file, boolean gzipped) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        return gzipped ? new GZIPInputStream(in, 1 << 16) : in;
    }

    /** Whether the file starts as gzip does (1f 8b), whatever its name. */
    private static boolean gzipped(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(2);
            return magic.length == 2 && (magic[0] & 0xFF) == 0x1F && (magic[1] & 0xFF) == 0x8B;
        }
    }
}
