package io.dangol.crm.demo.persistence;

import java.time.Instant;

/** Rows in PostgreSQL's COPY text format: tab-separated, {@code \N} for null, backslash escapes. */
final class CopyText {

    private final StringBuilder buffer = new StringBuilder(1 << 16);
    private boolean lineStarted;
    private long rows;

    CopyText add(String value) {
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

    CopyText add(long value) {
        separate();
        buffer.append(value);
        return this;
    }

    CopyText add(boolean value) {
        separate();
        buffer.append(value ? 't' : 'f');
        return this;
    }

    CopyText add(Instant value) {
        return add(value == null ? null : value.toString());
    }

    CopyText add(Enum<?> value) {
        return add(value == null ? null : value.name());
    }

    CopyText add(Integer value) {
        return value == null ? add((String) null) : add(value.longValue());
    }

    void end() {
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

    long rows() {
        return rows;
    }

    boolean isEmpty() {
        return rows == 0;
    }

    String text() {
        return buffer.toString();
    }
}
