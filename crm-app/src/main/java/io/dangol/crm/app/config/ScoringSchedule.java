package io.dangol.crm.app.config;

import io.dangol.crm.scoring.ScoringAlreadyRunning;
import io.dangol.crm.scoring.RunScoring;
import io.dangol.crm.scoring.ScoringRequest;
import io.dangol.crm.scoring.ScoringListener;
import io.dangol.crm.scoring.CurrentScoringSettings;
import io.dangol.crm.scoring.ScoringTrigger;
import io.dangol.crm.shared.ScheduledTurns;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;

/**
 * When the app is served: runs left RUNNING by a dead process are marked FAILED at start, and the scoring
 * job runs on the cron in the scoring settings, in the business's time zone (read again before each run, so an admin's change applies
 * from the next run on). With several instances every one schedules; the first to claim the minute's turn runs the job
 * (and the job's advisory lock would refuse a second run meanwhile anyway).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "crm.command", havingValue = "serve", matchIfMissing = true)
class ScoringSchedule implements SchedulingConfigurer, ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ScoringSchedule.class);

    private final RunScoring job;
    private final CurrentScoringSettings settings;
    private final java.time.ZoneId zone;
    private final ScheduledTurns turns;

    ScoringSchedule(RunScoring job, CurrentScoringSettings settings, CrmProperties properties, ScheduledTurns turns) {
        this.job = job;
        this.turns = turns;
        this.settings = settings;
        this.zone = properties.timeZone();
    }

    @Override
    public void run(ApplicationArguments args) {
        int abandoned = job.failAbandonedRuns();
        if (abandoned > 0) {
            log.warn("Marked {} scoring run(s) interrupted by an earlier stop as FAILED", abandoned);
        }
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addTriggerTask(this::runScheduled, context -> {
            String cron = settings.current().scheduleCron();
            Instant next = new CronTrigger(cron, zone).nextExecution(context);
            log.debug("next scheduled scoring run at {} ({})", next, cron);
            return next;
        });
    }

    private void runScheduled() {
        if (!turns.claim("scoring")) {
            log.info("Scheduled scoring skipped: another instance took this turn");
            return;
        }
        try {
            job.run(ScoringRequest.now(ScoringTrigger.SCHEDULE, "schedule"), ScoringListener.NONE);
        } catch (ScoringAlreadyRunning running) {
            log.info("Scheduled scoring skipped: {}", running.getMessage());
        }
    }
}
