package io.dangol.crm.servicecase;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * When the service desk works: opening and closing time on working days, in the business's zone, with public
 * holidays off. Due times count working time only, so a case opened on Friday evening is due on Monday, and one
 * opened before 추석 is due after it.
 */
public record ServiceHours(ZoneId zone, LocalTime opens, LocalTime closes, Set<DayOfWeek> workingDays,
                           Set<LocalDate> holidays) {

    /** How far ahead a due time is searched: a calendar with no working day in ten years is a mistake. */
    private static final int MAX_DAYS = 3_660;

    public ServiceHours {
        Objects.requireNonNull(zone, "zone");
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("the desk opens before it closes: " + opens + "–" + closes);
        }
        if (workingDays.isEmpty()) {
            throw new IllegalArgumentException("the desk works on at least one day of the week");
        }
        workingDays = Set.copyOf(workingDays);
        holidays = Set.copyOf(holidays);
    }

    /** Monday to Friday, 09:00–18:00, with the public holidays of {@link #koreanHolidays()}. */
    public static ServiceHours koreanOffice(ZoneId zone) {
        return new ServiceHours(zone, LocalTime.of(9, 0), LocalTime.of(18, 0),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), koreanHolidays());
    }

    public boolean workingDay(LocalDate day) {
        return workingDays.contains(day.getDayOfWeek()) && !holidays.contains(day);
    }

    /** The instant {@code workingTime} of working time after {@code start}. */
    public Instant after(Instant start, Duration workingTime) {
        if (workingTime.isNegative()) {
            throw new IllegalArgumentException("working time is not negative: " + workingTime);
        }
        ZonedDateTime at = start.atZone(zone);
        Duration left = workingTime;
        for (int day = 0; day < MAX_DAYS; day++) {
            LocalDate date = at.toLocalDate();
            if (workingDay(date)) {
                ZonedDateTime open = date.atTime(opens).atZone(zone);
                ZonedDateTime close = date.atTime(closes).atZone(zone);
                ZonedDateTime from = at.isBefore(open) ? open : at;
                if (from.isBefore(close)) {
                    Duration today = Duration.between(from, close);
                    if (left.compareTo(today) <= 0) {
                        return from.plus(left).toInstant();
                    }
                    left = left.minus(today);
                }
            }
            at = date.plusDays(1).atStartOfDay(zone);
        }
        throw new IllegalStateException("no working day within " + MAX_DAYS + " days of " + start);
    }

    /** Working time between two instants (zero when {@code to} is not after {@code from}). */
    public Duration between(Instant from, Instant to) {
        Duration total = Duration.ZERO;
        if (!to.isAfter(from)) {
            return total;
        }
        ZonedDateTime at = from.atZone(zone);
        ZonedDateTime end = to.atZone(zone);
        while (!at.toLocalDate().isAfter(end.toLocalDate())) {
            LocalDate date = at.toLocalDate();
            if (workingDay(date)) {
                ZonedDateTime open = date.atTime(opens).atZone(zone);
                ZonedDateTime close = date.atTime(closes).atZone(zone);
                ZonedDateTime a = at.isBefore(open) ? open : at;
                ZonedDateTime b = end.isBefore(close) ? end : close;
                if (a.isBefore(b)) {
                    total = total.plus(Duration.between(a, b));
                }
            }
            at = date.plusDays(1).atStartOfDay(zone);
        }
        return total;
    }

    /**
     * The public holidays of the Republic of Korea shipped with Dangol (관공서의 공휴일에 관한 규정, with substitute
     * holidays), from {@code korean-public-holidays.txt}: one ISO date per line, {@code #} starts a comment.
     * Election days and holidays declared later are added by setting ({@code crm.service.holidays}).
     */
    public static Set<LocalDate> koreanHolidays() {
        Set<LocalDate> days = new HashSet<>();
        try (InputStream in = ServiceHours.class.getResourceAsStream("korean-public-holidays.txt");
             BufferedReader lines = new BufferedReader(new InputStreamReader(Objects.requireNonNull(in,
                     "korean-public-holidays.txt"), StandardCharsets.UTF_8))) {
            lines.lines().map(line -> line.replaceFirst("#.*", "").strip()).filter(line -> !line.isEmpty())
                    .forEach(line -> days.add(LocalDate.parse(line)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return days;
    }
}
