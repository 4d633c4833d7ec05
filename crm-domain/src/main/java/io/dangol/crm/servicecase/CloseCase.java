package io.dangol.crm.servicecase;

import io.dangol.crm.admin.Role;
import io.dangol.crm.shared.Codes;
import io.dangol.crm.shared.Transactions;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A resolved case is closed with its outcome and what it cost (refund, repair, goodwill — zero for none). The cost
 * counts against the customer's profit contribution at the next scoring run.
 */
public final class CloseCase {

    /** The most one case may cost: a typo of three extra zeros is refused rather than booked. */
    public static final BigDecimal MAX_COST = new BigDecimal("100000000");

    public record Command(long caseId, String outcome, String costKind, String cost, String note, String staff,
                          Set<Role> roles) { }

    public record Result(Map<String, String> errors) {

        public boolean closed() {
            return errors.isEmpty();
        }
    }

    private final ServiceCases cases;
    private final Transactions transactions;
    private final Clock clock;

    public CloseCase(ServiceCases cases, Transactions transactions, Clock clock) {
        this.cases = cases;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Result handle(Command command) {
        CaseRecord record = cases.find(command.caseId()).orElseThrow(() -> new CaseNotFound(command.caseId()));
        if (!CaseStaff.mayChange(command.roles())) {
            return new Result(Map.of("case", "case.error.notAllowed"));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (!record.status().canMoveTo(ServiceCaseStatus.CLOSED)) {
            errors.put("case", "case.error.closeNotResolved");
        }
        Optional<CaseOutcome> outcome = Codes.parse(CaseOutcome.class, command.outcome());
        if (outcome.isEmpty()) {
            errors.put("outcome", "case.error.outcome");
        }
        Optional<CostKind> costKind = Codes.parse(CostKind.class, command.costKind());
        if (costKind.isEmpty()) {
            errors.put("costKind", "case.error.costKind");
        }
        Optional<BigDecimal> cost = amount(command.cost());
        if (cost.isEmpty()) {
            errors.put("cost", "case.error.cost");
        } else if (costKind.isPresent()) {
            boolean none = costKind.get() == CostKind.NONE;
            if (none && cost.get().signum() != 0) {
                errors.put("cost", "case.error.costWithoutKind");
            } else if (!none && cost.get().signum() == 0) {
                errors.put("cost", "case.error.costMissing");
            }
        }
        String note = CaseDraft.clean(command.note());
        if (note.length() > MoveCase.MAX_NOTE) {
            errors.put("note", "case.error.noteTooLong");
        }
        if (!errors.isEmpty()) {
            return new Result(Map.copyOf(errors));
        }
        Instant at = clock.instant();
        boolean closed = transactions.inTransaction(() -> cases.close(record.id(), record.status(), outcome.get(),
                costKind.get(), cost.get(), note, command.staff(), at));
        return closed ? new Result(Map.of()) : new Result(Map.of("case", "case.error.changedMeanwhile"));
    }

    /** An amount in won as staff type it ("12,000", "12000원", blank for none); empty when it is not one. */
    static Optional<BigDecimal> amount(String text) {
        String clean = CaseDraft.clean(text).replace(",", "").replace("원", "").replace("₩", "").strip();
        if (clean.isEmpty()) {
            return Optional.of(BigDecimal.ZERO);
        }
        if (!clean.matches("[0-9]{1,12}(\\.[0-9]{1,2})?")) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(clean);
        return value.compareTo(MAX_COST) > 0 ? Optional.empty() : Optional.of(value);
    }
}
