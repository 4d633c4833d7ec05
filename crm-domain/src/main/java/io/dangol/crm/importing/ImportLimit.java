package io.dangol.crm.importing;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A limit a file went past while it was read — more text after decompression than allowed (a gzip bomb), one record
 * longer than any real one (a quote that never closes), more columns or rows than an import takes. Thrown from inside
 * the reading, it refuses the file as a whole: nothing of it is written (the load's transaction rolls back).
 */
public final class ImportLimit extends IOException {

    /** Characters one record may have, across its physical lines: far beyond any real row. */
    public static final int MAX_RECORD_CHARS = 1_000_000;
    static final String RECORD_TOO_LONG = "import.refused.recordTooLong";

    /** Columns a header may have. */
    public static final int MAX_COLUMNS = 500;

    private final String reason;
    private final String detail;

    ImportLimit(String reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
        this.detail = detail;
    }

    RefusedFile refusal() {
        return new RefusedFile(reason, detail);
    }

    /** The refusal behind a reading failure, if a limit caused it. */
    static java.util.Optional<RefusedFile> behind(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ImportLimit limit) {
                return java.util.Optional.of(limit.refusal());
            }
        }
        return java.util.Optional.empty();
    }

    /** The bytes of a decompressed file, refused once they pass {@code max}. */
    static InputStream capped(InputStream in, long max) {
        return new FilterInputStream(in) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    count(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    count(n);
                }
                return n;
            }

            private void count(int n) throws ImportLimit {
                read += n;
                if (read > max) {
                    throw new ImportLimit("import.refused.unpackedTooLarge", String.valueOf(max / (1024 * 1024)));
                }
            }
        };
    }
}
