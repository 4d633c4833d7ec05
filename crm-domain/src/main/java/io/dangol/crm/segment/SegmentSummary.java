package io.dangol.crm.segment;

import java.math.BigDecimal;

/** How many customers a segment holds and what they are worth: predicted CLV and value to date, in won. */
public record SegmentSummary(long customers, BigDecimal predictedClv, BigDecimal historicalClv) {

    public static final SegmentSummary EMPTY = new SegmentSummary(0, BigDecimal.ZERO, BigDecimal.ZERO);
}
