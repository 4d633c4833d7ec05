package io.dangol.crm.retention;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The core-at-risk worklist: the cases {@link OpenRetentionCases} opened at the end of each scoring run, as sales
 * works them — assigned, contacted (a retention contact logged on the customer page), closed as retained or lost.
 */
public interface RetentionWorklist {

    /** Open and contacted cases (or all, closed included), for one assignee when given, most valuable first. */
    List<RetentionCase> cases(Optional<String> assignee, boolean includeClosed, int limit);

    /** How many of the cases the latest successful scoring run opened are still new: open, not yet contacted. */
    int openedByLatestRun();

    /** What became of the core customers flagged since then: worked by the worklist, or held out of it. */
    RetentionEvidence evidenceSince(Instant since);
}
