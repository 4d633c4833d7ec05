package io.dangol.crm.persistence;

import io.dangol.crm.shared.AnniversaryWindow;
import java.sql.Timestamp;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The SQL of "an anniversary in the coming days", shared by the adapters that look for one (segments, moments):
 * customer events on those calendar days, and first orders placed in the same window in a past year. Each method
 * puts its named parameters into the map it is given.
 */
public final class AnniversarySql {

    private AnniversarySql() {
    }

    /** A join for {@code customer_event e} that keeps the events on the window's calendar days. */
    public static String eventDays(AnniversaryWindow window, Map<String, Object> parameters) {
        List<Integer> months = new ArrayList<>();
        List<Integer> days = new ArrayList<>();
        for (MonthDay day : window.calendarDays()) {
            months.add(day.getMonthValue());
            days.add(day.getDayOfMonth());
        }
        parameters.put("eventMonths", months.toArray(Integer[]::new));
        parameters.put("eventDays", days.toArray(Integer[]::new));
        return """
                join unnest(cast(:eventMonths as int[]), cast(:eventDays as int[])) as w(month, day)
                  on e.month = w.month and e.day = w.day""";
    }

    /**
     * A condition on {@code customer_order o}: it is the customer's first order and was placed in the window moved
     * back 1 to {@code years} years (one index range per year).
     */
    public static String firstOrders(AnniversaryWindow window, int years, ZoneId zone, Map<String, Object> parameters) {
        List<String> ranges = new ArrayList<>();
        List<AnniversaryWindow.Range> past = window.pastYears(years);
        for (int i = 0; i < past.size(); i++) {
            ranges.add("(o.ordered_at >= :from" + i + " and o.ordered_at < :to" + i + ")");
            parameters.put("from" + i, Timestamp.from(past.get(i).start().atStartOfDay(zone).toInstant()));
            parameters.put("to" + i, Timestamp.from(past.get(i).end().atStartOfDay(zone).toInstant()));
        }
        return "(" + String.join(" or ", ranges) + """
                ) and not exists (select 1 from customer_order earlier
                                  where earlier.customer_id = o.customer_id and earlier.ordered_at < o.ordered_at)""";
    }
}
