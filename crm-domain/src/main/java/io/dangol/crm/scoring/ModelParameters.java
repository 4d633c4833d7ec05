package io.dangol.crm.scoring;

import io.dangol.crm.scoring.clv.ValueModels;
import java.util.Locale;

/**
 * The fitted parameters a run keeps: BG/NBD or MBG/NBD as {@code purchaseModel} says (r, α in weeks, a, b, log-likelihood) and Gamma-Gamma (p, q, γ in
 * the currency), how many customers the fit used, how many likelihood evaluations and how long it took. A missing model's values are null
 * and {@code note} says why.
 */
public record ModelParameters(String unit, long customers, Double r, Double alpha, Double a, Double b, Double bgnbdLogLikelihood,
                              Double p, Double q, Double gamma, Double spendLogLikelihood, long fitMillis, String note,
                              int bgnbdEvaluations, int spendEvaluations, String purchaseModel) {

    public static ModelParameters of(ValueModels.Fit fit, String unit) {
        var purchases = fit.purchases().parameters();
        var spend = fit.spend().parameters();
        String note = String.join("; ", java.util.stream.Stream.of(fit.purchases().note(), fit.spend().note())
                .filter(n -> n != null && !n.isBlank()).toList());
        return new ModelParameters(unit, fit.purchases().customers(),
                purchases.map(x -> x.r()).orElse(null), purchases.map(x -> x.alpha()).orElse(null),
                purchases.map(x -> x.a()).orElse(null), purchases.map(x -> x.b()).orElse(null),
                purchases.isPresent() ? fit.purchases().logLikelihood() : null,
                spend.map(x -> x.p()).orElse(null), spend.map(x -> x.q()).orElse(null), spend.map(x -> x.gamma()).orElse(null),
                spend.isPresent() ? fit.spend().logLikelihood() : null, fit.took().toMillis(), note,
                fit.purchases().evaluations(), fit.spend().evaluations(), fit.purchases().kind().name());
    }

    /** The CLI's last line: {"unit":"week","customers":…,"bgnbd":{…},"gammagamma":{…}}. */
    public String toJson() {
        return String.format(Locale.ROOT, "{\"unit\":\"%s\",\"customers\":%d,\"model\":\"%s\",\"bgnbd\":%s,\"gammagamma\":%s}",
                unit, customers, purchaseModel,
                r == null ? "null" : String.format(Locale.ROOT, "{\"r\":%s,\"alpha\":%s,\"a\":%s,\"b\":%s,\"ll\":%s}",
                        r, alpha, a, b, bgnbdLogLikelihood),
                p == null ? "null" : String.format(Locale.ROOT, "{\"p\":%s,\"q\":%s,\"gamma\":%s}", p, q, gamma));
    }
}
