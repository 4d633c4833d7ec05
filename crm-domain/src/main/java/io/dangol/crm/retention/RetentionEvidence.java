package io.dangol.crm.retention;

import io.dangol.crm.campaign.Estimate;
import io.dangol.crm.campaign.Lift;
import java.time.Instant;
import java.util.Optional;

/**
 * Whether retention contact keeps core customers: the customers flagged since {@code since} that the worklist worked,
 * against those held out of it, with the differences and their 95 % intervals.
 */
public record RetentionEvidence(Instant since, RetentionGroup worked, RetentionGroup heldOut) {

    public Optional<Estimate> boughtLift() {
        return Lift.ofProportions(worked.boughtAgain(), worked.customers(), heldOut.boughtAgain(), heldOut.customers());
    }

    public Optional<Estimate> coreLift() {
        return Lift.ofProportions(worked.stillCore(), worked.customers(), heldOut.stillCore(), heldOut.customers());
    }

    public Optional<Estimate> pAliveLift() {
        return Lift.ofMeans(worked.pAlive(), worked.pAliveSquares(), worked.customers(),
                heldOut.pAlive(), heldOut.pAliveSquares(), heldOut.customers());
    }
}
