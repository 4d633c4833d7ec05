package io.dangol.crm.segment.web;

import io.dangol.crm.segment.SegmentFilter;
import io.dangol.crm.segment.SegmentMember;
import io.dangol.crm.segment.SegmentSort;
import io.dangol.crm.segment.SegmentSummary;
import java.util.List;

/**
 * One page of a segment as the list template shows it: its name, size and value, the customers, and the links to
 * other pages and orders (which carry the filter when the segment is not saved or predefined).
 */
record SegmentListing(String path, String filterQuery, SegmentFilter filter, SegmentSummary summary,
                      List<SegmentMember> members, SegmentSort sort, boolean descending, int page, int size) {

    int pages() {
        return pages(summary.customers(), size);
    }

    /** How many pages of {@code size} a segment of {@code customers} fills (at least one, for "nobody"). */
    static int pages(long customers, int size) {
        return (int) Math.max(1, (customers + size - 1) / size);
    }

    public boolean hasNext() {
        return page < pages();
    }

    public int lastPage() {
        return pages();
    }

    /** The address of a page of this segment in the current order. */
    public String pageHref(int target) {
        return href(sort, descending, Math.max(1, Math.min(target, pages())));
    }

    /** The address of the first page sorted by a column; sorting again by the same column turns the direction. */
    public String sortHref(SegmentSort by) {
        boolean nextDescending = by != sort || !descending;
        return href(by, nextDescending, 1);
    }

    public boolean sortedBy(SegmentSort by) {
        return sort == by;
    }

    private String href(SegmentSort by, boolean down, int target) {
        String query = (filterQuery.isEmpty() ? "" : filterQuery + "&") + "sort=" + by.parameter()
                + "&dir=" + (down ? "desc" : "asc") + "&page=" + target;
        return path + "?" + query;
    }
}
