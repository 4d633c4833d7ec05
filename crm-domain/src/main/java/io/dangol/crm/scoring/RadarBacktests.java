package io.dangol.crm.scoring;

import java.time.Instant;

/** Runs the churn radar as of a past date against the shop's own orders; reads only, changes nothing. */
public interface RadarBacktests {

    /** With the purchase model of the scoring settings. */
    RadarBacktest run(Instant asOf, int holdoutWeeks);

    /** With this purchase model (to compare BG/NBD and MBG/NBD on the shop's data). */
    RadarBacktest run(Instant asOf, int holdoutWeeks, io.dangol.crm.scoring.clv.PurchaseModel model);
}
