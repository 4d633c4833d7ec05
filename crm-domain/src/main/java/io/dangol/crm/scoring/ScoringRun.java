package io.dangol.crm.scoring;

import io.dangol.crm.ladder.LadderStage;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** One scoring run as recorded: who, when, how far, how it ended, and what it found. */
public record ScoringRun(long id, ScoringTrigger trigger, String startedBy, Optional<Instant> asOf, Instant startedAt,
                         Optional<Instant> finishedAt,
                         ScoringStatus status, Optional<ScoringPhase> phase, int progressPercent, long customers,
                         long climbed, long fell, Map<RfmSegment, Long> perSegment, Map<LadderStage, Long> perStage,
                         Optional<String> error, Optional<ModelParameters> models, Radar radar) {

    /** The churn radar's counts: watched customers at risk (core among them), new since the previous run, core lost. */
    public record Radar(long atRisk, long atRiskCore, long newlyAtRisk, long coreLost) {
        public static final Radar NONE = new Radar(0, 0, 0, 0);
    }

    public ScoringRun {
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(status, "status");
        perSegment = Map.copyOf(perSegment);
        perStage = Map.copyOf(perStage);
    }

    public Duration elapsed(Instant now) {
        return Duration.between(startedAt, finishedAt.orElse(now));
    }

    public boolean isRunning() {
        return status == ScoringStatus.RUNNING;
    }
}
