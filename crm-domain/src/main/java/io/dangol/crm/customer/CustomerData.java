package io.dangol.crm.customer;

import io.dangol.crm.shared.CustomerId;
import java.util.List;
import java.util.Map;

/**
 * Everything Dangol holds about one customer (and the records merged into theirs), table by table, each row as column
 * → value (text, number, boolean, a list for an array, ISO-8601 for a time): what the right of access and data
 * portability (PIPA art. 35, GDPR art. 15 and 20) hand over, access log entries about them included.
 */
public record CustomerData(CustomerId customer, Map<String, List<Map<String, Object>>> tables) {

    public CustomerData {
        tables = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(tables));
    }

    /** Read port of the export. */
    public interface Source {

        /** Empty when there is no live customer of that id. */
        java.util.Optional<CustomerData> everything(CustomerId customer);
    }
}
