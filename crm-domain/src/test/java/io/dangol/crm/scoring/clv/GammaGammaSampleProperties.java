package io.dangol.crm.scoring.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;

/** The fit's summed log-likelihood against the plain sum of each buyer's log-likelihood. */
class GammaGammaSampleProperties {

    @Property(tries = 300)
    void theSampleSumsWhatEachBuyerWouldAddUp(@ForAll("buyers") @Size(min = 1, max = 200) List<SpendHistory> buyers,
                                              @ForAll @DoubleRange(min = 0.05, max = 50) double p,
                                              @ForAll @DoubleRange(min = 0.05, max = 50) double q,
                                              @ForAll @DoubleRange(min = 0.05, max = 5_000) double gamma) {
        GammaGammaParameters parameters = new GammaGammaParameters(p, q, gamma);
        double plain = buyers.stream().mapToDouble(b -> GammaGammaModel.logLikelihood(parameters, b.x(), b.meanValue())).sum();

        double summed = new GammaGammaModel.Sample(buyers).total(new double[] {Math.log(p), Math.log(q), Math.log(gamma)});

        assertThat(summed).isCloseTo(plain, within(1e-9 * Math.max(1, Math.abs(plain))));
    }

    @Provide
    Arbitrary<List<SpendHistory>> buyers() {
        return Combinators.combine(Arbitraries.integers().between(1, 60), Arbitraries.doubles().between(0.01, 2_000_000))
                .as(SpendHistory::new).list();
    }
}
