package io.dangol.crm.customer;

import io.dangol.crm.shared.CustomerId;

public final class CustomerNotFound extends RuntimeException {

    private final transient CustomerId id;

    public CustomerNotFound(CustomerId id) {
        super("no customer " + id);
        this.id = id;
    }

    public CustomerId id() {
        return id;
    }
}
