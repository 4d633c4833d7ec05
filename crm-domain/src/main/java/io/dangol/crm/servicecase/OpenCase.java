package io.dangol.crm.servicecase;

import io.dangol.crm.admin.Role;
import io.dangol.crm.admin.StaffDirectory;
import io.dangol.crm.shared.CustomerId;
import io.dangol.crm.shared.CustomerNotFound;
import io.dangol.crm.shared.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Service staff open a case for a customer: the draft is checked, the order must be the customer's, the assignee
 * someone of the team; the due times follow from the severity and the desk's working hours. The case and its first
 * step are written together.
 */
public final class OpenCase {

    public record Command(CustomerId customer, CaseDraft draft, String staff, Set<Role> roles) { }

    public record Result(Optional<Long> caseId, Map<String, String> errors) {

        public boolean opened() {
            return caseId.isPresent();
        }
    }

    private final ServiceCases cases;
    private final StaffDirectory users;
    private final DueTimes dueTimes;
    private final Transactions transactions;
    private final Clock clock;

    public OpenCase(ServiceCases cases, StaffDirectory users, DueTimes dueTimes, Transactions transactions, Clock clock) {
        this.cases = cases;
        this.users = users;
        this.dueTimes = dueTimes;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Result handle(Command command) {
        if (!cases.customerExists(command.customer())) {
            throw new CustomerNotFound(command.customer());
        }
        if (!CaseStaff.mayChange(command.roles())) {
            return new Result(Optional.empty(), Map.of("case", "case.error.notAllowed"));
        }
        CaseDraft.Checked checked = command.draft().check();
        Map<String, String> errors = new LinkedHashMap<>(checked.errors());
        Optional<Long> assignee = Optional.empty();
        Optional<Long> order = Optional.empty();
        if (checked.newCase().isPresent()) {
            CaseDraft.NewCase c = checked.newCase().get();
            order = c.order();
            if (c.order().isPresent() && !cases.orderOf(command.customer(), c.order().get())) {
                errors.put("order", "case.error.orderNotCustomers");
            }
            if (c.orderLine().isPresent()) {
                order = cases.orderOfLine(command.customer(), c.orderLine().get());
                if (order.isEmpty()) {
                    errors.put("order", "case.error.orderNotCustomers");
                }
            }
            if (c.assignee().isPresent()) {
                assignee = CaseStaff.assignee(users, c.assignee().get(), c.team());
                if (assignee.isEmpty()) {
                    errors.put("assignee", "case.error.assignee");
                }
            }
        }
        if (!errors.isEmpty()) {
            return new Result(Optional.empty(), Map.copyOf(errors));
        }
        CaseDraft.NewCase c = checked.newCase().orElseThrow();
        Instant at = clock.instant();
        DueTimes.Due due = dueTimes.due(c.severity(), at);
        Optional<Long> assigned = assignee;
        Optional<Long> concerned = order;
        long id = transactions.inTransaction(() -> cases.open(command.customer(), c, concerned, assigned, due, command.staff(), at));
        return new Result(Optional.of(id), Map.of());
    }
}
