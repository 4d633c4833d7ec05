package io.dangol.crm.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The lift statistics against examples computed by hand (and checked with SciPy's Welch test). */
class LiftTest {

    @Test
    void twoProportionsGiveNewcombesIntervalAsInHisPaper() {
        // Newcombe (1998), Statistics in Medicine 17:873, table II, example (a): 56/70 − 48/80, method 10: 0.0524 to 0.3339
        Estimate lift = Lift.ofProportions(56, 70, 48, 80).orElseThrow();

        assertThat(lift.value()).isCloseTo(0.2, within(1e-12));
        assertThat(lift.low()).isCloseTo(0.0524, within(5e-5));
        assertThat(lift.high()).isCloseTo(0.3339, within(5e-5));
    }

    @Test
    void twoProportionsByHand() {
        // 120 of 1,000 touched bought, 90 of 1,000 held out: Wilson (0.10129, 0.14197) and (0.07368, 0.10943), so
        // 0.03 − √((0.12 − 0.10129)² + (0.10943 − 0.09)²) and 0.03 + √((0.14197 − 0.12)² + (0.09 − 0.07368)²)
        Estimate lift = Lift.ofProportions(120, 1000, 90, 1000).orElseThrow();

        assertThat(lift.value()).isCloseTo(0.03, within(1e-12));
        assertThat(lift.low()).isCloseTo(0.003096048679, within(1e-9));
        assertThat(lift.high()).isCloseTo(0.057009571193, within(1e-9));
        assertThat(lift.significant()).isTrue();
    }

    @Test
    void aHeldOutGroupWithNoBuyersStillHasAnHonestInterval() {
        // 9 of 441 touched against 0 of 116 held out: Wald would say +2.0 (+0.7 to +3.4); Newcombe says it may be chance
        Estimate lift = Lift.ofProportions(9, 441, 0, 116).orElseThrow();

        assertThat(lift.low()).isCloseTo(-0.013063072399, within(1e-9));
        assertThat(lift.high()).isCloseTo(0.038326207796, within(1e-9));
        assertThat(lift.significant()).isFalse();
    }

    @Test
    void twoMeansGiveWelchsInterval() {
        // won per customer in the window; SciPy: ttest_ind(a, b, equal_var=False).confidence_interval(0.95)
        long[] touched = {12_000, 0, 0, 35_000, 8_000, 0, 0, 22_000, 0, 15_000};
        long[] heldOut = {0, 0, 9_000, 0, 0, 12_000, 0, 0};

        Estimate lift = means(touched, heldOut);

        assertThat(lift.value()).isCloseTo(6_575, within(1e-6));
        assertThat(lift.low()).isCloseTo(-2_482.466843346, within(1e-6));
        assertThat(lift.high()).isCloseTo(15_632.466843346, within(1e-6));
        assertThat(lift.significant()).isFalse();
    }

    @Test
    void emptyOrTooSmallGroupsHaveNoInterval() {
        assertThat(Lift.ofProportions(3, 10, 0, 0)).isEmpty();
        assertThat(Lift.ofMeans(BigDecimal.TEN, BigDecimal.valueOf(100), 1, BigDecimal.ONE, BigDecimal.ONE, 5)).isEmpty();
    }

    @Test
    void groupsWithoutSpreadGiveAPointInterval() {
        Estimate lift = means(new long[] {5, 5, 5}, new long[] {2, 2});

        assertThat(lift).isEqualTo(new Estimate(3, 3, 3));
    }

    @Property(tries = 200)
    void theIntervalHoldsTheEstimateAndNarrowsWithMoreCustomers(@ForAll @IntRange(min = 0, max = 100) int buyers1,
                                                               @ForAll @IntRange(min = 0, max = 100) int buyers2) {
        Estimate small = Lift.ofProportions(buyers1, 100, buyers2, 100).orElseThrow();
        Estimate large = Lift.ofProportions(buyers1 * 100L, 10_000, buyers2 * 100L, 10_000).orElseThrow();

        assertThat(small.low()).isLessThanOrEqualTo(small.value());
        assertThat(small.high()).isGreaterThanOrEqualTo(small.value());
        assertThat(large.value()).isCloseTo(small.value(), within(1e-12));
        assertThat(large.high() - large.low()).isLessThanOrEqualTo(small.high() - small.low() + 1e-12);
    }

    private static Estimate means(long[] a, long[] b) {
        return Lift.ofMeans(sum(a), squares(a), a.length, sum(b), squares(b), b.length).orElseThrow();
    }

    private static BigDecimal sum(long[] values) {
        return BigDecimal.valueOf(Arrays.stream(values).sum());
    }

    private static BigDecimal squares(long[] values) {
        return BigDecimal.valueOf(Arrays.stream(values).map(v -> v * v).sum());
    }
}
