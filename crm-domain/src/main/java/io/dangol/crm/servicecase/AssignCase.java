package io.dangol.crm.servicecase;

import io.dangol.crm.admin.Role;
import io.dangol.crm.admin.StaffDirectory;
import io.dangol.crm.contact.Department;
import io.dangol.crm.shared.Transactions;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/** A case is given to a person of a team, or back to the team's queue (blank assignee). */
public final class AssignCase {

    public record Command(long caseId, String assignee, String team, String staff, Set<Role> roles) { }

    public record Result(Optional<String> refused) {

        public boolean assigned() {
            return refused.isEmpty();
        }
    }

    private final ServiceCases cases;
    private final StaffDirectory users;
    private final Transactions transactions;
    private final Clock clock;

    public AssignCase(ServiceCases cases, StaffDirectory users, Transactions transactions, Clock clock) {
        this.cases = cases;
        this.users = users;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Result handle(Command command) {
        CaseRecord record = cases.find(command.caseId()).orElseThrow(() -> new CaseNotFound(command.caseId()));
        if (!CaseStaff.mayChange(command.roles())) {
            return new Result(Optional.of("case.error.notAllowed"));
        }
        if (record.status() == ServiceCaseStatus.CLOSED) {
            return new Result(Optional.of("case.error.assignClosed"));
        }
        Optional<Department> team = CaseDraft.teamOf(command.team());
        if (team.isEmpty()) {
            return new Result(Optional.of("case.error.team"));
        }
        String username = CaseDraft.clean(command.assignee());
        Optional<Long> assignee = Optional.empty();
        if (!username.isEmpty()) {
            assignee = CaseStaff.assignee(users, username, team.get());
            if (assignee.isEmpty()) {
                return new Result(Optional.of("case.error.assignee"));
            }
        }
        Optional<Long> to = assignee;
        transactions.inTransaction(() -> cases.assign(record.id(), to, team.get(), command.staff(), clock.instant()));
        return new Result(Optional.empty());
    }
}
