package io.dangol.crm.scoring;

import io.dangol.crm.ladder.LadderDecision;
import io.dangol.crm.ladder.LadderFacts;
import io.dangol.crm.ladder.LadderPolicy;
import io.dangol.crm.scoring.clv.ValueModels;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Turns one customer's figures and ranks into their scores and ladder stage. Pure: no I/O. */
public final class CustomerScorer {

    private final LadderPolicy ladder;
    private final Instant asOf;
    private final Optional<ValueModels> value;
    private final ChurnRadar radar;

    public CustomerScorer(ScoringSettings settings, Instant asOf) {
        this(settings, asOf, Optional.empty());
    }

    public CustomerScorer(ScoringSettings settings, Instant asOf, Optional<ValueModels> value) {
        this.ladder = new LadderPolicy(settings.ladderRules());
        this.asOf = asOf;
        this.value = value;
        this.radar = settings.churnRadar();
    }

    /** The ranks among {@code buyers} at which this scorer's scores change. */
    public RankCuts cuts(long buyers) {
        return RankCuts.of(buyers, ladder);
    }

    public CustomerScore score(CustomerFigures figures, Ranks ranks) {
        LadderFacts facts = new LadderFacts(figures.ordersAll(), figures.firstPurchase(),
                figures.lastPurchase(), figures.verifiedContact(), figures.anyContactPoint(), figures.profitContribution(),
                ranks.profit(), ranks.buyers(), figures.referrals(), figures.positiveFeedback());
        LadderDecision decision = ladder.decide(facts, asOf);
        Optional<CustomerScore.Rfm> rfm = Optional.empty();
        Optional<Long> recencyDays = figures.lastPurchase().map(last -> Math.max(0, Duration.between(last, asOf).toDays()));
        if (figures.hasBought()) {
            int r = QuintileScorer.score(ranks.recency(), ranks.buyers());
            int f = QuintileScorer.score(ranks.frequency(), ranks.buyers());
            int m = QuintileScorer.score(ranks.monetary(), ranks.buyers());
            rfm = Optional.of(new CustomerScore.Rfm(r, f, m, RfmSegment.of(r, f, m)));
        }
        Optional<ValueModels.Prediction> prediction = Optional.empty();
        if (figures.hasBought() && value.isPresent()) {
            Instant first = figures.firstPurchase().get();
            double txDays = Duration.between(first, figures.lastPurchase().get()).toSeconds() / 86_400.0;
            double ageDays = Duration.between(first, asOf).toSeconds() / 86_400.0;
            prediction = value.get().predict((int) (figures.ordersAll() - 1), txDays, Math.max(txDays, ageDays),
                    figures.meanOrderValue());
        }
        List<RiskReason> risks = figures.hasBought()
                ? radar.assess(prediction.map(ValueModels.Prediction::probabilityAlive).orElse(null),
                        ladder.isOverdue(facts, asOf), figures.signals(), asOf)
                : List.of();
        return new CustomerScore(figures.customerId(), recencyDays, figures.ordersInWindow(), figures.netRevenue(), rfm,
                figures.profitContribution(), decision.stage(), decision.rule(), prediction, figures.historicalValue(), risks);
    }
}
