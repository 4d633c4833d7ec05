package io.dangol.crm.customer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A moment worth a word from the shop: a birthday, a wedding anniversary or the anniversary of the first purchase,
 * on {@code date}; {@code years} is how many years it marks when known (the third anniversary…).
 */
public record Moment(Kind kind, LocalDate date, Optional<Integer> years, Optional<String> label) {

    public enum Kind { BIRTHDAY, WEDDING_ANNIVERSARY, FIRST_PURCHASE, CUSTOM }

    static List<Moment> upcoming(List<CustomerFile.Event> events, Optional<Instant> firstPurchase, LocalDate today, int days,
                                 ZoneId zone) {
        List<Moment> found = new ArrayList<>();
        for (CustomerFile.Event event : events) {
            next(MonthDay.of(event.month(), Math.min(event.day(), java.time.Month.of(event.month()).maxLength())), today, days)
                    .ifPresent(date -> found.add(new Moment(kindOf(event.kind()), date,
                            event.year().map(year -> date.getYear() - year).filter(n -> n > 0), event.label())));
        }
        firstPurchase.map(at -> at.atZone(zone).toLocalDate()).ifPresent(first ->
                next(MonthDay.from(first), today, days).filter(date -> date.getYear() > first.getYear())
                        .ifPresent(date -> found.add(new Moment(Kind.FIRST_PURCHASE, date,
                                Optional.of(date.getYear() - first.getYear()), Optional.empty()))));
        found.sort(Comparator.comparing(Moment::date));
        return found;
    }

    /** The next date on or after today that falls on this day of the year, if within {@code days}. */
    public static Optional<LocalDate> next(MonthDay day, LocalDate today, int days) {
        for (int year = today.getYear(); year <= today.getYear() + 1; year++) {
            LocalDate date = day.isValidYear(year) ? day.atYear(year) : LocalDate.of(year, 2, 28);
            if (!date.isBefore(today) && !date.isAfter(today.plusDays(days))) {
                return Optional.of(date);
            }
        }
        return Optional.empty();
    }

    static Kind kindOf(EventKind kind) {
        return switch (kind) {
            case BIRTHDAY -> Kind.BIRTHDAY;
            case WEDDING_ANNIVERSARY -> Kind.WEDDING_ANNIVERSARY;
            case CUSTOM -> Kind.CUSTOM;
        };
    }
}
