package io.dangol.crm.scoring.clv;

import java.time.Duration;
import java.util.Optional;

/**
 * The outcome of fitting BG/NBD (or MBG/NBD, as {@code kind} says): the parameters (empty when the data cannot identify them, e.g. nobody ever
 * bought twice), the maximised log-likelihood, the optimizer's evaluations and the time it took.
 */
public record BgNbdFit(Optional<BgNbdParameters> parameters, double logLikelihood, long customers, int evaluations,
                       Duration took, String note, PurchaseModel kind) {

    /** A BG/NBD fit. */
    public BgNbdFit(Optional<BgNbdParameters> parameters, double logLikelihood, long customers, int evaluations,
                    Duration took, String note) {
        this(parameters, logLikelihood, customers, evaluations, took, note, PurchaseModel.BG_NBD);
    }

    public Optional<BgNbdModel> model() {
        return parameters.map(p -> new BgNbdModel(p, kind));
    }
}
