package io.dangol.crm.app.config;

import io.dangol.crm.admin.KeepAccessLog;
import io.dangol.crm.customer.PrivacySettings;
import io.dangol.crm.importing.PurgeRejectedRows;
import io.dangol.crm.shared.BusinessZone;
import io.dangol.crm.shared.ScheduledTurns;
import io.dangol.crm.shared.Tallies;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night (business time): at 03:30 raw rejected import rows older than the retention period are purged; at 03:40
 * access-log entries and rights changes older than theirs (never younger than two and three years), and at 03:50 the
 * shared tallies (sign-in failures, API allowances, schedule claims) nobody needs any more. With several instances,
 * the first to claim the job's turn runs it.
 */
@Component
@ConditionalOnProperty(name = "crm.command", havingValue = "serve", matchIfMissing = true)
class PrivacySchedule {

    private static final Logger log = LoggerFactory.getLogger(PrivacySchedule.class);

    private final PurgeRejectedRows purge;
    private final PrivacySettings settings;
    private final BusinessZone zone;
    private final KeepAccessLog keepAccessLog;
    private final ScheduledTurns turns;
    private final Tallies tallies;
    private final Clock clock;

    PrivacySchedule(PurgeRejectedRows purge, PrivacySettings settings, BusinessZone zone, KeepAccessLog keepAccessLog,
                    ScheduledTurns turns, Tallies tallies, Clock clock) {
        this.purge = purge;
        this.settings = settings;
        this.zone = zone;
        this.keepAccessLog = keepAccessLog;
        this.turns = turns;
        this.tallies = tallies;
        this.clock = clock;
    }

    @Scheduled(cron = "0 50 3 * * *", zone = "${crm.time-zone:Asia/Seoul}")
    void forgetOldTallies() {
        if (turns.claim("forget-old-tallies")) {
            long forgotten = tallies.forgetBefore(clock.instant().minus(Duration.ofDays(2)));
            log.info("forgot {} shared tallies last counted over two days ago", forgotten);
        }
    }

    @Scheduled(cron = "0 40 3 * * *", zone = "${crm.time-zone:Asia/Seoul}")
    void keepAccessLog() {
        if (!turns.claim("keep-access-log")) {
            return;
        }
        KeepAccessLog.Purged purged = keepAccessLog.handle();
        if (purged.entries() > 0 || purged.rightsChanges() > 0) {
            log.info("removed {} access-log entries older than {} and {} rights changes older than {}", purged.entries(),
                    keepAccessLog.keep(), purged.rightsChanges(), keepAccessLog.keepRightsChanges());
        }
    }

    @Scheduled(cron = "0 30 3 * * *", zone = "${crm.time-zone:Asia/Seoul}")
    void purgeRejectedRows() {
        if (!turns.claim("purge-rejected-rows")) {
            return;
        }
        long purged = purge.handle(settings.rejectedRowsFor(), zone.zone());
        if (purged > 0) {
            log.info("purged the raw text of {} rejected import rows older than {}", purged, settings.rejectedRowsFor());
        }
    }
}
