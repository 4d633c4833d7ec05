package io.dangol.crm.contact;

import io.dangol.crm.admin.StaffDirectory;
import io.dangol.crm.shared.BusinessZone;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Moves a follow-up to another day: the same window as when the contact was logged (today up to
 * {@link ContactDraft#MAX_FOLLOW_UP_DAYS} ahead), and only the staff user's own open follow-ups.
 */
public final class RescheduleFollowUp {

    public record Command(long contactId, String to, String staff) { }

    /** Empty when rescheduled; else the message code of the problem. */
    public record Result(Optional<String> problem) {

        public boolean rescheduled() {
            return problem.isEmpty();
        }
    }

    private final ContactLog contacts;
    private final StaffDirectory users;
    private final BusinessZone zone;
    private final Clock clock;

    public RescheduleFollowUp(ContactLog contacts, StaffDirectory users, BusinessZone zone, Clock clock) {
        this.contacts = contacts;
        this.users = users;
        this.zone = zone;
        this.clock = clock;
    }

    public Result handle(Command command) {
        LocalDate date;
        try {
            date = LocalDate.parse(command.to() == null ? "" : command.to().strip());
        } catch (DateTimeParseException e) {
            return new Result(Optional.of("contact.error.followUpDate"));
        }
        Optional<String> outOfWindow = ContactDraft.followUpProblem(date, zone.today(clock));
        if (outOfWindow.isPresent()) {
            return new Result(outOfWindow);
        }
        boolean changed = FollowUpChanges.staffId(users, command.staff())
                .map(id -> contacts.reschedule(command.contactId(), id, date)).orElse(false);
        return new Result(changed ? Optional.empty() : Optional.of("followUps.notYours"));
    }
}
