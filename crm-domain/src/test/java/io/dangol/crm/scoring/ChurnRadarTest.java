package io.dangol.crm.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChurnRadarTest {

    private static final Instant NOW = Instant.parse("2026-11-23T00:00:00Z");
    private final ChurnRadar radar = new ChurnRadar(0.5, 180);
    private final RiskSignals quiet = new RiskSignals(0, 0, 0, Optional.of(NOW.minus(Duration.ofDays(10))));

    @Test
    void noSignalMeansNoReasonsWhateverTheRecordSays() {
        assertThat(radar.assess(0.9, false, new RiskSignals(3, 2, 1, Optional.empty()), NOW)).isEmpty();
    }

    @Test
    void aLowPAliveOrBeingOverdueIsTheSignalAndTheRecordAddsWhy() {
        assertThat(radar.assess(0.3, false, quiet, NOW)).containsExactly(RiskReason.LOW_P_ALIVE);
        assertThat(radar.assess(0.8, true, quiet, NOW)).containsExactly(RiskReason.OVERDUE);
        assertThat(radar.assess(0.2, true, new RiskSignals(1, 1, 2, Optional.of(NOW.minus(Duration.ofDays(400)))), NOW))
                .containsExactly(RiskReason.LOW_P_ALIVE, RiskReason.OVERDUE, RiskReason.RECENT_RETURNS, RiskReason.COMPLAINTS,
                        RiskReason.NEGATIVE_FEEDBACK, RiskReason.NO_RECENT_CONTACT);
    }

    @Test
    void aCustomerNeverContactedCountsAsNotContactedForLong() {
        assertThat(radar.assess(0.1, false, RiskSignals.NONE, NOW)).contains(RiskReason.NO_RECENT_CONTACT);
    }

    @Test
    void withoutAPredictionOnlyTheRhythmCounts() {
        assertThat(radar.assess(null, false, quiet, NOW)).isEmpty();
        assertThat(radar.assess(null, true, quiet, NOW)).containsExactly(RiskReason.OVERDUE);
    }

    @Test
    void aHeavyBuyerIsNotOverdueAfterFourQuietDaysButIsAfterTheFloor() {
        // the demo's Champion: 61 orders in 90 days (a gap of 1.5 days), the last 4 days ago — overdue by the gap alone
        io.dangol.crm.ladder.LadderFacts champion = new io.dangol.crm.ladder.LadderFacts(61,
                Optional.of(NOW.minus(Duration.ofDays(94))), Optional.of(NOW.minus(Duration.ofDays(4))), true, true,
                java.math.BigDecimal.valueOf(900_000), 1, 1_000, 1, 1);
        ScoringSettings noFloor = ScoringSettings.defaults().withOverdueFloorDays(0);
        ScoringSettings floor = ScoringSettings.defaults();

        assertThat(new io.dangol.crm.ladder.LadderPolicy(noFloor.ladderRules()).isOverdue(champion, NOW)).isTrue();
        assertThat(new io.dangol.crm.ladder.LadderPolicy(floor.ladderRules()).isOverdue(champion, NOW)).isFalse();
        assertThat(new io.dangol.crm.ladder.LadderPolicy(floor.ladderRules())
                .isOverdue(champion, NOW.plus(Duration.ofDays(88))))
                .as("92 days silent: past both twice the gap and the floor").isTrue();
    }
}
