package io.dangol.crm.admin;

import io.dangol.crm.shared.WritePort;

/** Where monthly reviews of the access log are recorded; one per month, never changed. */
@WritePort
public interface AccessReviews extends AccessLogReview {

    /** False when the month had been reviewed already (by someone else, a moment ago). */
    boolean record(MonthlyReview review);
}
