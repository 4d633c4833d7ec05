package io.dangol.crm.customer;

import java.util.List;

/**
 * One page of a search, best matches first, with the names the whole search matched so that a common name
 * ({@code 김민서} × 34) cannot hide another ({@code 김민준}).
 *
 * @param matches how many customers matched, counted up to {@link #COUNTED} ({@link #countedAll()} says whether
 *                the count is complete)
 * @param names   the most frequent names among all matches, most frequent first
 */
public record SearchResults(List<FoundCustomer> customers, List<NameCount> names, long matches, int page, int pageSize) {

    /** Matches are counted up to this many; beyond it the page says "more than". */
    public static final long COUNTED = 10_000;

    /** A name and how many matched customers bear it. */
    public record NameCount(String name, long customers) {
    }

    public SearchResults {
        customers = List.copyOf(customers);
        names = List.copyOf(names);
        if (page < 1 || pageSize < 1) {
            throw new IllegalArgumentException("page and page size start at 1");
        }
    }

    public static SearchResults none(int pageSize) {
        return new SearchResults(List.of(), List.of(), 0, 1, pageSize);
    }

    public boolean countedAll() {
        return matches <= COUNTED;
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return (long) page * pageSize < matches;
    }

    /** The number of the first customer on this page, counting from 1. */
    public long first() {
        return customers.isEmpty() ? 0 : (long) (page - 1) * pageSize + 1;
    }

    public long last() {
        return first() + customers.size() - (customers.isEmpty() ? 0 : 1);
    }

    /** How many matched customers bear this name (0 when it is not among the most frequent names). */
    public long sameName(String name) {
        return names.stream().filter(n -> n.name().equals(name)).mapToLong(NameCount::customers).findFirst().orElse(0);
    }

    /** Whether the names are worth showing: more than one, or one borne by several customers. */
    public boolean namesTellSomething() {
        return names.size() > 1 || (names.size() == 1 && names.get(0).customers() > 1);
    }
}
