package io.dangol.crm.app.config;

import io.dangol.crm.importing.TransactionImport;
import io.dangol.crm.scoring.RunScoring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Nothing stays stuck: every minute, a scoring run or an import left RUNNING by a process that died (killed, or cut
 * off from the database so it could not record its failure) is marked FAILED — only those no instance is running,
 * which the job's advisory locks tell. At start the same happens once (ScoringSchedule, ImportRecovery).
 */
@Component
@ConditionalOnProperty(name = "crm.command", havingValue = "serve", matchIfMissing = true)
class AbandonedJobs {

    private static final Logger log = LoggerFactory.getLogger(AbandonedJobs.class);

    private final RunScoring scoring;
    private final TransactionImport imports;

    AbandonedJobs(RunScoring scoring, TransactionImport imports) {
        this.scoring = scoring;
        this.imports = imports;
    }

    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    void markAbandonedFailed() {
        try {
            int runs = scoring.failAbandonedRuns();
            int abandonedImports = imports.failAbandoned();
            if (runs + abandonedImports > 0) {
                log.warn("Marked {} scoring run(s) and {} import(s) whose process died as FAILED", runs, abandonedImports);
            }
        } catch (RuntimeException databaseAway) {
            log.debug("abandoned jobs not checked: {}", databaseAway.getMessage());
        }
    }
}
