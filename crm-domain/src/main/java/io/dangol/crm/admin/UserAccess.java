package io.dangol.crm.admin;

/**
 * One user's use of personal data in a period: entries written, distinct customers seen, distinct customers exported
 * and entries written at night (in the business's time zone).
 */
public record UserAccess(String username, long entries, long customers, long exported, long atNight) {

    /** API tokens write as {@code api:<name>}: a channel system, not a person, so not one of the staff's peers. */
    public boolean isStaff() {
        return !username.startsWith("api:");
    }
}
