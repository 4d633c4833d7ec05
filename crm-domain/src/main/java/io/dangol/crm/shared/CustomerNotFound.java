package io.dangol.crm.shared;

/** There is no customer with this id (or they were erased): pages answer 404, the API a problem. */
public final class CustomerNotFound extends RuntimeException {

    private final long id;

    public CustomerNotFound(CustomerId id) {
        this(id.value());
    }

    CustomerNotFound(long id) {
        super("no customer " + id);
        this.id = id;
    }

    public long id() {
        return id;
    }
}
