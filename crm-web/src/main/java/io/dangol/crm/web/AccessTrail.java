package io.dangol.crm.web;

import io.dangol.crm.admin.AccessAction;
import io.dangol.crm.admin.AccessLog;
import io.dangol.crm.admin.AccessLogEntry;
import io.dangol.crm.shared.CustomerId;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * How pages write to the access log: who (a staff user, or {@code api:<token>}), from where, which customer — or
 * many, for a list or an export — what they did and what it was.
 */
@Component
public class AccessTrail {

    private final AccessLog log;
    private final Clock clock;

    AccessTrail(AccessLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    /** One customer's personal data seen or changed. */
    public void customer(HttpServletRequest request, String who, long customerId, AccessAction action, String what) {
        log.record(new AccessLogEntry(clock.instant(), who, request.getRemoteAddr(), Optional.of(new CustomerId(customerId)),
                action, what));
    }

    /** Each of these customers' personal data seen — one entry per customer, written in one round trip. */
    public void customers(HttpServletRequest request, String who, List<Long> customerIds, AccessAction action, String what) {
        Instant now = clock.instant();
        log.record(customerIds.stream().map(id -> new AccessLogEntry(now, who, request.getRemoteAddr(),
                Optional.of(new CustomerId(id)), action, what)).toList());
    }

    /** Many customers' personal data seen (a list, a search) or exported. */
    public void many(HttpServletRequest request, String who, AccessAction action, String what) {
        log.record(new AccessLogEntry(clock.instant(), who, request.getRemoteAddr(), Optional.empty(), action, what));
    }
}
