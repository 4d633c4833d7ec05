package io.dangol.crm.admin;

import java.util.List;

/** Every view or export of a customer's personal data, for admins to review. Append only. */
public interface AccessLog {

    void record(AccessLogEntry entry);

    List<AccessLogEntry> latest(int limit);
}
