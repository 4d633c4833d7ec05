package io.dangol.crm.admin;

public record UserId(long value) {

    public UserId {
        if (value <= 0) {
            throw new IllegalArgumentException("a user id is positive, not " + value);
        }
    }
}
