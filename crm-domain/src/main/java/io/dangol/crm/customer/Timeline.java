package io.dangol.crm.customer;

import java.util.List;

/** A customer's one timeline across departments, newest first. */
public interface Timeline {

    record Page(List<TimelineEntry> entries, int page, boolean hasNext) { }

    Page page(long customerId, int page, int size);
}
