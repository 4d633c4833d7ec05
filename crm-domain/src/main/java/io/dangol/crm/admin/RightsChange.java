package io.dangol.crm.admin;

import java.time.Instant;
import java.util.Objects;

/** One change of a user's rights, kept for good: who did what to whom, and when. */
public record RightsChange(Instant at, String actor, String username, RightsChangeKind kind, String detail) {

    public RightsChange {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(kind, "kind");
        detail = detail == null ? "" : detail;
    }
}
