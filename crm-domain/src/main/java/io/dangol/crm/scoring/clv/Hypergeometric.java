package io.dangol.crm.scoring.clv;

/**
 * The Gauss hypergeometric function ₂F₁(a, b; c; z) for 0 ≤ z < 1 by its power series, which the BG/NBD
 * predictions need and Hipparchus does not provide. Terms are summed until they stop changing the sum in
 * the 15th digit. When Euler's transformation ₂F₁(a, b; c; z) = (1 − z)^(c−a−b) ₂F₁(c−a, c−b; c; z) gives
 * smaller numerator parameters (as for heavy buyers, where a and b grow with their purchases), the series
 * is summed in that form: it needs far fewer terms and cancels less.
 */
final class Hypergeometric {

    private static final int MAX_TERMS = 100_000;

    private Hypergeometric() {
    }

    static double f21(double a, double b, double c, double z) {
        if (z < 0 || z >= 1) {
            throw new IllegalArgumentException("2F1 series needs 0 <= z < 1, not " + z);
        }
        if (Math.abs((c - a) * (c - b)) < Math.abs(a * b)) {
            return Math.pow(1 - z, c - a - b) * series(c - a, c - b, c, z);
        }
        return series(a, b, c, z);
    }

    /**
     * ₂F₁(a, b; c; zₘ) for several z at once — the lifetime value needs one per month of its horizon: the terms' common
     * factor is computed once per step, so twelve values cost little more than the one with the largest z.
     */
    static double[] f21(double a, double b, double c, double[] z) {
        for (double zm : z) {
            if (zm < 0 || zm >= 1) {
                throw new IllegalArgumentException("2F1 series needs 0 <= z < 1, not " + zm);
            }
        }
        boolean euler = Math.abs((c - a) * (c - b)) < Math.abs(a * b);
        double[] sums = euler ? series(c - a, c - b, c, z) : series(a, b, c, z);
        if (euler) {
            for (int m = 0; m < z.length; m++) {
                sums[m] *= Math.pow(1 - z[m], c - a - b);
            }
        }
        return sums;
    }

    private static double[] series(double a, double b, double c, double[] z) {
        int k = z.length;
        double[] term = new double[k];
        double[] sum = new double[k];
        java.util.Arrays.fill(term, 1);
        java.util.Arrays.fill(sum, 1);
        for (int n = 0; n < MAX_TERMS; n++) {
            double factor = (a + n) * (b + n) / ((c + n) * (n + 1));
            boolean converged = true;
            for (int m = 0; m < k; m++) {
                term[m] *= factor * z[m];
                sum[m] += term[m];
                converged &= Math.abs(term[m]) < 1e-15 * Math.abs(sum[m]);
            }
            if (converged) {
                return sum;
            }
        }
        throw new ArithmeticException("2F1(" + a + ", " + b + "; " + c + "; z…) did not converge");
    }

    private static double series(double a, double b, double c, double z) {
        double term = 1;
        double sum = 1;
        for (int n = 0; n < MAX_TERMS; n++) {
            term *= (a + n) * (b + n) / ((c + n) * (n + 1)) * z;
            sum += term;
            if (Math.abs(term) < 1e-15 * Math.abs(sum)) {
                return sum;
            }
        }
        throw new ArithmeticException("2F1(" + a + ", " + b + "; " + c + "; " + z + ") did not converge");
    }
}
