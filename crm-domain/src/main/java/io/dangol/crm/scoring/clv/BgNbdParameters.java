package io.dangol.crm.scoring.clv;

/** BG/NBD parameters: purchase rate Gamma(r, alpha); dropout probability Beta(a, b). alpha is in periods. */
public record BgNbdParameters(double r, double alpha, double a, double b) {

    public BgNbdParameters {
        if (!(r > 0 && alpha > 0 && a > 0 && b > 0) || !Double.isFinite(r + alpha + a + b)) {
            throw new IllegalArgumentException("BG/NBD parameters are positive: r=" + r + ", alpha=" + alpha + ", a=" + a + ", b=" + b);
        }
    }
}
