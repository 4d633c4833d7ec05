package io.dangol.crm.admin;

/**
 * The signed-in sessions of staff users. A user disabled, given other roles or a new password is signed out everywhere
 * at once: their live sessions must not go on with the rights they had.
 */
public interface StaffSessions {

    /** Where no sessions are served (an operator command): nothing to end. */
    StaffSessions NONE = username -> 0;

    /** Ends every live session of the user; returns how many were ended. */
    int endAll(String username);

    /** Ends every live session of the user but the one given (where they just changed their password). */
    default int endAllBut(String username, String keptSessionId) {
        return endAll(username);
    }
}
