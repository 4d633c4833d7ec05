package io.dangol.crm.campaign;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A campaign in one line, as the campaigns list and the marketing dashboard show it: the lift in the share who bought
 * within the window (with its interval, when there is a control group) and the share of touched customers who
 * withdrew a consent soon after the touch, beside the control group's.
 */
public record CampaignHeadline(long exportId, Instant computedAt, int windowDays, boolean windowComplete, long treated,
                               long heldOut, Optional<Estimate> purchaseLift, double treatedWithdrawalRate,
                               OptionalDouble controlWithdrawalRate) {

    static CampaignHeadline of(CampaignResult result, Instant at) {
        return new CampaignHeadline(result.export().id(), at, result.windowDays(), result.complete(),
                result.treated().customers(), result.control().customers(), result.purchaseLift(),
                result.treated().withdrawalRate(), result.control().isEmpty() ? OptionalDouble.empty()
                        : OptionalDouble.of(result.control().withdrawalRate()));
    }
}
