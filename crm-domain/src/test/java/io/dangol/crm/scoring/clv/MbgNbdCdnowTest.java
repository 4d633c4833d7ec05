package io.dangol.crm.scoring.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * MBG/NBD (Batislam, Denizel &amp; Filiztekin 2007) on the CDNOW cohort, against the parameters and predictions the
 * `lifetimes` package's ModifiedBetaGeoFitter formulas give when maximised with SciPy (r 0.5248, α 6.1830, a 0.8914,
 * b 1.6140, log-likelihood −9582.133 — a hair above BG/NBD's −9582.429).
 */
class MbgNbdCdnowTest {

    private static BgNbdFit fit;

    @BeforeAll
    static void fitTheCohort() {
        fit = new BgNbdFitter(PurchaseModel.MBG_NBD).fit(Cdnow.calibration().stream()
                .map(c -> RepeatHistory.of(c.x(), c.tx(), c.age())).toList());
    }

    @Test
    void theFitMatchesAnIndependentMaximisation() {
        BgNbdParameters p = fit.parameters().orElseThrow();
        assertThat(fit.kind()).isEqualTo(PurchaseModel.MBG_NBD);
        assertThat(p.r()).isCloseTo(0.524838, withinPercentage(0.5));
        assertThat(p.alpha()).isCloseTo(6.182992, withinPercentage(0.5));
        assertThat(p.a()).isCloseTo(0.891356, withinPercentage(0.5));
        assertThat(p.b()).isCloseTo(1.614000, withinPercentage(0.5));
        assertThat(fit.logLikelihood()).isCloseTo(-9582.1327, within(0.01));
    }

    @Test
    void aOneTimeBuyerIsNoLongerCertainlyAlive() {
        BgNbdModel mbg = BgNbdModel.modified(new BgNbdParameters(0.5248379789552963, 6.18299194735401, 0.8913562788006829,
                1.6139995683090809));
        BgNbdModel bg = new BgNbdModel(new BgNbdParameters(0.2425982, 4.4136842, 0.7929899, 2.4261667));

        assertThat(bg.probabilityAlive(0, 0, 38.86)).isEqualTo(1.0);
        assertThat(mbg.probabilityAlive(0, 0, 38.86)).isCloseTo(0.389716, within(1e-5));
        assertThat(mbg.probabilityAlive(0, 0, 70)).as("and less the longer ago").isLessThan(mbg.probabilityAlive(0, 0, 38.86));
        assertThat(mbg.probabilityAlive(26, 30.85714, 31)).isCloseTo(0.965485, within(1e-5));
        assertThat(mbg.expectedPurchases(52, 26, 30.85714, 31)).isCloseTo(23.998261, within(1e-4));
        assertThat(mbg.expectedPurchases(39, 2, 30.43, 38.86)).isCloseTo(1.262671, within(1e-5));
        assertThat(mbg.expectedPurchasesOfANewCustomer(52)).isCloseTo(1.418889, within(1e-5));
        assertThat(mbg.logLikelihood(2, 30.43, 38.86)).isLessThan(0);
    }

    @Test
    void bgNbdIsUnchangedByTheVariant() {
        BgNbdFit classic = new BgNbdFitter().fit(Cdnow.calibration().stream()
                .map(c -> RepeatHistory.of(c.x(), c.tx(), c.age())).toList());
        assertThat(classic.kind()).isEqualTo(PurchaseModel.BG_NBD);
        assertThat(classic.logLikelihood()).isCloseTo(-9582.429, within(0.01));
    }
}
