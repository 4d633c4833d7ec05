package io.dangol.crm.customer;

import java.util.List;

/** The customers on record who may be the same person as one being registered. */
public interface DuplicateCandidates {

    /**
     * Customers (not erased) with one of the new customer's phones or their e-mail address, or a similar name and the
     * same birthday — the strongest evidence first, at most {@code limit}.
     */
    List<PossibleDuplicate> of(NewCustomer customer, int limit);
}
