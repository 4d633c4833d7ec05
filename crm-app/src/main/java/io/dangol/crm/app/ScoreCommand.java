package io.dangol.crm.app;

import io.dangol.crm.scoring.ScoringAlreadyRunning;
import io.dangol.crm.scoring.ScoringJob;
import io.dangol.crm.scoring.ScoringListener;
import io.dangol.crm.scoring.ScoringPhase;
import io.dangol.crm.scoring.ScoringRun;
import io.dangol.crm.scoring.ScoringStatus;
import io.dangol.crm.scoring.ScoringTrigger;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** {@code score}: runs the scoring job headless, prints each phase's time, exits 1 when it fails. */
@Component
@ConditionalOnProperty(name = "crm.command", havingValue = "score")
class ScoreCommand implements ApplicationRunner, ExitCodeGenerator {

    private final ScoringJob job;
    private int exitCode;

    ScoreCommand(ScoringJob job) {
        this.job = job;
    }

    @Override
    public void run(ApplicationArguments args) {
        Instant started = Instant.now();
        try {
            ScoringRun run = job.run(ScoringTrigger.CLI, "cli", new ScoringListener() {
                @Override
                public void phaseFinished(long runId, ScoringPhase phase, Duration took) {
                    System.out.printf("score: %-9s %8.1f s%n", phase.name().toLowerCase(), took.toMillis() / 1000.0);
                }
            });
            if (run.status() == ScoringStatus.SUCCEEDED) {
                System.out.printf("score: run %d succeeded: %,d customers in %.1f s; %,d climbed, %,d fell%n", run.id(),
                        run.customers(), Duration.between(started, Instant.now()).toMillis() / 1000.0, run.climbed(), run.fell());
                run.models().ifPresent(models -> {
                    if (!models.note().isBlank()) {
                        System.out.println("score: models: " + models.note());
                    }
                    System.out.println(models.toJson());
                });
            } else {
                System.err.printf("score: run %d failed: %s%n", run.id(), run.error().orElse("unknown error"));
                exitCode = 1;
            }
        } catch (ScoringAlreadyRunning running) {
            System.err.println("score: " + running.getMessage());
            exitCode = 1;
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
