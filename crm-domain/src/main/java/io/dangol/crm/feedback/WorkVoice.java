package io.dangol.crm.feedback;

import io.dangol.crm.admin.Role;
import io.dangol.crm.admin.StaffDirectory;
import io.dangol.crm.contact.ContactDraft;
import io.dangol.crm.contact.ContactLog;
import io.dangol.crm.contact.ContactOutcome;
import io.dangol.crm.contact.ContactPurpose;
import io.dangol.crm.contact.Department;
import io.dangol.crm.contact.Direction;
import io.dangol.crm.shared.Codes;
import io.dangol.crm.shared.CustomerId;
import io.dangol.crm.shared.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * What staff do with an inbox item, one use case each: link it to a customer, correct the suggestion, assign it,
 * answer it (logged as a contact on the customer's timeline when it is linked), resolve or reopen it, and put it in a
 * theme. Each checks who may do it and the item's state; a refusal is a message code.
 */
public final class WorkVoice {

    public static final int MAX_ANSWER = 2_000;

    /** Empty when done; otherwise why not (a message code). */
    public record Result(Optional<String> refused) {

        public static final Result DONE = new Result(Optional.empty());

        public boolean done() {
            return refused.isEmpty();
        }

        static Result no(String code) {
            return new Result(Optional.of(code));
        }
    }

    private final VoiceInbox inbox;
    private final ContactLog contacts;
    private final StaffDirectory users;
    private final Transactions transactions;
    private final Clock clock;

    public WorkVoice(VoiceInbox inbox, ContactLog contacts, StaffDirectory users, Transactions transactions, Clock clock) {
        this.inbox = inbox;
        this.contacts = contacts;
        this.users = users;
        this.transactions = transactions;
        this.clock = clock;
    }

    private VoiceRecord item(long id) {
        return inbox.find(id).orElseThrow(() -> new VoiceNotFound("inbox item", id));
    }

    /**
     * Links the item to the customer a reference names — Dangol's customer number ({@code 123} or {@code #123}), an
     * e-mail or a phone one customer uses — or unlinks it (blank).
     */
    public Result link(long id, String reference, String by, Set<Role> roles) {
        item(id);
        if (!InboxStaff.mayWork(roles)) {
            return Result.no("voice.error.notAllowed");
        }
        String typed = reference == null ? "" : reference.strip();
        Optional<CustomerId> customer = Optional.empty();
        if (!typed.isEmpty()) {
            customer = customerNamed(typed);
            if (customer.isEmpty()) {
                return Result.no("voice.error.customerReference");
            }
        }
        Optional<CustomerId> chosen = customer;
        transactions.inTransaction(() -> {
            inbox.link(id, chosen, by, clock.instant());
            return null;
        });
        return Result.DONE;
    }

    private Optional<CustomerId> customerNamed(String typed) {
        String number = typed.startsWith("#") ? typed.substring(1) : typed;
        if (number.matches("[1-9][0-9]{0,11}")) {
            CustomerId id = CustomerId.requested(Long.parseLong(number));
            if (inbox.customerExists(id)) {
                return Optional.of(id);
            }
        }
        return io.dangol.crm.shared.EmailAddress.tryParse(typed).flatMap(e -> inbox.customerByPoint("EMAIL", e.value()))
                .or(() -> io.dangol.crm.shared.PhoneNumber.tryParse(typed).flatMap(p -> inbox.customerByPoint("PHONE", p.e164())));
    }

    /** Staff's verdict on the suggestion; kept, and used at the next training. */
    public Result correct(long id, String sentiment, String category, String by, Set<Role> roles) {
        VoiceRecord item = item(id);
        if (!InboxStaff.mayWork(roles)) {
            return Result.no("voice.error.notAllowed");
        }
        Optional<Sentiment> s = sentiment == null || sentiment.isBlank() ? Optional.of(item.sentiment())
                : Codes.parse(Sentiment.class, sentiment);
        Optional<VoiceCategory> c = category == null || category.isBlank() ? item.category() : Codes.parse(VoiceCategory.class, category);
        if (s.isEmpty()) {
            return Result.no("voice.error.sentiment");
        }
        if (c.isEmpty()) {
            return Result.no("voice.error.category");
        }
        transactions.inTransaction(() -> {
            inbox.correct(id, s.get(), c.get(), by, clock.instant());
            return null;
        });
        return Result.DONE;
    }

    /** Gives the item to a person of a department, or to the department's queue (blank assignee). */
    public Result assign(long id, String assignee, String team, String by, Set<Role> roles) {
        VoiceRecord item = item(id);
        if (!InboxStaff.mayWork(roles)) {
            return Result.no("voice.error.notAllowed");
        }
        if (!item.status().open()) {
            return Result.no("voice.error.resolved");
        }
        Optional<Department> department = Codes.parse(Department.class, team);
        if (department.isEmpty()) {
            return Result.no("voice.error.team");
        }
        String username = assignee == null ? "" : assignee.strip();
        Optional<Long> to = Optional.empty();
        if (!username.isEmpty()) {
            to = InboxStaff.assignee(users, username, department.get());
            if (to.isEmpty()) {
                return Result.no("voice.error.assignee");
            }
        }
        Optional<Long> chosen = to;
        transactions.inTransaction(() -> {
            inbox.assign(id, item.status(), chosen, department.get(), by, clock.instant());
            return null;
        });
        return Result.DONE;
    }

    /**
     * Answers the item; when it is linked, the answer is logged as a service contact on the customer's timeline, on
     * the channel the item came by. {@code resolve} also resolves it.
     */
    public Result answer(long id, String answer, boolean resolve, String by, Set<Role> roles) {
        VoiceRecord item = item(id);
        if (!InboxStaff.mayWork(roles)) {
            return Result.no("voice.error.notAllowed");
        }
        if (!item.status().open()) {
            return Result.no("voice.error.resolved");
        }
        String text = answer == null ? "" : answer.strip();
        if (text.isEmpty()) {
            return Result.no("voice.error.answerMissing");
        }
        if (text.length() > MAX_ANSWER) {
            return Result.no("voice.error.answerTooLong");
        }
        Instant at = clock.instant();
        boolean done = transactions.inTransaction(() -> {
            Optional<Long> contact = item.customer().map(customer -> contacts.record(customer,
                    new ContactDraft.NewContact(item.channel().answeredBy(), Direction.OUTBOUND, ContactPurpose.SERVICE,
                            Optional.of(resolve ? ContactOutcome.RESOLVED : ContactOutcome.REACHED), text, Optional.empty()),
                    InboxStaff.departmentOf(roles), InboxStaff.userId(users, by), at));
            if (!inbox.answered(id, item.status(), text, contact, by, at)) {
                return false;
            }
            return !resolve || inbox.move(id, FeedbackStatus.ANSWERED, FeedbackStatus.RESOLVED, by, at);
        });
        return done ? Result.DONE : Result.no("voice.error.changedMeanwhile");
    }

    /** Resolves or reopens the item (to RESOLVED or NEW), or hands it back to the queue. */
    public Result move(long id, String to, String by, Set<Role> roles) {
        VoiceRecord item = item(id);
        if (!InboxStaff.mayWork(roles)) {
            return Result.no("voice.error.notAllowed");
        }
        Optional<FeedbackStatus> target = Codes.parse(FeedbackStatus.class, to);
        if (target.isEmpty() || !item.status().canMoveTo(target.get())) {
            return Result.no("voice.error.move");
        }
        boolean moved = transactions.inTransaction(() -> inbox.move(id, item.status(), target.get(), by, clock.instant()));
        return moved ? Result.DONE : Result.no("voice.error.changedMeanwhile");
    }

    /** Puts the item in a theme (or takes it out: empty). */
    public Result theme(long id, Optional<Long> themeId, Set<Role> roles) {
        item(id);
        if (!InboxStaff.mayWork(roles)) {
            return Result.no("voice.error.notAllowed");
        }
        if (themeId.isPresent() && inbox.findTheme(themeId.get()).isEmpty()) {
            return Result.no("voice.error.theme");
        }
        transactions.inTransaction(() -> {
            inbox.theme(id, themeId);
            return null;
        });
        return Result.DONE;
    }
}
