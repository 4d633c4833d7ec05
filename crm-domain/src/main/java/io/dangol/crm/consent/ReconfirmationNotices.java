package io.dangol.crm.consent;

import io.dangol.crm.shared.WritePort;
import java.time.Instant;

/** Where the re-confirmation notices sent to customers are recorded. */
@WritePort
public interface ReconfirmationNotices {

    /**
     * Records a notice sent at {@code at} to every customer whose marketing consent was granted before
     * {@code grantedBefore} and who had no notice since; the number recorded.
     */
    long recordForAllDue(Instant grantedBefore, String by, Instant at);
}
