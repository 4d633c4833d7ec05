package io.dangol.crm.importing;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One import of a file: what, from which source system, by whom, when, in which encoding, and how many rows ended
 * where — read = inserted + updated + unchanged + rejected once it has succeeded. While it runs, once its rows are
 * read, {@code phase} says what it writes ({@code customers}, {@code orders}, {@code lines}, or {@code records}).
 * {@code kindChosen}: the kind was chosen at upload, not recognised from the file's header; a kind of {@code auto}
 * was never told (the file was refused first).
 */
public record ImportRun(long id, String kind, String fileName, String sourceSystem, String startedBy, Instant startedAt,
                        Optional<Instant> finishedAt, ImportStatus status, Optional<String> encoding, long rowsRead,
                        long inserted, long updated, long unchanged, long rejected, Optional<String> error,
                        Optional<String> phase, boolean kindChosen) {

    public ImportRun {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
        Objects.requireNonNull(status, "status");
    }

    /** Whether the run's kind is known: chosen, or recognised from the header before anything refused the file. */
    public boolean kindKnown() {
        return !"auto".equals(kind);
    }

    /** For a refused file: the message code of the reason ({@code import.refused.header}). */
    public Optional<String> refusal() {
        return error.filter(e -> e.startsWith("import.refused.")).map(e -> e.contains("|") ? e.substring(0, e.indexOf('|')) : e);
    }

    /** What the refusal is about (the missing columns, the size limit), or empty text. */
    public String refusalDetail() {
        return error.filter(e -> e.startsWith("import.refused.") && e.contains("|")).map(e -> e.substring(e.indexOf('|') + 1))
                .orElse("");
    }
}
