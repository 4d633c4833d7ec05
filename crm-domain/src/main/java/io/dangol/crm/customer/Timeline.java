package io.dangol.crm.customer;

import io.dangol.crm.shared.CustomerId;
import java.util.List;

/** A customer's one timeline across departments, newest first. */
public interface Timeline {

    record Page(List<TimelineEntry> entries, int page, boolean hasNext) { }

    Page page(CustomerId customer, int page, int size);
}
