package io.dangol.crm.admin;

import java.util.List;

/** Every view or export of a customer's personal data, for admins to review. Append only. */
public interface AccessLog {

    void record(AccessLogEntry entry);

    /** Many entries at once (a list answered to a channel system: one entry per customer in it), in one round trip. */
    void record(List<AccessLogEntry> entries);

    List<AccessLogEntry> latest(int limit);
}
