package io.dangol.crm.scoring.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** The lifetime value's months in one series give what each month's own series gives. */
class ManyHorizonsTest {

    @Property(tries = 300)
    void expectedPurchasesForManyHorizonsEqualThoseOneByOne(@ForAll @IntRange(min = 0, max = 120) int x,
                                                          @ForAll @DoubleRange(min = 0, max = 1) double recency,
                                                          @ForAll @DoubleRange(min = 0.1, max = 300) double age,
                                                          @ForAll boolean modified) {
        BgNbdParameters parameters = new BgNbdParameters(0.2426, 4.4137, 0.7930, 2.4262);
        BgNbdModel model = new BgNbdModel(parameters, modified ? PurchaseModel.MBG_NBD : PurchaseModel.BG_NBD);
        double tx = x == 0 ? 0 : recency * age;
        double[] months = new double[12];
        for (int m = 0; m < 12; m++) {
            months[m] = (m + 1) * 4.345;
        }

        double[] together = model.expectedPurchases(months, x, tx, age);

        for (int m = 0; m < 12; m++) {
            double alone = model.expectedPurchases(months[m], x, tx, age);
            assertThat(together[m]).isCloseTo(alone, within(1e-9 * Math.max(1, Math.abs(alone))));
        }
    }
}
