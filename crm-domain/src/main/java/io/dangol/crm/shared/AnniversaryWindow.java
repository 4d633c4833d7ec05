package io.dangol.crm.shared;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The next {@code days} days from {@code from} (inclusive), as the calendar days a birthday or wedding anniversary
 * falls on, and as the date ranges in past years in which a first purchase would have its anniversary. A 29
 * February anniversary is kept on 28 February in other years.
 */
public record AnniversaryWindow(LocalDate from, int days) {

    public AnniversaryWindow {
        if (days < 0 || days > 366) {
            throw new IllegalArgumentException("anniversary window of " + days + " days");
        }
    }

    /** A half-open range of dates [start, end). */
    public record Range(LocalDate start, LocalDate end) { }

    public Set<MonthDay> calendarDays() {
        Set<MonthDay> all = new LinkedHashSet<>();
        for (int i = 0; i <= days; i++) {
            LocalDate day = from.plusDays(i);
            all.add(MonthDay.from(day));
            if (day.getMonthValue() == 2 && day.getDayOfMonth() == 28 && !day.isLeapYear()) {
                all.add(MonthDay.of(2, 29));
            }
        }
        return all;
    }

    /** The window moved back 1 to {@code years} years: a first purchase in one of them has its anniversary now. */
    public List<Range> pastYears(int years) {
        List<Range> ranges = new ArrayList<>(years);
        for (int back = 1; back <= years; back++) {
            ranges.add(new Range(from.minusYears(back), from.plusDays(days + 1L).minusYears(back)));
        }
        return ranges;
    }
}
