package io.dangol.crm.customer;

import io.dangol.crm.shared.CustomerId;
import java.util.Optional;

/** The customer page's data. */
public interface CustomerFiles {

    Optional<CustomerFile> open(CustomerId customer);

    /** Whether the customer is there (and not erased), without reading their file. */
    boolean exists(CustomerId customer);
}
