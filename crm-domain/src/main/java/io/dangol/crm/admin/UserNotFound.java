package io.dangol.crm.admin;

public final class UserNotFound extends RuntimeException {

    public UserNotFound(String who) {
        super("no user " + who);
    }
}
