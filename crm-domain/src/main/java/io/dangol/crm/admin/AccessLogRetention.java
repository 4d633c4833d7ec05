package io.dangol.crm.admin;

import io.dangol.crm.shared.WritePort;
import java.time.Instant;

/**
 * Where old entries leave the access log and the record of rights changes. The database refuses to remove entries
 * younger than two years (rights changes: three) whatever it is asked, and removes the log only from its oldest end so
 * the chain that stays is unbroken.
 */
@WritePort
public interface AccessLogRetention {

    long purgeAccessLog(Instant olderThan);

    long purgeRightsChanges(Instant olderThan);
}
