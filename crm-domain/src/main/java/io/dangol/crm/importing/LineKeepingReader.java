package io.dangol.crm.importing;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;

/**
 * A reader that keeps the text of the physical lines from a given one on, as they pass: when a record cannot be
 * parsed (a quote that never closes swallows the rest of the file), its first line can still be reported as it
 * was typed. Lines end at LF, CR or CRLF, as the CSV parser counts them; a kept line is at most
 * {@value #MAX_LINE} characters and at most {@value #MAX_KEPT} characters are kept in all, so memory stays small
 * whatever the file. A record that goes on for more than {@link ImportLimit#MAX_RECORD_CHARS} characters stops the
 * reading with an {@link ImportLimit}: the parser would otherwise hold it all in memory.
 */
final class LineKeepingReader extends FilterReader {

    static final int MAX_LINE = 10_000;
    static final int MAX_KEPT = 1 << 20;

    private final ArrayDeque<String> kept = new ArrayDeque<>();
    private final StringBuilder current = new StringBuilder();
    private long firstKept = 1;
    private long currentLine = 1;
    private long keepFrom = 1;
    private long keptChars;
    private boolean afterCarriageReturn;
    private long sinceKeepFrom;

    LineKeepingReader(Reader in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        return read(one, 0, 1) < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        for (int i = offset; i < offset + Math.max(read, 0); i++) {
            pass(buffer[i]);
        }
        sinceKeepFrom += Math.max(read, 0);
        if (sinceKeepFrom > ImportLimit.MAX_RECORD_CHARS + (1 << 16)) {
            // one record (the parser reads ahead a buffer at most) longer than any real row: a quote that never closes
            throw new ImportLimit(ImportLimit.RECORD_TOO_LONG, String.valueOf(keepFrom));
        }
        return read;
    }

    private void pass(char c) {
        if (c == '\n' && afterCarriageReturn) {
            afterCarriageReturn = false;
            return;
        }
        afterCarriageReturn = c == '\r';
        if (c == '\n' || c == '\r') {
            endLine();
        } else if (current.length() < MAX_LINE) {
            current.append(c);
        }
    }

    private void endLine() {
        if (currentLine >= keepFrom && keptChars < MAX_KEPT) {
            if (kept.isEmpty()) {
                firstKept = currentLine;
            }
            if (firstKept + kept.size() == currentLine) {
                kept.addLast(current.toString());
                keptChars += current.length();
            }
        }
        current.setLength(0);
        currentLine++;
    }

    /** Lines before {@code line} are no longer needed. */
    void keepFrom(long line) {
        keepFrom = line;
        sinceKeepFrom = 0;
        while (!kept.isEmpty() && firstKept < line) {
            keptChars -= kept.removeFirst().length();
            firstKept++;
        }
    }

    /** The first line from {@code line} on that holds anything (blank lines are skipped as the parser skips them). */
    String firstTextFrom(long line) {
        long at = firstKept;
        for (String text : kept) {
            if (at >= line && !text.isBlank()) {
                return text;
            }
            at++;
        }
        return currentLine >= line ? current.toString() : "";
    }
}
