package io.dangol.crm.admin;

import java.time.Clock;
import java.util.Optional;

/**
 * A member of staff chooses their own password (ASVS 6.2.2–6.2.4): the current one, the new one twice, checked by the
 * {@link PasswordPolicy}. Recorded as a rights change; the user's other sessions end (ASVS 7.4.3), the one they are
 * using goes on.
 */
public final class ChangeOwnPassword {

    public record Command(String username, String current, String chosen, String repeated, String keepSession) {
    }

    /** Empty when the password was changed; otherwise the message code of why not. */
    public record Result(Optional<String> problem) {
        public boolean changed() {
            return problem.isEmpty();
        }
    }

    private final AppUsers users;
    private final RightsChanges changes;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final StaffSessions sessions;
    private final Clock clock;

    public ChangeOwnPassword(AppUsers users, RightsChanges changes, PasswordHasher hasher, PasswordPolicy policy,
                             StaffSessions sessions, Clock clock) {
        this.users = users;
        this.changes = changes;
        this.hasher = hasher;
        this.policy = policy;
        this.sessions = sessions;
        this.clock = clock;
    }

    public Result handle(Command command) {
        Optional<AppUser> found = users.findByUsername(command.username());
        if (found.isEmpty() || !found.get().isEnabled() || command.current() == null
                || !hasher.matches(command.current(), found.get().passwordHash())) {
            return refused("password.problem.current");
        }
        AppUser user = found.get();
        Optional<String> problem = policy.problem(command.chosen(), user.username());
        if (problem.isPresent()) {
            return refused(problem.get());
        }
        if (!command.chosen().equals(command.repeated())) {
            return refused("password.problem.repeat");
        }
        if (command.chosen().equals(command.current())) {
            return refused("password.problem.same");
        }
        user.choosePasswordHash(hasher.hash(command.chosen()));
        users.save(user);
        changes.record(new RightsChange(clock.instant(), user.username(), user.username(), RightsChangeKind.PASSWORD_CHANGED, ""));
        sessions.endAllBut(user.username(), command.keepSession());
        return new Result(Optional.empty());
    }

    private static Result refused(String code) {
        return new Result(Optional.of(code));
    }
}
