package io.dangol.crm.customer;

import io.dangol.crm.shared.CustomerId;
import io.dangol.crm.shared.CustomerNotFound;
import java.time.Clock;

/** "Verified today": staff confirmed with the customer that a contact point is still right. */
public final class VerifyContactPoint {

    public record Command(CustomerId customer, long pointId) { }

    private final ContactPoints points;
    private final Clock clock;

    public VerifyContactPoint(ContactPoints points, Clock clock) {
        this.points = points;
        this.clock = clock;
    }

    /** @throws CustomerNotFound when the customer has no such contact point */
    public void handle(Command command) {
        if (!points.verify(command.customer(), command.pointId(), clock.instant())) {
            throw new CustomerNotFound(command.customer());
        }
    }
}
