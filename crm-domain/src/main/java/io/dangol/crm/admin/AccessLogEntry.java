package io.dangol.crm.admin;

import io.dangol.crm.shared.CustomerId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One look at (or export of) a customer's personal data: who, when, from where, which customer (empty for
 * an export of many), what and why.
 */
public record AccessLogEntry(Instant at, String username, String sourceIp, Optional<CustomerId> customer,
                             AccessAction action, String what) {

    public AccessLogEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(action, "action");
        sourceIp = sourceIp == null ? "" : sourceIp;
        what = what == null ? "" : what;
    }
}
