package io.dangol.crm.contact;

import io.dangol.crm.admin.AppUser;
import io.dangol.crm.admin.StaffDirectory;
import io.dangol.crm.admin.Role;
import io.dangol.crm.admin.UserId;
import io.dangol.crm.shared.CustomerNotFound;
import io.dangol.crm.retention.RetentionCases;
import io.dangol.crm.shared.BusinessZone;
import io.dangol.crm.shared.CustomerId;
import io.dangol.crm.shared.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A staff member logs a contact with a customer. The use case checks what was typed ({@link ContactDraft}), decides
 * the department the contact is logged for (one of the staff member's own; marketing's contacts are campaign
 * touches, not logged by hand), and — in one transaction — writes the contact and, for a retention contact, marks
 * the customer's open retention case contacted.
 */
public final class LogContact {

    /**
     * @param department the department asked for; blank for the staff member's first one
     */
    public record Command(CustomerId customer, ContactDraft draft, String department, String staff, Set<Role> roles) { }

    /** The logged contact's id, or the problems by field (message codes) with nothing written. */
    public record Result(Optional<Long> contactId, Map<String, String> errors) {

        public boolean logged() {
            return contactId.isPresent();
        }
    }

    private final ContactLog contacts;
    private final RetentionCases retention;
    private final StaffDirectory users;
    private final Transactions transactions;
    private final BusinessZone zone;
    private final Clock clock;
    private final UnusablePoints unusable;

    public LogContact(ContactLog contacts, RetentionCases retention, StaffDirectory users,
                      Transactions transactions, BusinessZone zone, Clock clock) {
        this(contacts, retention, users, transactions, zone, clock, UnusablePoints.NONE);
    }

    public LogContact(ContactLog contacts, RetentionCases retention, StaffDirectory users,
                      Transactions transactions, BusinessZone zone, Clock clock, UnusablePoints unusable) {
        this.unusable = unusable;
        this.contacts = contacts;
        this.retention = retention;
        this.users = users;
        this.transactions = transactions;
        this.zone = zone;
        this.clock = clock;
    }

    public Result handle(Command command) {
        if (!contacts.customerExists(command.customer())) {
            throw new CustomerNotFound(command.customer());
        }
        ContactDraft.Checked checked = command.draft().check(zone.today(clock));
        Optional<Department> department = departmentFor(command.roles(), command.department());
        Map<String, String> errors = new LinkedHashMap<>(checked.errors());
        if (department.isEmpty()) {
            errors.put("department", "contact.error.department");
        }
        if (!errors.isEmpty()) {
            return new Result(Optional.empty(), Map.copyOf(errors));
        }
        ContactDraft.NewContact contact = checked.contact().orElseThrow();
        Optional<Long> staffId = users.findByUsername(command.staff()).flatMap(AppUser::id).map(UserId::value);
        Instant at = clock.instant();
        long id = transactions.inTransaction(() -> {
            long logged = contacts.record(command.customer(), contact, department.get(), staffId, at);
            if (contact.purpose() == ContactPurpose.RETENTION) {
                retention.contacted(command.customer(), command.staff(), at);
            }
            if (contact.outcome().filter(ContactOutcome::pointUnusable).isPresent()) {
                unusable.unusable(command.customer(), contact.channel(), contact.outcome().get(), command.staff(), at);
            }
            return logged;
        });
        return new Result(Optional.of(id), Map.of());
    }

    /** The departments a staff member logs contacts for: the ones among their roles, marketing excepted. */
    public static List<Department> departmentsFor(Set<Role> roles) {
        return Arrays.stream(Department.values())
                .filter(d -> d != Department.MARKETING && roles.stream().anyMatch(r -> r.name().equals(d.name())))
                .toList();
    }

    /** The purposes staff may log by hand: everything but campaign touches, which exports write. */
    public static List<ContactPurpose> loggablePurposes() {
        return Arrays.stream(ContactPurpose.values()).filter(p -> p != ContactPurpose.CAMPAIGN).toList();
    }

    static Optional<Department> departmentFor(Set<Role> roles, String asked) {
        List<Department> allowed = departmentsFor(roles);
        return allowed.stream().filter(d -> d.name().equals(asked)).findFirst().or(() -> allowed.stream().findFirst());
    }
}
