package io.dangol.crm.scoring.clv;

import java.time.Duration;
import java.util.Optional;

/**
 * The outcome of fitting BG/NBD: the parameters (empty when the data cannot identify them, e.g. nobody ever
 * bought twice), the maximised log-likelihood, the optimizer's evaluations and the time it took.
 */
public record BgNbdFit(Optional<BgNbdParameters> parameters, double logLikelihood, long customers, int evaluations,
                       Duration took, String note) {

    public Optional<BgNbdModel> model() {
        return parameters.map(BgNbdModel::new);
    }
}
