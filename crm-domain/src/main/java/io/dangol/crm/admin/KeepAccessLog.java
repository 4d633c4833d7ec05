package io.dangol.crm.admin;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;

/**
 * Retention of the access log (PIPA safety standard art. 8: at least two years) and of the record of rights changes
 * (at least three): run nightly, it removes what is older than the settings, never less than those floors.
 */
public final class KeepAccessLog {

    public static final Period LOG_FLOOR = Period.ofYears(2);
    public static final Period RIGHTS_FLOOR = Period.ofYears(3);

    public record Purged(long entries, long rightsChanges) {
    }

    private final AccessLogRetention retention;
    private final Period keep;
    private final Period keepRightsChanges;
    private final Clock clock;

    public KeepAccessLog(AccessLogRetention retention, Period keep, Period keepRightsChanges, Clock clock) {
        this.retention = retention;
        this.keep = longer(keep, LOG_FLOOR);
        this.keepRightsChanges = longer(keepRightsChanges, RIGHTS_FLOOR);
        this.clock = clock;
    }

    public Purged handle() {
        return new Purged(retention.purgeAccessLog(before(keep)), retention.purgeRightsChanges(before(keepRightsChanges)));
    }

    public Period keep() {
        return keep;
    }

    public Period keepRightsChanges() {
        return keepRightsChanges;
    }

    private Instant before(Period period) {
        return clock.instant().atZone(ZoneOffset.UTC).minus(period).toInstant();
    }

    /** The setting, or the legal floor where the setting is shorter (or negative). */
    static Period longer(Period setting, Period floor) {
        if (setting == null) {
            return floor;
        }
        // periods of months and days compare only from a date: the same one for both
        java.time.LocalDate day = java.time.LocalDate.EPOCH;
        return day.minus(setting).isBefore(day.minus(floor)) ? setting : floor;
    }
}
