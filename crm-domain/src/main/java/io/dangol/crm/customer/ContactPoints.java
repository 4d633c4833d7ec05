package io.dangol.crm.customer;

import io.dangol.crm.shared.CustomerId;
import io.dangol.crm.shared.WritePort;
import java.time.Instant;
import java.util.Optional;

/** A customer's phones, e-mail and postal addresses, as staff verify and correct them. */
@WritePort
public interface ContactPoints {

    /** The kind of this customer's contact point; empty when the point is not theirs. */
    Optional<ContactPointKind> kindOf(CustomerId customer, long pointId);

    /** Marks a contact point of this customer verified at {@code at}; false when it is not theirs. */
    boolean verify(CustomerId customer, long pointId, Instant at);

    /**
     * Adds a verified contact point to a customer on record (nothing when they have it already, but verified now and
     * in use again if it was retired),
     * recording the change; false when there is no such customer.
     */
    boolean add(CustomerId customer, ContactPointKind kind, String value, Instant at, String by);

    /**
     * Corrects the value of a contact point of this customer (and marks it verified), recording the change (before →
     * after, by whom); false when it is not theirs.
     */
    boolean correct(CustomerId customer, long pointId, String value, Instant at, String by);

    /**
     * Retires a contact point of this customer still in use, recording the change (the value, why, by whom); false when
     * it is not theirs or already retired.
     */
    boolean retire(CustomerId customer, long pointId, ContactPointRetirement reason, Instant at, String by);

    /** The point of that kind a campaign would use (in use, the latest verified), if the customer has one. */
    Optional<Long> inUse(CustomerId customer, ContactPointKind kind);
}
