package io.dangol.crm.customer;

import io.dangol.crm.shared.CustomerId;
import io.dangol.crm.shared.WritePort;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Customers' profiles as staff edit them, each change kept; {@link EditCustomer} changes them. */
@WritePort
public interface CustomerProfiles {

    /** The profile of a customer on record and not erased. */
    Optional<CustomerProfile> profile(CustomerId customer);

    /** Writes the new profile and the record of each change (who, when, before → after). */
    void change(CustomerId customer, CustomerProfile profile, List<CustomerChange> changes, String by, Instant at);

    /** The customer's birthday or wedding anniversary, if recorded. */
    Optional<SetCustomerDay.Day> day(CustomerId customer, EventKind kind);

    /** Replaces (or, empty, removes) the customer's day of that kind, recording the change. */
    void setDay(CustomerId customer, EventKind kind, Optional<SetCustomerDay.Day> day, CustomerChange change, String by, Instant at);
}
