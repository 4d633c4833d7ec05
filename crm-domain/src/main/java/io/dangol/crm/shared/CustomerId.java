package io.dangol.crm.shared;

/** The identity of a customer; every customer-owned row carries it (see "Running at scale" in DESIGN.md). */
public record CustomerId(long value) {

    public CustomerId {
        if (value <= 0) {
            throw new IllegalArgumentException("a customer id is positive, not " + value);
        }
    }

    public static CustomerId of(long value) {
        return new CustomerId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
