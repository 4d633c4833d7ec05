package io.dangol.crm.customer;

import io.dangol.crm.shared.CustomerId;
import io.dangol.crm.shared.WritePort;
import java.time.Instant;
import java.util.List;

/** Where registrations are written; {@link RegisterCustomer} writes them. */
@WritePort
public interface Registrations {

    /**
     * Writes the customer, their contact points (verified at {@code at} when staff confirmed them), birthday, the
     * ticked consents as granted at {@code at}, and the registration itself — who, when, where, the wording's version,
     * a guardian, and the possible duplicates it was saved despite.
     */
    CustomerId register(NewCustomer customer, List<CustomerId> despite, String by, Instant at);
}
