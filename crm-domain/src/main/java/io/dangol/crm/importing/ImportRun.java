package io.dangol.crm.importing;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One import of a file: what, by whom, when, and how many rows ended where. */
public record ImportRun(long id, String kind, String fileName, String startedBy, Instant startedAt,
                        Optional<Instant> finishedAt, ImportStatus status, long rowsRead, long inserted,
                        long updated, long rejected) {

    public ImportRun {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
        Objects.requireNonNull(status, "status");
    }
}
