package io.dangol.crm.customer;

import io.dangol.crm.shared.CustomerId;
import io.dangol.crm.shared.CustomerNotFound;
import io.dangol.crm.shared.EmailAddress;
import io.dangol.crm.shared.PhoneNumber;
import java.time.Clock;
import java.util.Optional;

/**
 * Staff correct a phone, e-mail or postal address on the customer page: the new value is checked for its kind (a
 * phone is stored as Koreans read it, an e-mail in its checked form), the point counts as verified now, and the
 * change (before → after, by whom) is recorded for the timeline.
 */
public final class CorrectContactPoint {

    public static final int MAX_POSTAL = 300;

    public record Command(CustomerId customer, long pointId, String value, String by) { }

    /** Empty when corrected; else the message code of the problem with the value. */
    public record Result(Optional<String> problem) {

        public boolean corrected() {
            return problem.isEmpty();
        }
    }

    private final ContactPoints points;
    private final Clock clock;

    public CorrectContactPoint(ContactPoints points, Clock clock) {
        this.points = points;
        this.clock = clock;
    }

    /** @throws CustomerNotFound when the customer has no such contact point */
    public Result handle(Command command) {
        ContactPointKind kind = points.kindOf(command.customer(), command.pointId())
                .orElseThrow(() -> new CustomerNotFound(command.customer()));
        Optional<String> clean = clean(kind, command.value() == null ? "" : command.value());
        if (clean.isEmpty()) {
            return new Result(Optional.of("customer.point.invalid." + kind));
        }
        points.correct(command.customer(), command.pointId(), clean.get(), clock.instant(), command.by());
        return new Result(Optional.empty());
    }

    static Optional<String> clean(ContactPointKind kind, String value) {
        return switch (kind) {
            case PHONE -> PhoneNumber.tryParse(value).map(PhoneNumber::national);
            case EMAIL -> EmailAddress.tryParse(value).map(EmailAddress::value);
            case POSTAL -> Optional.of(value.strip()).filter(v -> !v.isEmpty() && v.length() <= MAX_POSTAL);
        };
    }
}
