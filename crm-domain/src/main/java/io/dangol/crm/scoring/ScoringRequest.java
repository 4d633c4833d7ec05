package io.dangol.crm.scoring;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * A request to score: who asks, and optionally "as of" a past moment — only what happened before it counts,
 * and ages are measured to it, so a run can be reproduced (and a calibration period is just an as-of date).
 */
public record ScoringRequest(ScoringTrigger trigger, String startedBy, Optional<Instant> asOf) {

    public ScoringRequest {
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(startedBy, "startedBy");
        Objects.requireNonNull(asOf, "asOf");
    }

    public static ScoringRequest now(ScoringTrigger trigger, String startedBy) {
        return new ScoringRequest(trigger, startedBy, Optional.empty());
    }

    /** As of the end of {@code date} in the business's time zone; a date in the future is refused. */
    public static ScoringRequest asOfEndOf(ScoringTrigger trigger, String startedBy, LocalDate date, ZoneId zone, Instant now) {
        Instant end = date.plusDays(1).atStartOfDay(zone).toInstant();
        if (date.isAfter(LocalDate.ofInstant(now, zone))) {
            throw new IllegalArgumentException("an as-of date cannot be in the future: " + date);
        }
        return new ScoringRequest(trigger, startedBy, Optional.of(end.isAfter(now) ? now : end));
    }
}
