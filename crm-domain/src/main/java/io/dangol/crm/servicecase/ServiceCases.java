package io.dangol.crm.servicecase;

import io.dangol.crm.contact.Department;
import io.dangol.crm.shared.CustomerId;
import io.dangol.crm.shared.WritePort;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * After-sales cases and the history of their steps. Written only by the case use cases; every write records its
 * step ({@link CaseStep}) with who and when. The moves are conditional on the state the use case saw, so two staff
 * moving one case at once cannot both win.
 */
@WritePort
public interface ServiceCases {

    /** Whether cases can be opened for this customer: on record and not erased. */
    boolean customerExists(CustomerId customer);

    /** Whether the order is one of this customer's. */
    boolean orderOf(CustomerId customer, long orderId);

    /** The order of the line, when the line is one of this customer's. */
    java.util.Optional<Long> orderOfLine(CustomerId customer, long orderLineId);

    /** Opens the case; {@code order} is the order it concerns (the line's order when a line was chosen). */
    long open(CustomerId customer, CaseDraft.NewCase newCase, Optional<Long> order, Optional<Long> assigneeUserId,
              DueTimes.Due due, String by, Instant at);

    Optional<CaseRecord> find(long caseId);

    /** Moves the case if it is still in {@code from}; a reopened case gets {@code due} anew. False when it was not. */
    boolean move(long caseId, ServiceCaseStatus from, ServiceCaseStatus to, Optional<DueTimes.Due> due, String note,
                 String by, Instant at);

    boolean close(long caseId, ServiceCaseStatus from, CaseOutcome outcome, CostKind costKind, BigDecimal cost, String note,
                  String by, Instant at);

    boolean assign(long caseId, Optional<Long> assigneeUserId, Department team, String by, Instant at);

    /** Records an answer logged as a contact; the first one is the case's first response. */
    void answered(long caseId, long contactId, String by, Instant at);
}
