package io.dangol.crm.customer;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Customers with a consent to profiling whose birthday, wedding anniversary or first-purchase anniversary falls in
 * the next {@code days} days, soonest first — the 1:1 marketing of "congratulations on your third anniversary".
 */
public interface UpcomingMoments {

    List<UpcomingMoment> within(LocalDate today, int days, ZoneId zone, int limit);
}
