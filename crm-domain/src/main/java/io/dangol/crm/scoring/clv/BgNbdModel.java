package io.dangol.crm.scoring.clv;

import static org.hipparchus.special.Gamma.logGamma;

/**
 * The BG/NBD model (Fader, Hardie &amp; Lee 2005, "Counting your customers the easy way") with given
 * parameters: the likelihood of a purchase history, P(alive), and expected purchases — or, as
 * {@link #modified}, the MBG/NBD of Batislam, Denizel &amp; Filiztekin (2007), in which a customer may also drop
 * out right after their first purchase: its terms carry b + x + 1 where BG/NBD has b + x, and the drop-out term
 * a/(b + x) applies to every customer, not only to those who repeated.
 */
public final class BgNbdModel {

    private final BgNbdParameters p;
    private final boolean modified;

    public BgNbdModel(BgNbdParameters parameters) {
        this(parameters, PurchaseModel.BG_NBD);
    }

    public BgNbdModel(BgNbdParameters parameters, PurchaseModel kind) {
        this.p = parameters;
        this.modified = kind == PurchaseModel.MBG_NBD;
    }

    /** The MBG/NBD with these parameters. */
    public static BgNbdModel modified(BgNbdParameters parameters) {
        return new BgNbdModel(parameters, PurchaseModel.MBG_NBD);
    }

    public BgNbdParameters parameters() {
        return p;
    }

    public PurchaseModel kind() {
        return modified ? PurchaseModel.MBG_NBD : PurchaseModel.BG_NBD;
    }

    /** ln L(r, α, a, b | x, tₓ, T) of one customer (equation 6 of the paper, in logs; MBG/NBD: Batislam et al., eq. 3). */
    public double logLikelihood(int x, double tx, double age) {
        double a1 = logGamma(p.r() + x) - logGamma(p.r()) + p.r() * Math.log(p.alpha());
        int shift = modified ? 1 : 0;
        double a2 = logGamma(p.a() + p.b()) + logGamma(p.b() + x + shift) - logGamma(p.b()) - logGamma(p.a() + p.b() + x + shift);
        return a1 + a2 + logLastTerm(x, tx, age);
    }

    /** ln[(α+T)^-(r+x) + δ(x>0) a/(b+x−1) (α+tₓ)^-(r+x)]; MBG/NBD: ln[(α+T)^-(r+x) + a/(b+x) (α+tₓ)^-(r+x)]. */
    double logLastTerm(int x, double tx, double age) {
        double a3 = -(p.r() + x) * Math.log(p.alpha() + age);
        if (x == 0 && !modified) {
            return a3;
        }
        double a4 = Math.log(p.a()) - Math.log(dropOutDenominator(x)) - (p.r() + x) * Math.log(p.alpha() + tx);
        double max = Math.max(a3, a4);
        return max + Math.log(Math.exp(a3 - max) + Math.exp(a4 - max));
    }

    /** b + x − 1 (BG/NBD) or b + x (MBG/NBD). */
    private double dropOutDenominator(int x) {
        return modified ? p.b() + x : p.b() + x - 1;
    }

    /**
     * The probability that a customer with this history is still active (under BG/NBD 1 for someone who never
     * repeated; under MBG/NBD less, and the less the longer they have been silent).
     */
    public double probabilityAlive(int x, double tx, double age) {
        if (x == 0 && !modified) {
            return 1.0;
        }
        double logRatio = Math.log(p.a()) - Math.log(dropOutDenominator(x))
                + (p.r() + x) * (Math.log(p.alpha() + age) - Math.log(p.alpha() + tx));
        return 1.0 / (1.0 + Math.exp(logRatio));
    }

    /** E[Y(t) | x, tₓ, T]: expected purchases in the next {@code t} periods (equation 10). */
    public double expectedPurchases(double t, int x, double tx, double age) {
        if (t <= 0) {
            return 0;
        }
        int shift = modified ? 1 : 0;
        double z = t / (p.alpha() + age + t);
        double hyper = Hypergeometric.f21(p.r() + x, p.b() + x + shift, p.a() + p.b() + x - 1 + shift, z);
        double discount = Math.exp((p.r() + x) * (Math.log(p.alpha() + age) - Math.log(p.alpha() + age + t)));
        double numerator = (p.a() + p.b() + x - 1 + shift) / (p.a() - 1) * (1 - discount * hyper);
        double denominator = x == 0 && !modified ? 1
                : 1 + p.a() / dropOutDenominator(x) * Math.exp((p.r() + x) * (Math.log(p.alpha() + age) - Math.log(p.alpha() + tx)));
        return numerator / denominator;
    }

    /**
     * E[Y(t) | x, tₓ, T] for several horizons at once (the lifetime value's months): the same values as
     * {@link #expectedPurchases} one by one, with one pass of the hypergeometric series.
     */
    public double[] expectedPurchases(double[] t, int x, double tx, double age) {
        int shift = modified ? 1 : 0;
        double[] z = new double[t.length];
        for (int m = 0; m < t.length; m++) {
            z[m] = t[m] <= 0 ? 0 : t[m] / (p.alpha() + age + t[m]);
        }
        double[] hyper = Hypergeometric.f21(p.r() + x, p.b() + x + shift, p.a() + p.b() + x - 1 + shift, z);
        double denominator = x == 0 && !modified ? 1
                : 1 + p.a() / dropOutDenominator(x) * Math.exp((p.r() + x) * (Math.log(p.alpha() + age) - Math.log(p.alpha() + tx)));
        double front = (p.a() + p.b() + x - 1 + shift) / (p.a() - 1);
        double[] expected = new double[t.length];
        for (int m = 0; m < t.length; m++) {
            if (t[m] <= 0) {
                continue;
            }
            double discount = Math.exp((p.r() + x) * (Math.log(p.alpha() + age) - Math.log(p.alpha() + age + t[m])));
            expected[m] = front * (1 - discount * hyper[m]) / denominator;
        }
        return expected;
    }

    /** E[X(t)]: expected purchases of a new customer in their first {@code t} periods (equation 9; MBG/NBD: eq. 5). */
    public double expectedPurchasesOfANewCustomer(double t) {
        double z = t / (p.alpha() + t);
        if (modified) {
            double hyper = Hypergeometric.f21(p.r(), p.b() + 1, p.a() + p.b(), z);
            return p.b() / (p.a() - 1) * (1 - Math.pow(p.alpha() / (p.alpha() + t), p.r()) * hyper);
        }
        double hyper = Hypergeometric.f21(p.r(), p.b(), p.a() + p.b() - 1, z);
        return (p.a() + p.b() - 1) / (p.a() - 1) * (1 - Math.pow(p.alpha() / (p.alpha() + t), p.r()) * hyper);
    }
}
