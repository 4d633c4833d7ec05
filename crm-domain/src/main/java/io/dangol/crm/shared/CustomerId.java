package io.dangol.crm.shared;

/** The identity of a customer; every customer-owned row carries it (so the data can be sharded by it, ADR 0003). */
public record CustomerId(long value) {

    public CustomerId {
        if (value <= 0) {
            throw new IllegalArgumentException("a customer id is positive, not " + value);
        }
    }

    public static CustomerId of(long value) {
        return new CustomerId(value);
    }

    /** An id as a page or the API was asked for it: one that cannot exist is a customer not found, not an error. */
    public static CustomerId requested(long value) {
        if (value <= 0) {
            throw new CustomerNotFound(value);
        }
        return new CustomerId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
