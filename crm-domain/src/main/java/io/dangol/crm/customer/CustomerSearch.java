package io.dangol.crm.customer;

import java.util.List;

/** Finds customers by what was typed in the search box, best matches first. */
public interface CustomerSearch {

    List<FoundCustomer> find(CustomerQuery query, int limit);
}
