package io.dangol.crm.retention;

import io.dangol.crm.shared.CustomerId;
import io.dangol.crm.shared.WritePort;
import java.time.Instant;
import java.util.Optional;

/** The retention cases as the retention use cases change them. */
@WritePort
public interface RetentionCases {

    /**
     * Opens a case for each core customer the latest churn radar flagged who has no open one, none from the same
     * run and was not held out in the last 90 days — except the hold-out's share of them, drawn by its control group,
     * who are recorded as held out instead; returns how many cases were opened.
     */
    int openNewCases(Instant at, RetentionHoldOut holdOut);

    boolean assign(long caseId, Optional<String> assignee, String by, Instant at);

    boolean setStatus(long caseId, RetentionStatus status, String by, Instant at);

    /** A retention contact was logged with this customer: an open case becomes contacted. */
    void contacted(CustomerId customer, String by, Instant at);

    /**
     * Retention contacts arrived by import or API: every open case whose customer has had a retention contact since
     * the case was opened becomes contacted (set-based); returns how many.
     */
    int contactedByRetentionContacts(Instant at);
}
