package io.dangol.crm.scoring.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** The predictions printed with their columns' decimals, against PostgreSQL's rounding of the double's own digits. */
class ScoreTableProperties {

    @Property(tries = 2_000)
    void aDoubleIsPrintedAsPostgresqlWouldRoundIt(@ForAll @DoubleRange(min = -1e6, max = 1e6) double value,
                                                  @ForAll @IntRange(min = 0, max = 6) int scale) {
        StringBuilder printed = new StringBuilder();
        ScoreTable.appendFixed(printed, value, scale);

        BigDecimal rounded = new BigDecimal(Double.toString(value)).setScale(scale, RoundingMode.HALF_UP);
        assertThat(new BigDecimal(printed.toString())).isEqualByComparingTo(rounded);
        assertThat(printed.toString()).doesNotContain("E");
    }

    @Example
    void smallAndSpecialValues() {
        assertThat(fixed(0.0005, 4)).isEqualTo("0.0005");
        assertThat(fixed(0.00005, 4)).isEqualTo("0.0001");
        assertThat(fixed(1.0, 6)).isEqualTo("1.000000");
        assertThat(fixed(0.9999996, 6)).isEqualTo("1.000000");
        assertThat(fixed(-0.00004, 4)).isEqualTo("0.0000");
        assertThat(fixed(-2.5, 0)).isEqualTo("-3");
        assertThat(fixed(Double.NaN, 4)).isEqualTo("NaN");
        assertThat(fixed(3e20, 4)).isEqualTo("3.0E20");
    }

    private static String fixed(double value, int scale) {
        StringBuilder printed = new StringBuilder();
        ScoreTable.appendFixed(printed, value, scale);
        return printed.toString();
    }
}
