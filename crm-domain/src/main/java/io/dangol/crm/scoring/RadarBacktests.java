package io.dangol.crm.scoring;

import java.time.Instant;

/** Runs the churn radar as of a past date against the shop's own orders; reads only, changes nothing. */
public interface RadarBacktests {

    RadarBacktest run(Instant asOf, int holdoutWeeks);
}
