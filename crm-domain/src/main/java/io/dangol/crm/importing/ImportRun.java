package io.dangol.crm.importing;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One import of a file: what, from which source system, by whom, when, in which encoding, and how many rows ended
 * where — read = inserted + updated + unchanged + rejected once it has succeeded.
 */
public record ImportRun(long id, String kind, String fileName, String sourceSystem, String startedBy, Instant startedAt,
                        Optional<Instant> finishedAt, ImportStatus status, Optional<String> encoding, long rowsRead,
                        long inserted, long updated, long unchanged, long rejected, Optional<String> error) {

    public ImportRun {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
        Objects.requireNonNull(status, "status");
    }
}
