package io.dangol.crm.servicecase;

import io.dangol.crm.admin.Role;
import io.dangol.crm.shared.Codes;
import io.dangol.crm.shared.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * A case moves along its states ({@link ServiceCaseStatus#next()}): taken up, waiting on the customer, resolved,
 * reopened. Closing needs an outcome and its cost and goes through {@link CloseCase}. A reopened case is due again,
 * counted from the moment it was reopened.
 */
public final class MoveCase {

    public static final int MAX_NOTE = 2_000;

    public record Command(long caseId, String to, String note, String staff, Set<Role> roles) { }

    /** Empty when moved; otherwise the message code of why not. */
    public record Result(Optional<String> refused) {

        public boolean moved() {
            return refused.isEmpty();
        }
    }

    private final ServiceCases cases;
    private final DueTimes dueTimes;
    private final Transactions transactions;
    private final Clock clock;

    public MoveCase(ServiceCases cases, DueTimes dueTimes, Transactions transactions, Clock clock) {
        this.cases = cases;
        this.dueTimes = dueTimes;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Result handle(Command command) {
        CaseRecord record = cases.find(command.caseId()).orElseThrow(() -> new CaseNotFound(command.caseId()));
        if (!CaseStaff.mayChange(command.roles())) {
            return refused("case.error.notAllowed");
        }
        Optional<ServiceCaseStatus> to = Codes.parse(ServiceCaseStatus.class, command.to());
        if (to.isEmpty()) {
            return refused("case.error.state");
        }
        if (to.get() == ServiceCaseStatus.CLOSED) {
            return refused("case.error.closeNeedsOutcome");
        }
        if (!record.status().canMoveTo(to.get())) {
            return refused("case.error.move");
        }
        String note = CaseDraft.clean(command.note());
        if (note.length() > MAX_NOTE) {
            return refused("case.error.noteTooLong");
        }
        Instant at = clock.instant();
        boolean reopening = !record.status().active() && to.get().active();
        Optional<DueTimes.Due> due = reopening ? Optional.of(dueTimes.due(record.severity(), at)) : Optional.empty();
        boolean moved = transactions.inTransaction(() ->
                cases.move(record.id(), record.status(), to.get(), due, note, command.staff(), at));
        return moved ? new Result(Optional.empty()) : refused("case.error.changedMeanwhile");
    }

    private static Result refused(String code) {
        return new Result(Optional.of(code));
    }
}
