package io.dangol.crm.campaign;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A campaign's results over a window after the touch: each group's figures, the lifts (touched less held out) with
 * their 95 % intervals, what the campaign added in revenue and profit over the touched customers, its return on spend
 * when the cost per contact was given, and the same per RFM segment and per ladder stage.
 */
public record CampaignResult(CampaignExport export, int windowDays, Instant from, Instant to, boolean complete,
                             GroupFigures treated, GroupFigures control, List<Breakdown> bySegment,
                             List<Breakdown> byStage) {

    /** One segment's or stage's share of the campaign; {@code key} is the message key of its name. */
    public record Breakdown(String key, GroupFigures treated, GroupFigures control) {

        public Optional<Estimate> purchaseLift() {
            return CampaignResult.purchaseLift(treated, control);
        }

        public Optional<Estimate> revenueLift() {
            return CampaignResult.revenueLift(treated, control);
        }

        public Optional<Estimate> withdrawalLift() {
            return Lift.ofProportions(treated.withdrew(), treated.customers(), control.withdrew(), control.customers());
        }
    }

    public Optional<Estimate> purchaseLift() {
        return purchaseLift(treated, control);
    }

    /** The difference in net revenue per customer. */
    public Optional<Estimate> revenueLift() {
        return revenueLift(treated, control);
    }

    public Optional<Estimate> profitLift() {
        return Lift.ofMeans(treated.profit(), treated.profitSquares(), treated.customers(),
                control.profit(), control.profitSquares(), control.customers());
    }

    public Optional<Estimate> withdrawalLift() {
        return Lift.ofProportions(treated.withdrew(), treated.customers(), control.withdrew(), control.customers());
    }

    public Optional<Estimate> complaintLift() {
        return Lift.ofProportions(treated.complained(), treated.customers(), control.complained(), control.customers());
    }

    /** Net revenue the campaign added: the lift per customer over every touched customer, in won. */
    public Optional<Estimate> incrementalRevenue() {
        return revenueLift().map(e -> e.times(treated.customers()));
    }

    public Optional<Estimate> incrementalProfit() {
        return profitLift().map(e -> e.times(treated.customers()));
    }

    public OptionalLong spend() {
        return export.spend();
    }

    /** (incremental profit − spend) / spend: 0.5 is half again of what was spent; empty without a cost or control. */
    public Optional<Estimate> returnOnSpend() {
        OptionalLong spend = spend();
        if (spend.isEmpty() || spend.getAsLong() == 0) {
            return Optional.empty();
        }
        double cost = spend.getAsLong();
        return incrementalProfit().map(e -> e.minus(cost).times(1 / cost));
    }

    static Optional<Estimate> purchaseLift(GroupFigures treated, GroupFigures control) {
        return Lift.ofProportions(treated.buyers(), treated.customers(), control.buyers(), control.customers());
    }

    static Optional<Estimate> revenueLift(GroupFigures treated, GroupFigures control) {
        return Lift.ofMeans(treated.revenue(), treated.revenueSquares(), treated.customers(),
                control.revenue(), control.revenueSquares(), control.customers());
    }
}
