package io.dangol.crm.scoring;

import static io.dangol.crm.scoring.ScoringFixtures.AS_OF;
import static io.dangol.crm.scoring.ScoringFixtures.aCustomer;
import static org.assertj.core.api.Assertions.assertThat;

import io.dangol.crm.ladder.LadderRule;
import io.dangol.crm.ladder.LadderStage;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Hand-computed examples on a small fixed shop of five buyers; the core share is 10% (one place of five... rounded up). */
class ProfitAndLadderExamplesTest {

    private final CustomerScorer scorer = new CustomerScorer(ScoringSettings.defaults(), AS_OF);

    @Test
    void theReturningVipLooksBigButLosesMoney() {
        // sales ₩5,000,000 after discounts, ₩4,200,000 refunded, goods cost ₩2,600,000, 9 complaints cost ₩450,000
        CustomerFigures vip = aCustomer().buying(5_000_000, 2_600_000).returning(4_200_000).serviceCost(450_000).build();

        assertThat(vip.netRevenue()).isEqualByComparingTo("800000");
        assertThat(vip.profitContribution()).isEqualByComparingTo("-2250000");
        CustomerScore score = scorer.score(vip, new Ranks(5, 5, 4, 5, 5));
        assertThat(score.stage()).isEqualTo(LadderStage.IDENTIFIED);
        assertThat(score.rule()).isEqualTo(LadderRule.NOT_TOP_PROFIT);
        assertThat(score.rfm()).hasValueSatisfying(rfm -> assertThat(rfm.segment()).isEqualTo(RfmSegment.CHAMPIONS));
    }

    @Test
    void theBestLoyalAdvocateIsCore() {
        CustomerFigures regular = aCustomer().buying(1_200_000, 600_000).serviceCost(10_000).build();

        CustomerScore score = scorer.score(regular, new Ranks(4, 5, 5, 1, 5));

        assertThat(regular.profitContribution()).isEqualByComparingTo("590000");
        assertThat(score.stage()).isEqualTo(LadderStage.CORE);
        assertThat(score.rule()).isEqualTo(LadderRule.CORE_QUALIFIED);
        assertThat(score.recencyDays()).contains(20L);
        assertThat(score.rfm()).hasValueSatisfying(rfm -> {
            assertThat(rfm.r()).isEqualTo(4);
            assertThat(rfm.f()).isEqualTo(5);
            assertThat(rfm.segment()).isEqualTo(RfmSegment.CHAMPIONS);
        });
    }

    @Test
    void eachCoreRuleNamesWhyACustomerIsNotCore() {
        Ranks top = new Ranks(5, 5, 5, 1, 5);
        assertThat(scorer.score(aCustomer().unverified().build(), top).rule()).isEqualTo(LadderRule.NO_VERIFIED_CONTACT);
        assertThat(scorer.score(aCustomer().unverified().build(), top).stage()).isEqualTo(LadderStage.BUYER);
        assertThat(scorer.score(aCustomer().build(), new Ranks(5, 5, 5, 2, 5)).rule()).isEqualTo(LadderRule.NOT_TOP_PROFIT);
        assertThat(scorer.score(aCustomer().orders(3, AS_OF.minus(200, ChronoUnit.DAYS), AS_OF.minus(5, ChronoUnit.DAYS)).build(), top)
                .rule()).isEqualTo(LadderRule.RELATIONSHIP_TOO_SHORT);
        // 6 orders over 680 days: a gap of 136 days; silent 400 days is more than twice that
        assertThat(scorer.score(aCustomer().orders(6, AS_OF.minus(1080, ChronoUnit.DAYS), AS_OF.minus(400, ChronoUnit.DAYS)).build(), top)
                .rule()).isEqualTo(LadderRule.OVERDUE);
        assertThat(scorer.score(aCustomer().advocacy(0, 0).build(), top).rule()).isEqualTo(LadderRule.NO_ADVOCACY);
        assertThat(scorer.score(aCustomer().advocacy(0, 2).build(), top).stage()).isEqualTo(LadderStage.CORE);
    }

    @Test
    void aCustomerWhoNeverBoughtIsAProspectWithoutRfm() {
        CustomerFigures prospect = new CustomerFigures(9, LadderStage.PROSPECT, 0, Optional.empty(), Optional.empty(), 0,
                null, null, null, null, true, true, 3, 3, null, null, null);

        CustomerScore score = scorer.score(prospect, new Ranks(1, 1, 1, 1, 1));

        assertThat(score.stage()).isEqualTo(LadderStage.PROSPECT);
        assertThat(score.rfm()).isEmpty();
        assertThat(score.recencyDays()).isEmpty();
    }

    @Test
    void settingsOutOfRangeAreListed() {
        ScoringSettings bad = new ScoringSettings(0, new java.math.BigDecimal("0.9"), 12, new java.math.BigDecimal("0.5"), 3,
                false, false, true, "every night", new java.math.BigDecimal("0.3"), new java.math.BigDecimal("0.1"), 12,
                new java.math.BigDecimal("0.5"), 180, io.dangol.crm.scoring.clv.ModelPeriod.WEEK, 400,
                io.dangol.crm.scoring.clv.PurchaseModel.BG_NBD);
        assertThat(bad.problems()).containsExactlyInAnyOrder("scoring.settings.windowMonths.range",
                "scoring.settings.coreShare.range", "scoring.settings.activityFactor.range",
                "scoring.settings.defaultCycleDays.range", "scoring.settings.advocacy.none",
                "scoring.settings.scheduleCron.invalid", "scoring.settings.overdueFloorDays.range");
        assertThat(ScoringSettings.defaults().problems()).isEmpty();
    }
}
