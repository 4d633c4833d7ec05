package io.dangol.crm.scoring;

import static io.dangol.crm.scoring.ScoringFixtures.AS_OF;
import static io.dangol.crm.scoring.ScoringFixtures.aCustomer;
import static org.assertj.core.api.Assertions.assertThat;

import io.dangol.crm.ladder.LadderStage;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class ScoringProperties {

    private final CustomerScorer scorer = new CustomerScorer(ScoringSettings.defaults(), AS_OF);

    @Property
    void aReturnNeverRaisesProfitContribution(@ForAll @LongRange(min = 0, max = 10_000_000) long sales,
                                              @ForAll @LongRange(min = 0, max = 10_000_000) long refunds,
                                              @ForAll @LongRange(min = 0, max = 5_000_000) long refund) {
        CustomerFigures before = aCustomer().buying(sales, sales / 2).returning(refunds).build();
        CustomerFigures after = aCustomer().buying(sales, sales / 2).returning(refunds + refund).build();

        assertThat(after.profitContribution()).isLessThanOrEqualTo(before.profitContribution());
    }

    @Property
    void advocacyNeverLowersTheStage(@ForAll @IntRange(min = 1, max = 50) int profitRank, @ForAll @IntRange(min = 0, max = 3) int referrals,
                                     @ForAll @IntRange(min = 0, max = 3) int praise) {
        Ranks ranks = new Ranks(3, 3, 3, profitRank, 50);
        LadderStage without = scorer.score(aCustomer().advocacy(0, 0).build(), ranks).stage();
        LadderStage with = scorer.score(aCustomer().advocacy(referrals, praise).build(), ranks).stage();

        assertThat(with.compareTo(without)).isGreaterThanOrEqualTo(0);
    }

    @Property
    void aBetterProfitRankNeverLowersTheStage(@ForAll @IntRange(min = 2, max = 100) int rank) {
        LadderStage worse = scorer.score(aCustomer().build(), new Ranks(3, 3, 3, rank, 100)).stage();
        LadderStage better = scorer.score(aCustomer().build(), new Ranks(3, 3, 3, rank - 1, 100)).stage();

        assertThat(better.compareTo(worse)).isGreaterThanOrEqualTo(0);
    }

    @Property
    void aVerifiedContactNeverLowersTheStage(@ForAll @IntRange(min = 1, max = 20) int rank) {
        Ranks ranks = new Ranks(3, 3, 3, rank, 20);
        assertThat(scorer.score(aCustomer().build(), ranks).stage().compareTo(scorer.score(aCustomer().unverified().build(), ranks).stage()))
                .isGreaterThanOrEqualTo(0);
    }

    @Property
    void coreIsNeverMoreThanTheCoreShare(@ForAll @IntRange(min = 1, max = 400) int buyers) {
        long core = 0;
        for (int rank = 1; rank <= buyers; rank++) {
            if (scorer.score(aCustomer().build(), new Ranks(1, 1, 1, rank, buyers)).stage() == LadderStage.CORE) {
                core++;
            }
        }
        assertThat(core).isLessThanOrEqualTo(Math.max(1, (long) Math.ceil(buyers * 0.10)));
    }
}
