package io.dangol.crm.admin;

/** A change of a user's rights that the rules do not allow; {@link #reason()} names the rule. */
public final class UserRightsRefused extends RuntimeException {

    public enum Reason { USERNAME_TAKEN, LAST_ADMIN, OWN_ACCOUNT, INVALID }

    private final Reason reason;

    public UserRightsRefused(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
