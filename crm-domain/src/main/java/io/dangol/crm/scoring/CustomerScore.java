package io.dangol.crm.scoring;

import io.dangol.crm.ladder.LadderRule;
import io.dangol.crm.ladder.LadderStage;
import io.dangol.crm.scoring.clv.ValueModels;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** One customer's result of a scoring run. RFM and value predictions are empty for prospects, who have not bought. */
public record CustomerScore(long customerId, Optional<Long> recencyDays, long frequency, BigDecimal monetary,
                            Optional<Rfm> rfm, BigDecimal profitContribution, LadderStage stage, LadderRule rule,
                            Optional<ValueModels.Prediction> value, BigDecimal historicalValue, List<RiskReason> riskReasons) {

    public record Rfm(int r, int f, int m, RfmSegment segment) { }
}
