package io.dangol.crm.scoring.clv;

import static org.hipparchus.special.Gamma.logGamma;

/**
 * The BG/NBD model (Fader, Hardie &amp; Lee 2005, "Counting your customers the easy way") with given
 * parameters: the likelihood of a purchase history, P(alive), and expected purchases.
 */
public final class BgNbdModel {

    private final BgNbdParameters p;

    public BgNbdModel(BgNbdParameters parameters) {
        this.p = parameters;
    }

    public BgNbdParameters parameters() {
        return p;
    }

    /** ln L(r, α, a, b | x, tₓ, T) of one customer (equation 6 of the paper, in logs). */
    public double logLikelihood(int x, double tx, double age) {
        double a1 = logGamma(p.r() + x) - logGamma(p.r()) + p.r() * Math.log(p.alpha());
        double a2 = logGamma(p.a() + p.b()) + logGamma(p.b() + x) - logGamma(p.b()) - logGamma(p.a() + p.b() + x);
        return a1 + a2 + logLastTerm(x, tx, age);
    }

    /** ln[(α+T)^-(r+x) + δ(x>0) a/(b+x−1) (α+tₓ)^-(r+x)]. */
    double logLastTerm(int x, double tx, double age) {
        double a3 = -(p.r() + x) * Math.log(p.alpha() + age);
        if (x == 0) {
            return a3;
        }
        double a4 = Math.log(p.a()) - Math.log(p.b() + x - 1) - (p.r() + x) * Math.log(p.alpha() + tx);
        double max = Math.max(a3, a4);
        return max + Math.log(Math.exp(a3 - max) + Math.exp(a4 - max));
    }

    /** The probability that a customer with this history is still active (1 for someone who never repeated). */
    public double probabilityAlive(int x, double tx, double age) {
        if (x == 0) {
            return 1.0;
        }
        double logRatio = Math.log(p.a()) - Math.log(p.b() + x - 1) + (p.r() + x) * (Math.log(p.alpha() + age) - Math.log(p.alpha() + tx));
        return 1.0 / (1.0 + Math.exp(logRatio));
    }

    /** E[Y(t) | x, tₓ, T]: expected purchases in the next {@code t} periods (equation 10). */
    public double expectedPurchases(double t, int x, double tx, double age) {
        if (t <= 0) {
            return 0;
        }
        double z = t / (p.alpha() + age + t);
        double hyper = Hypergeometric.f21(p.r() + x, p.b() + x, p.a() + p.b() + x - 1, z);
        double discount = Math.exp((p.r() + x) * (Math.log(p.alpha() + age) - Math.log(p.alpha() + age + t)));
        double numerator = (p.a() + p.b() + x - 1) / (p.a() - 1) * (1 - discount * hyper);
        double denominator = x == 0 ? 1
                : 1 + p.a() / (p.b() + x - 1) * Math.exp((p.r() + x) * (Math.log(p.alpha() + age) - Math.log(p.alpha() + tx)));
        return numerator / denominator;
    }

    /** E[X(t)]: expected purchases of a new customer in their first {@code t} periods (equation 9). */
    public double expectedPurchasesOfANewCustomer(double t) {
        double z = t / (p.alpha() + t);
        double hyper = Hypergeometric.f21(p.r(), p.b(), p.a() + p.b() - 1, z);
        return (p.a() + p.b() - 1) / (p.a() - 1) * (1 - Math.pow(p.alpha() / (p.alpha() + t), p.r()) * hyper);
    }
}
