package io.dangol.crm.admin;

import io.dangol.crm.shared.CustomerId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Which entries of the access log an admin reads: by user, by customer ("who saw customer X?"), by action, within
 * {@code [from, to)}.
 */
public record AccessLogFilter(Optional<String> username, Optional<CustomerId> customer, Optional<AccessAction> action,
                              Instant from, Instant to) {

    public AccessLogFilter {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        username = username.map(String::strip).filter(u -> !u.isEmpty());
    }
}
