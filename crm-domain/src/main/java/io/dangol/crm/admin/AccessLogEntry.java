package io.dangol.crm.admin;

import io.dangol.crm.shared.CustomerId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One look at, change of or export of a customer's personal data: who, when, from where, which customer (empty only
 * where nobody was shown: a search that found no one), what and — for a download — why, as the user gave it.
 */
public record AccessLogEntry(Instant at, String username, String sourceIp, Optional<CustomerId> customer,
                             AccessAction action, String what, String reason) {

    /** Longest reason kept for a download. */
    public static final int REASON_LIMIT = 500;

    public AccessLogEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(action, "action");
        sourceIp = sourceIp == null ? "" : sourceIp;
        what = what == null ? "" : what;
        reason = reason == null ? "" : reason.strip();
        if (reason.length() > REASON_LIMIT) {
            reason = reason.substring(0, REASON_LIMIT);
        }
    }

    public AccessLogEntry(Instant at, String username, String sourceIp, Optional<CustomerId> customer, AccessAction action,
                          String what) {
        this(at, username, sourceIp, customer, action, what, "");
    }
}
