package io.dangol.crm.importing.persistence;

import io.dangol.crm.importing.Rejection;
import io.dangol.crm.persistence.CopyText;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.LongConsumer;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * COPYs a file's accepted rows into its staging table, a megabyte at a time (the JVM holds one buffer, never the
 * file). Rejected rows wait in a temporary file — the connection is busy with COPY — and are COPYed into
 * {@code import_rejection} when the file has been read. Reports the records read every 50,000 for the page.
 */
final class StagingCopy {

    private static final int FLUSH_CHARS = 1 << 20;
    private static final int PROGRESS_EVERY = 50_000;

    private final Connection work;
    private final long runId;
    private final CopyIn copy;
    private final CopyText rows = new CopyText();
    private final CopyText rejected = new CopyText();
    private final LongConsumer progress;
    private long records;
    private BufferedWriter spill;
    private Path spillFile;

    /** {@code copySql}: {@code copy staged (line, …) from stdin}. */
    StagingCopy(Connection work, long runId, String copySql, LongConsumer progress) throws SQLException {
        this.work = work;
        this.runId = runId;
        this.progress = progress;
        this.copy = work.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql);
    }

    /** The row being written: add its values, then {@link #rowDone()}. */
    CopyText row() {
        counted();
        return rows;
    }

    void rowDone() {
        rows.end();
        if (rows.length() >= FLUSH_CHARS) {
            flush();
        }
    }

    void reject(Rejection rejection) {
        counted();
        try {
            if (spill == null) {
                spillFile = Files.createTempFile("dangol-rejections-", ".tsv");
                spill = Files.newBufferedWriter(spillFile, StandardCharsets.UTF_8);
            }
            rejected.add(runId).add(rejection.line()).add(rejection.reason()).add(cut(rejection.detail()))
                    .add(cut(rejection.raw()));
            rejected.end();
            spill.write(rejected.text());
            rejected.clear();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void counted() {
        if (++records % PROGRESS_EVERY == 0) {
            progress.accept(records);
        }
    }

    void finish() throws SQLException {
        flush();
        copy.endCopy();
        if (spill == null) {
            return;
        }
        try {
            spill.close();
            try (Reader in = Files.newBufferedReader(spillFile, StandardCharsets.UTF_8)) {
                work.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("copy import_rejection (run_id, line, reason, detail, raw) from stdin", in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteSpill();
        }
    }

    /** Ends an unfinished COPY, so the transaction can roll back; drops the spilled rejections. */
    void cancel() {
        try {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
            if (spill != null) {
                spill.close();
            }
        } catch (SQLException | IOException e) {
            // the rollback that follows ends the transaction either way
        } finally {
            deleteSpill();
        }
    }

    private void deleteSpill() {
        try {
            if (spillFile != null) {
                Files.deleteIfExists(spillFile);
            }
        } catch (IOException e) {
            // a temporary file left behind is harmless
        }
    }

    static String cut(String text) {
        return text.length() > 1_000 ? text.substring(0, 1_000) : text;
    }

    private void flush() {
        try {
            byte[] bytes = rows.text().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            rows.clear();
        } catch (SQLException e) {
            throw new UncheckedIOException(new IOException("COPY into the staging table failed", e));
        }
    }
}
