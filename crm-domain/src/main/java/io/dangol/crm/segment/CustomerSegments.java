package io.dangol.crm.segment;

import java.util.List;

/** Reads the customers of a segment from the latest scores, a page at a time. */
public interface CustomerSegments {

    SegmentSummary summarize(SegmentFilter filter);

    /**
     * One page (1-based) of the segment in the given order, ties broken by customer id so that pages never
     * overlap or skip anyone.
     */
    List<SegmentMember> page(SegmentFilter filter, SegmentSort sort, boolean descending, int page, int size);
}
