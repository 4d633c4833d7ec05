package io.dangol.crm.customer;

import io.dangol.crm.shared.Codes;
import io.dangol.crm.shared.CustomerId;
import io.dangol.crm.shared.Transactions;
import java.time.Clock;
import java.util.Optional;

/**
 * Erase on request (ADMIN): a reason chosen from {@link ErasureReason}, and a second confirmation — the customer's
 * number typed again — before anything irreversible happens. All in one transaction; a tombstone without personal data
 * says when, why and who.
 */
public final class EraseCustomer {

    public enum Outcome { ERASED, UNKNOWN_CUSTOMER, REASON_NEEDED, NOT_CONFIRMED }

    public record Command(CustomerId customer, String reason, String confirmation, String by) { }

    private final Erasures erasures;
    private final Transactions transactions;
    private final Clock clock;

    public EraseCustomer(Erasures erasures, Transactions transactions, Clock clock) {
        this.erasures = erasures;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Outcome handle(Command command) {
        Optional<ErasureReason> reason = Codes.parse(ErasureReason.class, command.reason());
        if (reason.isEmpty()) {
            return Outcome.REASON_NEEDED;
        }
        String typed = command.confirmation() == null ? "" : command.confirmation().strip().replaceFirst("^#", "");
        if (!typed.equals(Long.toString(command.customer().value()))) {
            return Outcome.NOT_CONFIRMED;
        }
        return transactions.inTransaction(() -> {
            if (!erasures.isLive(command.customer())) {
                return Outcome.UNKNOWN_CUSTOMER;
            }
            erasures.erase(command.customer(), reason.get(), command.by(), clock.instant());
            return Outcome.ERASED;
        });
    }
}
