package io.dangol.crm.scoring.clv;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A backtest as BTYD practitioners validate a model: fit on a calibration period, predict each customer's purchases
 * over the holdout period that follows, and compare with what they actually bought — per number of repeat purchases in
 * calibration (the classic calibration/holdout chart) and overall. BG/NBD and MBG/NBD are fitted on the same
 * customers and shown side by side ({@code fit}/{@code meanPredicted} are BG/NBD's, {@code modified…} MBG/NBD's).
 */
public record Backtest(Instant calibrationEnd, double holdoutWeeks, long customers, BgNbdFit fit, List<Group> groups,
                       double meanAbsoluteError, double totalPredicted, long totalActual, BgNbdFit modifiedFit,
                       double modifiedMeanAbsoluteError, double modifiedTotalPredicted) {

    /** Customers who made {@code repeats} repeat purchases in calibration ({@link #OPEN_ENDED} and more in the last group). */
    public record Group(int repeats, long customers, double meanPredicted, double meanActual, double meanPredictedModified) {

        public boolean isOpenEnded() {
            return repeats == OPEN_ENDED;
        }
    }

    /** One customer: their calibration history (in weeks) and their purchases in the holdout period. */
    public record Customer(RepeatHistory history, long holdoutPurchases) { }

    public static final int OPEN_ENDED = 7;

    public static Backtest of(Instant calibrationEnd, double holdoutWeeks, List<Customer> customers) {
        List<RepeatHistory> histories = customers.stream().map(Customer::history).toList();
        BgNbdFit fit = new BgNbdFitter(PurchaseModel.BG_NBD).fit(histories);
        BgNbdFit modifiedFit = new BgNbdFitter(PurchaseModel.MBG_NBD).fit(histories);
        Optional<BgNbdModel> model = fit.model();
        Optional<BgNbdModel> modified = modifiedFit.model();
        long[] count = new long[OPEN_ENDED + 1];
        double[] predicted = new double[OPEN_ENDED + 1];
        double[] predictedModified = new double[OPEN_ENDED + 1];
        long[] actual = new long[OPEN_ENDED + 1];
        double absoluteError = 0;
        double absoluteErrorModified = 0;
        double totalPredicted = 0;
        double totalPredictedModified = 0;
        long totalActual = 0;
        for (Customer c : customers) {
            RepeatHistory h = c.history();
            double expected = model.map(m -> m.expectedPurchases(holdoutWeeks, h.x(), h.tx(), h.age())).orElse(0.0);
            double expectedModified = modified.map(m -> m.expectedPurchases(holdoutWeeks, h.x(), h.tx(), h.age())).orElse(0.0);
            int group = Math.min(h.x(), OPEN_ENDED);
            count[group]++;
            predicted[group] += expected;
            predictedModified[group] += expectedModified;
            actual[group] += c.holdoutPurchases();
            absoluteError += Math.abs(expected - c.holdoutPurchases());
            absoluteErrorModified += Math.abs(expectedModified - c.holdoutPurchases());
            totalPredicted += expected;
            totalPredictedModified += expectedModified;
            totalActual += c.holdoutPurchases();
        }
        List<Group> groups = new ArrayList<>();
        for (int g = 0; g <= OPEN_ENDED; g++) {
            if (count[g] > 0) {
                groups.add(new Group(g, count[g], predicted[g] / count[g], (double) actual[g] / count[g],
                        predictedModified[g] / count[g]));
            }
        }
        int n = customers.size();
        return new Backtest(calibrationEnd, holdoutWeeks, n, fit, List.copyOf(groups), n == 0 ? 0 : absoluteError / n,
                totalPredicted, totalActual, modifiedFit, n == 0 ? 0 : absoluteErrorModified / n, totalPredictedModified);
    }
}
