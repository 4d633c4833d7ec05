package io.dangol.crm.servicecase;

import io.dangol.crm.contact.ContactChannel;
import io.dangol.crm.contact.Department;
import io.dangol.crm.ladder.LadderStage;
import io.dangol.crm.shared.CustomerId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The cases as the desk reads them: queues with filters, one case with its history, a customer's open cases. A core
 * customer's complaint comes first, then the case due soonest.
 */
public interface CaseQueue {

    /** Which cases a queue shows; empty fields do not filter. {@code active} keeps the cases still to be worked on. */
    record Filter(Optional<Long> assignee, Optional<Department> team, boolean active, Optional<ServiceCaseStatus> status,
                  Optional<ServiceCaseKind> kind, Optional<ServiceCaseSeverity> severity, boolean overdueOnly,
                  Optional<LadderStage> stage) {

        public static Filter activeCases() {
            return new Filter(Optional.empty(), Optional.empty(), true, Optional.empty(), Optional.empty(), Optional.empty(),
                    false, Optional.empty());
        }
    }

    record Row(long id, long customerId, String customerName, LadderStage stage, ServiceCaseKind kind,
               ServiceCaseSeverity severity, ServiceCaseStatus status, String subject, Instant openedAt,
               Optional<Instant> firstResponseDue, Optional<Instant> firstRespondedAt, Optional<Instant> resolutionDue,
               Optional<String> assignee, Department team, boolean overdue) {

        /** Core customer's complaint: comes first in every queue. */
        public boolean coreComplaint() {
            return stage == LadderStage.CORE && kind == ServiceCaseKind.COMPLAINT;
        }
    }

    record Page(List<Row> rows, int page, boolean hasNext) { }

    record Step(Instant at, String by, CaseStep step, Optional<ServiceCaseStatus> from, Optional<ServiceCaseStatus> to,
                String note, Optional<Long> contactId) { }

    record CaseView(Row row, String description, ContactChannel channel, Optional<Long> orderId, Optional<String> orderNumber,
                    Optional<String> orderLine,
                    Optional<Instant> closedAt, Optional<String> outcome, Optional<CostKind> costKind, BigDecimal cost,
                    Optional<String> assigneeUsername, String openedBy, List<Step> steps) { }

    /** An order the case form offers (the customer's most recent ones), with its lines. */
    record OrderChoice(long id, String number, Instant orderedAt, BigDecimal total, List<LineChoice> lines) { }

    /** One line of an order: its product and quantity. */
    record LineChoice(long id, int lineNo, String product, int quantity) { }

    Page page(Filter filter, Instant now, int page, int size);

    Optional<CaseView> view(long caseId, Instant now);

    /** The customer's cases still to be worked on, due soonest first. */
    List<Row> activeFor(CustomerId customer, Instant now);

    List<OrderChoice> recentOrders(CustomerId customer, int limit);

    /** The customer's name for the case form; empty when not on record or erased. */
    Optional<String> customerName(CustomerId customer);
}
