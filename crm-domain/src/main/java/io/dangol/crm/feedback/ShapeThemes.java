package io.dangol.crm.feedback;

import io.dangol.crm.admin.Role;
import io.dangol.crm.admin.StaffDirectory;
import io.dangol.crm.shared.Codes;
import io.dangol.crm.shared.Transactions;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Closing the loop: a theme gathers what customers said about one thing; it has an owner, a decision and the action
 * taken, which every member of staff can read ("you said, we did") with the items it answered.
 */
public final class ShapeThemes {

    public static final int MAX_TITLE = 200;
    public static final int MAX_TEXT = 2_000;

    public record Opened(Optional<Long> themeId, Optional<String> refused) { }

    private final VoiceInbox inbox;
    private final StaffDirectory users;
    private final Transactions transactions;
    private final Clock clock;

    public ShapeThemes(VoiceInbox inbox, StaffDirectory users, Transactions transactions, Clock clock) {
        this.inbox = inbox;
        this.users = users;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Opens a theme, owned by its opener, with the items given in it. */
    public Opened open(String title, String category, List<Long> items, String by, Set<Role> roles) {
        if (!InboxStaff.mayWork(roles)) {
            return new Opened(Optional.empty(), Optional.of("voice.error.notAllowed"));
        }
        String clean = title == null ? "" : title.strip();
        if (clean.isEmpty() || clean.length() > MAX_TITLE) {
            return new Opened(Optional.empty(), Optional.of("theme.error.title"));
        }
        Optional<VoiceCategory> c = Codes.parse(VoiceCategory.class, category);
        if (c.isEmpty()) {
            return new Opened(Optional.empty(), Optional.of("voice.error.category"));
        }
        long id = transactions.inTransaction(() -> {
            long theme = inbox.openTheme(clean, c.get(), InboxStaff.userId(users, by), by, clock.instant());
            items.stream().filter(item -> inbox.find(item).isPresent()).forEach(item -> inbox.theme(item, Optional.of(theme)));
            return theme;
        });
        return new Opened(Optional.of(id), Optional.empty());
    }

    /** Records the decision and the action taken, and who owns the theme now. */
    public Optional<String> decide(long themeId, String status, String decision, String action, String owner, String by,
                                   Set<Role> roles) {
        if (inbox.findTheme(themeId).isEmpty()) {
            throw new VoiceNotFound("theme", themeId);
        }
        if (!InboxStaff.mayWork(roles)) {
            return Optional.of("voice.error.notAllowed");
        }
        Optional<ThemeStatus> s = Codes.parse(ThemeStatus.class, status);
        if (s.isEmpty()) {
            return Optional.of("theme.error.status");
        }
        String d = decision == null ? "" : decision.strip();
        String a = action == null ? "" : action.strip();
        if (d.length() > MAX_TEXT || a.length() > MAX_TEXT) {
            return Optional.of("theme.error.tooLong");
        }
        if (s.get() != ThemeStatus.OPEN && d.isEmpty()) {
            return Optional.of("theme.error.decisionMissing");
        }
        if (s.get() == ThemeStatus.DONE && a.isEmpty()) {
            return Optional.of("theme.error.actionMissing");
        }
        Optional<Long> ownerId = owner == null || owner.isBlank() ? InboxStaff.userId(users, by) : InboxStaff.userId(users, owner.strip());
        if (ownerId.isEmpty() && owner != null && !owner.isBlank()) {
            return Optional.of("theme.error.owner");
        }
        transactions.inTransaction(() -> {
            inbox.decideTheme(themeId, s.get(), d, a, ownerId, clock.instant());
            return null;
        });
        return Optional.empty();
    }
}
