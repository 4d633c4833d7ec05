package io.dangol.crm.customer;

import io.dangol.crm.shared.CustomerId;
import java.time.Instant;
import java.util.List;

/**
 * "Customers who bought this also bought": from the co-purchase the scoring run computed, for what this customer
 * bought for themselves (no gifts, nothing returned), leaving out anything they bought since {@code notSince}.
 * Callers show them only to customers with profiling consent.
 */
public interface Recommendations {

    List<Recommendation> forCustomer(CustomerId customer, Instant notSince, int limit);
}
