package io.dangol.crm.servicecase;

import io.dangol.crm.admin.Role;
import io.dangol.crm.contact.ContactDraft;
import io.dangol.crm.contact.ContactOutcome;
import io.dangol.crm.contact.ContactPurpose;
import io.dangol.crm.contact.Department;
import io.dangol.crm.contact.Direction;
import io.dangol.crm.contact.LogContact;
import io.dangol.crm.shared.Codes;
import io.dangol.crm.shared.Transactions;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Service staff answer a case: the answer is logged as a service contact on the customer's timeline (through
 * {@link LogContact}, which owns the contact's rules), the first answer is the case's first response, and the case
 * moves on as the agent chose — still open, waiting on the customer, or resolved. All in one transaction.
 */
public final class AnswerCase {

    /** What the case does after the answer. */
    public enum Then { OPEN, WAITING, RESOLVED }

    public record Command(long caseId, String channel, String note, String then, String staff, Set<Role> roles) { }

    public record Result(Optional<Long> contactId, Map<String, String> errors) {

        public boolean answered() {
            return contactId.isPresent();
        }
    }

    private final ServiceCases cases;
    private final LogContact logContact;
    private final Transactions transactions;
    private final Clock clock;

    public AnswerCase(ServiceCases cases, LogContact logContact, Transactions transactions, Clock clock) {
        this.cases = cases;
        this.logContact = logContact;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Result handle(Command command) {
        CaseRecord record = cases.find(command.caseId()).orElseThrow(() -> new CaseNotFound(command.caseId()));
        if (!CaseStaff.mayChange(command.roles())) {
            return refused("case", "case.error.notAllowed");
        }
        if (record.status() == ServiceCaseStatus.CLOSED) {
            return refused("case", "case.error.answerClosed");
        }
        Optional<Then> then = Codes.parse(Then.class, command.then());
        if (then.isEmpty()) {
            return refused("then", "case.error.then");
        }
        if (CaseDraft.clean(command.note()).isEmpty()) {
            return refused("note", "case.error.answerMissing");
        }
        ServiceCaseStatus to = ServiceCaseStatus.valueOf(then.get().name());
        if (to != record.status() && !record.status().canMoveTo(to)) {
            return refused("then", "case.error.move");
        }
        String channel = command.channel() == null || command.channel().isBlank() ? record.channel().name() : command.channel();
        ContactOutcome outcome = to == ServiceCaseStatus.RESOLVED ? ContactOutcome.RESOLVED : ContactOutcome.REACHED;
        ContactDraft draft = new ContactDraft(channel, Direction.OUTBOUND.name(), ContactPurpose.SERVICE.name(), outcome.name(),
                CaseDraft.clean(command.note()), "");
        return transactions.inTransaction(() -> {
            LogContact.Result logged = logContact.handle(new LogContact.Command(record.customer(), draft,
                    Department.SERVICE.name(), command.staff(), command.roles()));
            if (!logged.logged()) {
                Map<String, String> errors = new LinkedHashMap<>();
                logged.errors().forEach((field, code) -> errors.put("note".equals(field) || "channel".equals(field) ? field : "case", code));
                return new Result(Optional.empty(), Map.copyOf(errors));
            }
            long contactId = logged.contactId().orElseThrow();
            cases.answered(record.id(), contactId, command.staff(), clock.instant());
            if (to != record.status() && !cases.move(record.id(), record.status(), to, Optional.empty(), "", command.staff(),
                    clock.instant())) {
                throw new ConcurrentCaseChange(record.id());
            }
            return new Result(Optional.of(contactId), Map.of());
        });
    }

    private static Result refused(String field, String code) {
        return new Result(Optional.empty(), Map.of(field, code));
    }

    /** Someone moved the case while it was answered: the answer is rolled back with the move. */
    public static final class ConcurrentCaseChange extends RuntimeException {

        ConcurrentCaseChange(long caseId) {
            super("case " + caseId + " changed while it was answered");
        }
    }
}
