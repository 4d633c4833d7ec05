package io.dangol.crm.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.dangol.crm.ladder.LadderStage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The radar backtest's figures on a population small enough to count by hand. */
class RadarBacktestTest {

    private static final Instant AS_OF = Instant.parse("2026-06-30T15:00:00Z");

    private static RadarBacktest.Customer customer(LadderStage stage, double clv, boolean lowAlive, double cycle, double silent,
                                                   boolean lapsed, RiskReason... reasons) {
        return new RadarBacktest.Customer(stage, clv, lowAlive ? 0.35 : 0.8, cycle < 180, cycle, silent, List.of(reasons), lapsed);
    }

    @Test
    void precisionRecallAndLiftAreCountedOnTheWatchedCustomers() {
        List<RadarBacktest.Customer> buyers = new ArrayList<>();
        // watched: 4 core customers and the identified in the top CLV decile (clv 1,000 of 10 identified buyers)
        buyers.add(customer(LadderStage.CORE, 500, true, 20, 60, true, RiskReason.LOW_P_ALIVE, RiskReason.OVERDUE));
        buyers.add(customer(LadderStage.CORE, 400, false, 20, 50, false, RiskReason.OVERDUE));
        buyers.add(customer(LadderStage.CORE, 300, false, 20, 5, true));
        buyers.add(customer(LadderStage.CORE, 200, false, 20, 5, false));
        buyers.add(customer(LadderStage.IDENTIFIED, 1_000, true, 10, 15, true, RiskReason.LOW_P_ALIVE, RiskReason.COMPLAINTS));
        for (int i = 0; i < 9; i++) { // identified below the top decile: not watched
            buyers.add(customer(LadderStage.IDENTIFIED, 10 + i, true, 10, 100, true, RiskReason.LOW_P_ALIVE));
        }

        RadarBacktest backtest = RadarBacktest.of(AS_OF, 26, 2.0, 30, 0.5, buyers);

        assertThat(backtest.watch()).isEqualTo(RadarBacktest.Watch.CORE_AND_TOP_IDENTIFIED);
        assertThat(backtest.buyers()).isEqualTo(14);
        assertThat(backtest.watched()).isEqualTo(5);
        // flagged: 3 (two lapsed); lapsed: 3 (two flagged)
        assertThat(backtest.radar()).isEqualTo(new RadarBacktest.Verdict(3, 2, 3));
        assertThat(backtest.radar().precision()).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(backtest.radar().recall()).isCloseTo(2 / 3.0, within(1e-12));
        // the naive rule: median gap of the repeat buyers is 10 days, so silent more than 20: the two quiet core customers
        assertThat(backtest.naiveSilenceDays()).isEqualTo(20);
        assertThat(backtest.naive()).isEqualTo(new RadarBacktest.Verdict(2, 1, 3));
        assertThat(backtest.lift()).as("(2/3) / (1/2)").isCloseTo(4 / 3.0, within(1e-12));
        assertThat(backtest.lapseRate()).isCloseTo(0.6, within(1e-12));
        assertThat(backtest.byStage()).containsExactly(
                new RadarBacktest.Breakdown("stage.CORE", 4, new RadarBacktest.Verdict(2, 1, 2)),
                new RadarBacktest.Breakdown("stage.IDENTIFIED", 1, new RadarBacktest.Verdict(1, 1, 1)));
        assertThat(backtest.byReason()).extracting(RadarBacktest.Breakdown::key)
                .containsExactly("risk.LOW_P_ALIVE", "risk.OVERDUE", "risk.COMPLAINTS");
        assertThat(backtest.byReason().get(1).verdict()).isEqualTo(new RadarBacktest.Verdict(2, 1, 3));
        // overdue floors: the second core customer (silent 50 > 2 × 20) stops being flagged only with a floor of 60
        assertThat(backtest.floors()).extracting(t -> t.verdict().flagged()).containsExactly(3L, 3L, 3L, 3L, 2L, 2L, 2L, 2L);
        // P(alive) thresholds with the floor of 30: below 0.35 the identified customer (P(alive) 0.35, silent only 15 days)
        // is no longer flagged — the two quiet core customers still are, as overdue; from 0.4 on all three
        assertThat(backtest.aliveThresholds()).extracting(t -> t.verdict().flagged()).containsExactly(2L, 2L, 3L, 3L, 3L, 3L);
        assertThat(backtest.aliveThresholdInForce()).isEqualTo(0.5);
    }

    @Test
    void withoutNamedCustomersTheRadarWatchesTheTopDecileOfBuyersAndSaysSo() {
        List<RadarBacktest.Customer> buyers = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            buyers.add(customer(LadderStage.BUYER, i * 100, i % 2 == 0, 30, 90, i % 4 == 0,
                    i % 2 == 0 ? new RiskReason[] {RiskReason.LOW_P_ALIVE} : new RiskReason[0]));
        }

        RadarBacktest backtest = RadarBacktest.of(AS_OF, 39, 2.0, 30, 0.5, buyers);

        assertThat(backtest.watch()).isEqualTo(RadarBacktest.Watch.TOP_CLV_BUYERS);
        assertThat(backtest.watched()).as("CLV 1,800 and up: the top decile of 20").isEqualTo(3);
        assertThat(backtest.byStage()).extracting(RadarBacktest.Breakdown::key).containsExactly("stage.BUYER");
    }
}
