package io.dangol.crm.customer;

/**
 * Finds customers by what was typed in the search box: the closest names first (the exact name, then names that
 * start with it, then the most similar), customers of higher predicted value before lower among equally close
 * ones, one page at a time.
 */
public interface CustomerSearch {

    /** The page (from 1) of {@code pageSize} customers; a page beyond the last one is empty. */
    SearchResults find(CustomerQuery query, int page, int pageSize);
}
