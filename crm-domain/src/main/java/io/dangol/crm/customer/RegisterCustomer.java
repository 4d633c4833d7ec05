package io.dangol.crm.customer;

import io.dangol.crm.shared.BusinessZone;
import io.dangol.crm.shared.CustomerId;
import io.dangol.crm.shared.Transactions;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Staff register a customer met at the till, on the phone or on a visit: the form is checked ({@link CustomerDraft}:
 * clear messages per field, a guardian's consent for a child under 14), then compared with the customers on record
 * — the same phone or e-mail, or a similar name with the same birthday. Possible duplicates are shown before anything
 * is saved ("open 김민준 instead?"); saving despite them needs a reason, which is recorded with them. The customer,
 * contact points, birthday, consents and the registration itself are written in one transaction.
 */
public final class RegisterCustomer {

    static final int SHOWN_DUPLICATES = 5;

    public record Command(CustomerDraft draft, String by) { }

    /**
     * The new customer's id; or the problems by field; or, with nothing saved, the possible duplicates to look at
     * first.
     */
    public record Result(Optional<CustomerId> registered, Map<String, String> errors, List<PossibleDuplicate> duplicates) {

        public boolean saved() {
            return registered.isPresent();
        }
    }

    private final Registrations registrations;
    private final DuplicateCandidates duplicates;
    private final Transactions transactions;
    private final BusinessZone zone;
    private final Clock clock;

    public RegisterCustomer(Registrations registrations, DuplicateCandidates duplicates, Transactions transactions,
                            BusinessZone zone, Clock clock) {
        this.registrations = registrations;
        this.duplicates = duplicates;
        this.transactions = transactions;
        this.zone = zone;
        this.clock = clock;
    }

    public Result handle(Command command) {
        CustomerDraft.Checked checked = command.draft().check(zone.today(clock));
        if (checked.customer().isEmpty()) {
            return new Result(Optional.empty(), checked.errors(), List.of());
        }
        NewCustomer customer = checked.customer().get();
        List<PossibleDuplicate> found = duplicates.of(customer, SHOWN_DUPLICATES);
        if (!found.isEmpty() && customer.duplicateReason().isEmpty()) {
            return new Result(Optional.empty(), Map.of(), found);
        }
        List<CustomerId> despite = found.stream().map(PossibleDuplicate::id).toList();
        CustomerId id = transactions.inTransaction(() -> registrations.register(customer, despite, command.by(), clock.instant()));
        return new Result(Optional.of(id), Map.of(), found);
    }
}
