package io.dangol.crm.scoring.clv;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A backtest as BTYD practitioners validate a model: fit BG/NBD on a calibration period, predict each
 * customer's purchases over the holdout period that follows, and compare with what they actually bought —
 * per number of repeat purchases in calibration (the classic calibration/holdout chart) and overall.
 */
public record Backtest(Instant calibrationEnd, double holdoutWeeks, long customers, BgNbdFit fit, List<Group> groups,
                       double meanAbsoluteError, double totalPredicted, long totalActual) {

    /** Customers who made {@code repeats} repeat purchases in calibration ({@link #OPEN_ENDED} and more in the last group). */
    public record Group(int repeats, long customers, double meanPredicted, double meanActual) {

        public boolean isOpenEnded() {
            return repeats == OPEN_ENDED;
        }
    }

    /** One customer: their calibration history (in weeks) and their purchases in the holdout period. */
    public record Customer(RepeatHistory history, long holdoutPurchases) { }

    public static final int OPEN_ENDED = 7;

    public static Backtest of(Instant calibrationEnd, double holdoutWeeks, List<Customer> customers) {
        BgNbdFit fit = new BgNbdFitter().fit(customers.stream().map(Customer::history).toList());
        Optional<BgNbdModel> model = fit.model();
        long[] count = new long[OPEN_ENDED + 1];
        double[] predicted = new double[OPEN_ENDED + 1];
        long[] actual = new long[OPEN_ENDED + 1];
        double absoluteError = 0;
        double totalPredicted = 0;
        long totalActual = 0;
        for (Customer c : customers) {
            RepeatHistory h = c.history();
            double expected = model.map(m -> m.expectedPurchases(holdoutWeeks, h.x(), h.tx(), h.age())).orElse(0.0);
            int group = Math.min(h.x(), OPEN_ENDED);
            count[group]++;
            predicted[group] += expected;
            actual[group] += c.holdoutPurchases();
            absoluteError += Math.abs(expected - c.holdoutPurchases());
            totalPredicted += expected;
            totalActual += c.holdoutPurchases();
        }
        List<Group> groups = new ArrayList<>();
        for (int g = 0; g <= OPEN_ENDED; g++) {
            if (count[g] > 0) {
                groups.add(new Group(g, count[g], predicted[g] / count[g], (double) actual[g] / count[g]));
            }
        }
        return new Backtest(calibrationEnd, holdoutWeeks, customers.size(), fit, List.copyOf(groups),
                customers.isEmpty() ? 0 : absoluteError / customers.size(), totalPredicted, totalActual);
    }
}
