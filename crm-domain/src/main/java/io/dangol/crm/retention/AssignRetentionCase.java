package io.dangol.crm.retention;

import io.dangol.crm.admin.AppUser;
import io.dangol.crm.admin.StaffDirectory;
import io.dangol.crm.admin.Role;
import java.time.Clock;
import java.util.Optional;

/** Puts a seller on a retention case (or nobody): only an enabled user with the SALES role can be put on one. */
public final class AssignRetentionCase {

    /** @param assignee a username, blank for nobody */
    public record Command(long caseId, String assignee, String by) { }

    public enum Outcome { ASSIGNED, UNKNOWN_SELLER, NO_CASE }

    private final RetentionCases cases;
    private final StaffDirectory users;
    private final Clock clock;

    public AssignRetentionCase(RetentionCases cases, StaffDirectory users, Clock clock) {
        this.cases = cases;
        this.users = users;
        this.clock = clock;
    }

    public Outcome handle(Command command) {
        String asked = command.assignee() == null ? "" : command.assignee().strip();
        Optional<String> to = asked.isEmpty() ? Optional.empty()
                : users.findByUsername(asked).filter(AppUser::isEnabled).filter(user -> user.roles().contains(Role.SALES))
                        .map(AppUser::username);
        if (!asked.isEmpty() && to.isEmpty()) {
            return Outcome.UNKNOWN_SELLER;
        }
        return cases.assign(command.caseId(), to, command.by(), clock.instant()) ? Outcome.ASSIGNED : Outcome.NO_CASE;
    }
}
