package io.dangol.crm.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/** The business's time zone: what "today" means for anniversaries, follow-ups and dates shown to staff. */
public record BusinessZone(ZoneId zone) {

    public BusinessZone {
        Objects.requireNonNull(zone, "zone");
    }

    public LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(zone));
    }
}
