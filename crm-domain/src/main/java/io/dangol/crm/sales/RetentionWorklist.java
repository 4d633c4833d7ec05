package io.dangol.crm.sales;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The core-at-risk worklist: a case is opened for each core customer on the churn radar who has none open; sales
 * assigns them, logs retention contacts (which mark the case contacted) and closes them as retained or lost.
 */
public interface RetentionWorklist {

    /** Opens cases for flagged core customers without an open one; returns how many were opened. */
    int openNewCases(Instant at);

    /** Open and contacted cases (or all, closed included), for one assignee when given, most valuable first. */
    List<RetentionCase> cases(Optional<String> assignee, boolean includeClosed, int limit);

    boolean assign(long caseId, Optional<String> assignee, String by, Instant at);

    boolean setStatus(long caseId, RetentionStatus status, String by, Instant at);

    /** A retention contact was logged with this customer: an open case becomes contacted. */
    void contacted(long customerId, String by, Instant at);
}
