package io.dangol.crm.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Importing a file, from the web page or the CLI: refuses what is too large, not text in UTF-8 or CP949, or not a
 * transactions file, before any row is written; otherwise streams it through {@link TransactionImport}. Every
 * attempt is recorded as an import run (a refused one as FAILED with its reason).
 */
public final class ImportingFiles {

    public static final long DEFAULT_MAX_BYTES = 2L * 1024 * 1024 * 1024;

    private final TransactionImport transactions;
    private final ZoneId zone;
    private final long maxBytes;

    public ImportingFiles(TransactionImport transactions, ZoneId zone, long maxBytes) {
        this.transactions = transactions;
        this.zone = zone;
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** {@code kind} is "transactions" or empty (recognised from the header). */
    public ImportOutcome importFile(Path file, String fileName, String kind, String sourceSystem, String startedBy,
                                    Optional<TextEncoding> forced) throws IOException {
        return importFile(file, fileName, kind, sourceSystem, startedBy, forced, java.util.Map.of());
    }

    /** With the file's column names mapped to Dangol's first ({@code masterid → customer_id}). */
    public ImportOutcome importFile(Path file, String fileName, String kind, String sourceSystem, String startedBy,
                                    Optional<TextEncoding> forced, java.util.Map<String, String> columnMapping)
            throws IOException {
        return importFile(file, fileName, kind, sourceSystem, startedBy, forced, columnMapping, run -> { });
    }

    /** As above; {@code started} learns the run's id as soon as it is recorded (the page shows its progress). */
    public ImportOutcome importFile(Path file, String fileName, String kind, String sourceSystem, String startedBy,
                                    Optional<TextEncoding> forced, java.util.Map<String, String> columnMapping,
                                    java.util.function.LongConsumer started) throws IOException {
        String source = sourceSystem == null || sourceSystem.isBlank() ? "import" : sourceSystem.strip();
        if (source.length() > 50) {
            source = source.substring(0, 50);
        }
        long run = transactions.begin(fileName, source, startedBy);
        started.accept(run);
        if (!kind.isBlank() && !kind.equalsIgnoreCase("transactions")) {
            return refuse(run, "import.refused.kind", kind);
        }
        if (Files.size(file) > maxBytes) {
            return refuse(run, "import.refused.tooLarge", String.valueOf(maxBytes / (1024 * 1024)));
        }
        TextEncoding.Detected detected;
        try {
            detected = TextEncoding.detect(() -> open(file), forced);
        } catch (TextEncoding.Unreadable e) {
            return refuse(run, e.reason(), "");
        }
        transactions.detected(run, detected.encoding());
        try (InputStream in = Files.newInputStream(file)) {
            if (detected.byteOrderMark()) {
                in.skipNBytes(3);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, detected.encoding().strictDecoder()), 1 << 16);
            return ImportOutcome.done(transactions.load(run, reader, zone, columnMapping));
        } catch (TransactionsFile.Refused e) {
            return refuse(run, e.reason(), e.detail());
        } catch (RuntimeException | IOException e) {
            transactions.fail(run, "import.failed", String.valueOf(e.getMessage()));
            throw e;
        }
    }

    private ImportOutcome refuse(long run, String reason, String detail) {
        transactions.fail(run, reason, detail);
        return ImportOutcome.refused(run, reason, detail);
    }

    private static InputStream open(Path file) {
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
