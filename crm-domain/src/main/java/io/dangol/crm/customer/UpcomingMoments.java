package io.dangol.crm.customer;

import io.dangol.crm.ladder.LadderStage;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Customers with a consent to profiling whose birthday, wedding anniversary or first-purchase anniversary falls in
 * the coming days, soonest first — the 1:1 marketing of "congratulations on your third anniversary".
 */
public interface UpcomingMoments {

    /** Which moments: of one kind or all, within {@code days} days from today (0 is today only; under a year, so each calendar day comes once), of one stage or all. */
    record Filter(Optional<Moment.Kind> kind, int days, Optional<LadderStage> stage) {

        public static final int MAX_DAYS = 364;

        public Filter {
            if (days < 0 || days > MAX_DAYS) {
                throw new IllegalArgumentException("moments within " + days + " days");
            }
        }

        public static Filter all(int days) {
            return new Filter(Optional.empty(), days, Optional.empty());
        }
    }

    /** One page of moments, soonest first. */
    record Page(List<UpcomingMoment> moments, long total, int page, int size) {

        public Page {
            moments = List.copyOf(moments);
        }

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    /** The page (from 1) of {@code size} moments; a page beyond the last is empty. */
    Page within(LocalDate today, Filter filter, ZoneId zone, int page, int size);

}
