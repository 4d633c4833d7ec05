package io.dangol.crm.admin;

import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The optional second factor of a member of staff (ASVS 6.3.2, 6.5): they enrol by scanning a secret into an
 * authenticator app and typing the code it shows; from then on every sign-in asks for a code, each code taken once.
 * With {@code requiredForAdmins} (CRM_REQUIRE_MFA=true) an admin without one must enrol before going on. An admin
 * removes a user's second factor when their phone is lost (recorded as a rights change).
 */
public final class SecondFactor {

    /** What a signed-in user still has to do before they may go on. */
    public enum Pending { NONE, CODE, ENROL }

    public record Enrolment(String secret, String uri) {
    }

    private final AppUsers users;
    private final RightsChanges changes;
    private final OneTimeCodes codes;
    private final boolean requiredForAdmins;
    private final Clock clock;

    public SecondFactor(AppUsers users, RightsChanges changes, OneTimeCodes codes, boolean requiredForAdmins, Clock clock) {
        this.users = users;
        this.changes = changes;
        this.codes = codes;
        this.requiredForAdmins = requiredForAdmins;
        this.clock = clock;
    }

    /** After the password was right: is a code asked for, or an enrolment? */
    public Pending afterPassword(String username) {
        Optional<AppUser> user = users.findByUsername(username);
        if (user.isEmpty()) {
            return Pending.NONE;
        }
        if (user.get().hasSecondFactor()) {
            return Pending.CODE;
        }
        return requiredForAdmins && user.get().hasRole(Role.ADMIN) ? Pending.ENROL : Pending.NONE;
    }

    /** Whether the code is right for the user now; a right code is taken, so it does not sign in twice. */
    public boolean check(String username, String code) {
        Optional<AppUser> found = users.findByUsername(username).filter(AppUser::hasSecondFactor);
        if (found.isEmpty()) {
            return false;
        }
        AppUser user = found.get();
        OptionalLong step = codes.matchingStep(user.totpSecret().orElseThrow(), code, clock.instant(), user.totpLastStep());
        if (step.isEmpty()) {
            return false;
        }
        user.codeTakenFor(step.getAsLong());
        users.save(user);
        return true;
    }

    public String uriFor(String username, String secret) {
        return codes.uri(username, secret);
    }

    public Enrolment start(String username) {
        String secret = codes.newSecret();
        return new Enrolment(secret, codes.uri(username, secret));
    }

    /** Enrols the secret when the code the app shows for it is right; the message code of why not otherwise. */
    public Optional<String> confirm(String username, String secret, String code) {
        Optional<AppUser> found = users.findByUsername(username);
        if (found.isEmpty() || secret == null || !secret.matches("[A-Z2-7]{32}")) {
            return Optional.of("mfa.problem.expired");
        }
        OptionalLong step = codes.matchingStep(secret, code, clock.instant(), 0);
        if (step.isEmpty()) {
            return Optional.of("mfa.problem.code");
        }
        AppUser user = found.get();
        user.enrolSecondFactor(secret, step.getAsLong());
        users.save(user);
        changes.record(new RightsChange(clock.instant(), username, username, RightsChangeKind.SECOND_FACTOR_ADDED, ""));
        return Optional.empty();
    }

    /** An admin removes a user's second factor (a lost phone): they sign in with the password alone, or enrol again. */
    public void remove(String actor, UserId userId) {
        AppUser user = users.find(userId).orElseThrow(() -> new UserNotFound("#" + userId.value()));
        if (!user.hasSecondFactor()) {
            return;
        }
        user.removeSecondFactor();
        users.save(user);
        changes.record(new RightsChange(clock.instant(), actor, user.username(), RightsChangeKind.SECOND_FACTOR_REMOVED, ""));
    }
}
