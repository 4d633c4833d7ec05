package io.dangol.crm.customer;

import java.util.Set;
import java.util.TreeSet;

/** What staff edit of who a customer is: name, person or company, tags. */
public record CustomerProfile(String name, CustomerKind kind, Set<String> tags) {

    public CustomerProfile {
        tags = Set.copyOf(tags);
    }

    /** The tags as one line, sorted, for the record of a change. */
    public String tagLine() {
        return String.join(", ", new TreeSet<>(tags));
    }
}
