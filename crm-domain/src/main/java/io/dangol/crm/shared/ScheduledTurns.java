package io.dangol.crm.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Scheduled jobs run on one app instance: every instance's scheduler fires at the job's time, and the first to claim
 * the job for that minute runs it; the others find it claimed and skip. (Schedules fire at most once a minute.) A
 * claim is a {@link Tally} in the database: the minute last claimed, and how many times the job was claimed.
 */
public final class ScheduledTurns {

    private final Tallies tallies;
    private final Clock clock;

    public ScheduledTurns(Tallies tallies, Clock clock) {
        this.tallies = tallies;
        this.clock = clock;
    }

    /** True for exactly one caller across the instances for this job in this minute. */
    public boolean claim(String job) {
        Instant minute = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        boolean[] ours = {false};
        tallies.change(List.of("scheduled:" + job), (key, last) -> {
            if (!last.at().isBefore(minute)) {
                return last;
            }
            ours[0] = true;
            return new Tally(last.count() + 1, minute, Optional.empty());
        });
        return ours[0];
    }
}
