package io.dangol.crm.customer;

import io.dangol.crm.shared.Codes;
import io.dangol.crm.shared.CustomerId;
import io.dangol.crm.shared.CustomerNotFound;
import io.dangol.crm.shared.Transactions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Staff correct who a customer is — name, person or company, tags — on the customer page. What was typed is checked
 * as the registration form checks it; each field that changed is recorded (who, when, before → after) and shown on
 * the timeline; an edit that changes nothing writes nothing.
 */
public final class EditCustomer {

    public record Command(CustomerId customer, String name, String kind, String tags, String by) { }

    /** The fields that changed; or the problems by field (message codes), nothing written. */
    public record Result(List<CustomerChange> changes, Map<String, String> errors) {

        public boolean saved() {
            return errors.isEmpty();
        }
    }

    private final CustomerProfiles profiles;
    private final Transactions transactions;
    private final Clock clock;

    public EditCustomer(CustomerProfiles profiles, Transactions transactions, Clock clock) {
        this.profiles = profiles;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @throws CustomerNotFound when there is no such customer (or they were erased) */
    public Result handle(Command command) {
        CustomerProfile before = profiles.profile(command.customer()).orElseThrow(() -> new CustomerNotFound(command.customer()));
        Map<String, String> errors = new LinkedHashMap<>();
        String name = CustomerDraft.checkedName(command.name(), errors);
        Optional<CustomerKind> kind = Codes.parse(CustomerKind.class, command.kind());
        if (kind.isEmpty()) {
            errors.put("kind", "register.error.kind");
        }
        Set<String> tags = CustomerDraft.checkedTags(command.tags(), errors);
        if (!errors.isEmpty()) {
            return new Result(List.of(), Collections.unmodifiableMap(errors));
        }
        CustomerProfile after = new CustomerProfile(name, kind.get(), tags);
        List<CustomerChange> changes = new ArrayList<>();
        if (!before.name().equals(after.name())) {
            changes.add(new CustomerChange(CustomerChange.Field.NAME, before.name(), after.name()));
        }
        if (before.kind() != after.kind()) {
            changes.add(new CustomerChange(CustomerChange.Field.KIND, before.kind().name(), after.kind().name()));
        }
        if (!before.tags().equals(after.tags())) {
            changes.add(new CustomerChange(CustomerChange.Field.TAGS, before.tagLine(), after.tagLine()));
        }
        if (!changes.isEmpty()) {
            transactions.inTransaction(() -> {
                profiles.change(command.customer(), after, changes, command.by(), clock.instant());
                return null;
            });
        }
        return new Result(List.copyOf(changes), Map.of());
    }
}
