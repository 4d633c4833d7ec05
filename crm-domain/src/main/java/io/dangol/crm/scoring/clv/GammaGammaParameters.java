package io.dangol.crm.scoring.clv;

/** Gamma-Gamma spend parameters (Fader &amp; Hardie 2013): p, q, and the scale gamma in currency units. */
public record GammaGammaParameters(double p, double q, double gamma) {

    public GammaGammaParameters {
        if (!(p > 0 && q > 0 && gamma > 0) || !Double.isFinite(p + q + gamma)) {
            throw new IllegalArgumentException("Gamma-Gamma parameters are positive: p=" + p + ", q=" + q + ", gamma=" + gamma);
        }
    }
}
