package io.dangol.crm.customer;

import io.dangol.crm.shared.Codes;
import io.dangol.crm.shared.CustomerId;
import io.dangol.crm.shared.CustomerNotFound;
import java.time.Clock;
import java.util.Optional;

/**
 * Staff add a phone, e-mail or postal address a customer gives them: checked as a correction is (a phone as Koreans
 * read it, an e-mail in its checked form), counted as verified now (the customer just gave it), and recorded on the
 * timeline as a change (from nothing to the new value). The customer's earlier points stay.
 */
public final class AddContactPoint {

    public record Command(CustomerId customer, String kind, String value, String by) { }

    /** Empty when added (or already there); else the message code of the problem with the value. */
    public record Result(Optional<String> problem) {

        public boolean added() {
            return problem.isEmpty();
        }
    }

    private final ContactPoints points;
    private final Clock clock;

    public AddContactPoint(ContactPoints points, Clock clock) {
        this.points = points;
        this.clock = clock;
    }

    /** @throws CustomerNotFound when there is no such customer (or they were erased) */
    public Result handle(Command command) {
        Optional<ContactPointKind> kind = Codes.parse(ContactPointKind.class, command.kind());
        if (kind.isEmpty()) {
            return new Result(Optional.of("customer.point.kind"));
        }
        Optional<String> clean = CorrectContactPoint.clean(kind.get(), command.value() == null ? "" : command.value());
        if (clean.isEmpty()) {
            return new Result(Optional.of("customer.point.invalid." + kind.get()));
        }
        if (!points.add(command.customer(), kind.get(), clean.get(), clock.instant(), command.by())) {
            throw new CustomerNotFound(command.customer());
        }
        return new Result(Optional.empty());
    }
}
