package io.dangol.crm.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class KeepAccessLogTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-04T00:00:00Z"), ZoneOffset.UTC);

    private static final class Retention implements AccessLogRetention {
        Instant logBefore;
        Instant rightsBefore;

        @Override
        public long purgeAccessLog(Instant olderThan) {
            logBefore = olderThan;
            return 3;
        }

        @Override
        public long purgeRightsChanges(Instant olderThan) {
            rightsBefore = olderThan;
            return 1;
        }
    }

    @Test
    void aLongerSettingIsKeptAsSet() {
        Retention retention = new Retention();

        KeepAccessLog.Purged purged = new KeepAccessLog(retention, Period.ofYears(5), Period.ofYears(4), clock).handle();

        assertThat(purged).isEqualTo(new KeepAccessLog.Purged(3, 1));
        assertThat(retention.logBefore).isEqualTo(Instant.parse("2021-12-04T00:00:00Z"));
        assertThat(retention.rightsBefore).isEqualTo(Instant.parse("2022-12-04T00:00:00Z"));
    }

    @Test
    void aShorterSettingIsRaisedToTheLegalFloors() {
        Retention retention = new Retention();

        KeepAccessLog keep = new KeepAccessLog(retention, Period.ofMonths(6), Period.ofDays(-30), clock);
        keep.handle();

        assertThat(keep.keep()).isEqualTo(Period.ofYears(2));
        assertThat(keep.keepRightsChanges()).isEqualTo(Period.ofYears(3));
        assertThat(retention.logBefore).isEqualTo(Instant.parse("2024-12-04T00:00:00Z"));
        assertThat(retention.rightsBefore).isEqualTo(Instant.parse("2023-12-04T00:00:00Z"));
    }
}
