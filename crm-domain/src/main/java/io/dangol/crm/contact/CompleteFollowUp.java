package io.dangol.crm.contact;

import io.dangol.crm.admin.StaffDirectory;
import java.time.Clock;

/** Marks a follow-up done: only the staff user's own, only once. */
public final class CompleteFollowUp {

    public record Command(long contactId, String staff) { }

    private final ContactLog contacts;
    private final StaffDirectory users;
    private final Clock clock;

    public CompleteFollowUp(ContactLog contacts, StaffDirectory users, Clock clock) {
        this.contacts = contacts;
        this.users = users;
        this.clock = clock;
    }

    /** False when the follow-up is not this user's or already done. */
    public boolean handle(Command command) {
        return FollowUpChanges.staffId(users, command.staff())
                .map(id -> contacts.markDone(command.contactId(), id, clock.instant())).orElse(false);
    }
}
