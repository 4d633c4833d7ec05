package io.dangol.crm.api;

import io.dangol.crm.shared.CustomerId;
import java.util.List;
import java.util.Optional;

/** Finding customers for channel systems. Erased customers are never found. */
public interface ApiCustomers {

    Optional<ApiCustomer> byId(CustomerId customer);

    /** A page of customers, ordered by id, narrowed by whichever criteria are given (all of them must hold). */
    List<ApiCustomer> find(CustomerQuery query, int page, int size);

    long count(CustomerQuery query);

    /** A page of the customer's orders, newest first (ties by id), with their lines. */
    List<ApiOrder> orders(CustomerId customer, int page, int size);

    long orderCount(CustomerId customer);

    /** Dangol's id of the customer a source system knows by its id (the survivor, for a merged record). */
    Optional<CustomerId> bySourceId(String sourceSystem, String externalId);

    /** Dangol's id of the customer who placed the order a source system knows by its id. */
    Optional<CustomerId> byOrder(String sourceSystem, String orderId);

    /**
     * What a lookup asks: the customer a source system knows by its id, or those with a phone (any format) or an
     * e-mail address; all empty lists everyone.
     */
    record CustomerQuery(Optional<String> sourceSystem, Optional<String> externalId, Optional<String> phoneLookup,
                         Optional<String> email) {
    }
}
