package io.dangol.crm.customer;

import io.dangol.crm.shared.CustomerNotFound;
import io.dangol.crm.shared.CustomerId;
import java.util.Optional;

/** The customers on record. */
public interface Customers {

    Customer save(Customer customer);

    Optional<Customer> find(CustomerId id);

    default Customer get(CustomerId id) {
        return find(id).orElseThrow(() -> new CustomerNotFound(id));
    }

    long count();
}
