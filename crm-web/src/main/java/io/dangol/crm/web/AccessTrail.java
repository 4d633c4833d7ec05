package io.dangol.crm.web;

import io.dangol.crm.admin.AccessAction;
import io.dangol.crm.admin.AccessLog;
import io.dangol.crm.admin.AccessLogEntry;
import io.dangol.crm.shared.CustomerId;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * How pages write to the access log: who (a staff user, or {@code api:<token>}), from where (the client's address; behind
 * a reverse proxy the forwarded one, which the server takes only from the trusted proxies of
 * {@code server.tomcat.remoteip.internal-proxies}), which customers — every one shown, one entry each, in one round
 * trip — what they did, what it was and, for a download, why.
 */
@Component
public class AccessTrail {

    /** Entries of a download are written in batches of this many customers as the file streams. */
    static final int BATCH = 10_000;

    private final AccessLog log;
    private final Clock clock;

    AccessTrail(AccessLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    /** One customer's personal data seen or changed. */
    public void customer(HttpServletRequest request, String who, long customerId, AccessAction action, String what) {
        customers(request, who, List.of(customerId), action, what, "");
    }

    /** Each of these customers' personal data seen — one entry per customer, written in one round trip. */
    public void customers(HttpServletRequest request, String who, List<Long> customerIds, AccessAction action, String what) {
        customers(request, who, customerIds, action, what, "");
    }

    /** The same, for a download, with the reason the user gave for it. */
    public void customers(HttpServletRequest request, String who, List<Long> customerIds, AccessAction action, String what,
                          String reason) {
        Instant now = clock.instant();
        String source = request.getRemoteAddr();
        log.record(customerIds.stream().map(id -> new AccessLogEntry(now, who, source, Optional.of(new CustomerId(id)),
                action, what, reason)).toList());
    }

    /** Something done that showed nobody's personal data (a search that found no one, a file of rows of no customer). */
    public void many(HttpServletRequest request, String who, AccessAction action, String what) {
        many(request, who, action, what, "");
    }

    public void many(HttpServletRequest request, String who, AccessAction action, String what, String reason) {
        log.record(new AccessLogEntry(clock.instant(), who, request.getRemoteAddr(), Optional.empty(), action, what, reason));
    }

    /**
     * A download that streams many customers: each customer written to the file is added, and the entries go to the log
     * in batches as the file streams — a download broken off names exactly the customers sent so far.
     */
    public Download download(HttpServletRequest request, String who, String what, String reason) {
        return new Download(who, request.getRemoteAddr(), what, reason);
    }

    public final class Download implements AutoCloseable {
        private final String who;
        private final String source;
        private final String what;
        private final String reason;
        private final List<AccessLogEntry> pending = new ArrayList<>();

        private Download(String who, String source, String what, String reason) {
            this.who = who;
            this.source = source;
            this.what = what;
            this.reason = reason;
        }

        public void add(long customerId) {
            pending.add(new AccessLogEntry(clock.instant(), who, source, Optional.of(new CustomerId(customerId)),
                    AccessAction.EXPORT, what, reason));
            if (pending.size() >= BATCH) {
                flush();
            }
        }

        private void flush() {
            log.record(List.copyOf(pending));
            pending.clear();
        }

        @Override
        public void close() {
            if (!pending.isEmpty()) {
                flush();
            }
        }
    }
}
