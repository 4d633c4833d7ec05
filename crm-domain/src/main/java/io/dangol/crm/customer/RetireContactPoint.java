package io.dangol.crm.customer;

import io.dangol.crm.shared.Codes;
import io.dangol.crm.shared.CustomerId;
import io.dangol.crm.shared.Transactions;
import java.time.Clock;
import java.util.Optional;

/**
 * Staff retire a contact point — moved, number changed, bounced, unreachable, no longer used. The point keeps its row,
 * its {@code verified_at} and its history; the retirement is recorded (who, when, why) and shown on the timeline.
 */
public final class RetireContactPoint {

    public enum Outcome { RETIRED, UNKNOWN_POINT, UNKNOWN_REASON, REASON_DOES_NOT_FIT }

    public record Command(CustomerId customer, long pointId, String reason, String by) { }

    private final ContactPoints points;
    private final Transactions transactions;
    private final Clock clock;

    public RetireContactPoint(ContactPoints points, Transactions transactions, Clock clock) {
        this.points = points;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Outcome handle(Command command) {
        Optional<ContactPointRetirement> reason = Codes.parse(ContactPointRetirement.class, command.reason());
        if (reason.isEmpty()) {
            return Outcome.UNKNOWN_REASON;
        }
        return transactions.inTransaction(() -> {
            Optional<ContactPointKind> kind = points.kindOf(command.customer(), command.pointId());
            if (kind.isEmpty()) {
                return Outcome.UNKNOWN_POINT;
            }
            if (!reason.get().appliesTo(kind.get())) {
                return Outcome.REASON_DOES_NOT_FIT;
            }
            return points.retire(command.customer(), command.pointId(), reason.get(), clock.instant(), command.by())
                    ? Outcome.RETIRED : Outcome.UNKNOWN_POINT;
        });
    }

    /**
     * A logged contact found the point of that kind unusable (an e-mail bounced, a number not in service): the point a
     * campaign would use is retired with that reason. Joins the caller's transaction; nothing when there is none.
     */
    public boolean retireInUse(CustomerId customer, ContactPointKind kind, ContactPointRetirement reason, String by) {
        return transactions.inTransaction(() -> points.inUse(customer, kind)
                .map(point -> points.retire(customer, point, reason, clock.instant(), by)).orElse(false));
    }
}
