package io.dangol.crm.persistence;

import java.time.Instant;

/**
 * Rows in PostgreSQL's COPY text format: tab-separated, {@code \N} for null, backslash escapes. Shared by the
 * adapters that bulk-load (the demo generator, imports).
 */
public final class CopyText {

    private final StringBuilder buffer = new StringBuilder(1 << 16);
    private boolean lineStarted;
    private long rows;

    public CopyText add(String value) {
        separate();
        if (value == null) {
            buffer.append("\\N");
            return this;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> buffer.append("\\\\");
                case '\t' -> buffer.append("\\t");
                case '\n' -> buffer.append("\\n");
                case '\r' -> buffer.append("\\r");
                default -> buffer.append(c);
            }
        }
        return this;
    }

    public CopyText add(long value) {
        separate();
        buffer.append(value);
        return this;
    }

    public CopyText add(boolean value) {
        separate();
        buffer.append(value ? 't' : 'f');
        return this;
    }

    public CopyText add(Instant value) {
        return add(value == null ? null : value.toString());
    }

    public CopyText add(Enum<?> value) {
        return add(value == null ? null : value.name());
    }

    public CopyText add(Integer value) {
        return value == null ? add((String) null) : add(value.longValue());
    }

    public void end() {
        buffer.append('\n');
        lineStarted = false;
        rows++;
    }

    private void separate() {
        if (lineStarted) {
            buffer.append('\t');
        }
        lineStarted = true;
    }

    public long rows() {
        return rows;
    }

    public boolean isEmpty() {
        return rows == 0;
    }

    public String text() {
        return buffer.toString();
    }

    /** Characters buffered so far, to flush in large pieces. */
    public int length() {
        return buffer.length();
    }

    /** Forgets the buffered rows (after they were written), keeping the row count. */
    public void clear() {
        buffer.setLength(0);
        lineStarted = false;
    }
}
