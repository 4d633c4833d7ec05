package io.dangol.crm.shared;

import java.time.Instant;
import java.util.Optional;

/**
 * A small count every app instance shares (failed sign-ins, an API token's allowance): how many, when last counted,
 * and until when something is held back, if anything.
 */
public record Tally(long count, Instant at, Optional<Instant> until) {

    /** What an absent key reads as: nothing counted, ever. */
    public static final Tally NONE = new Tally(0, Instant.EPOCH, Optional.empty());

    public Tally {
        if (at == null || until == null) {
            throw new IllegalArgumentException("a tally has a time (and an optional hold)");
        }
    }

    public boolean holdsAt(Instant now) {
        return until.map(now::isBefore).orElse(false);
    }
}
