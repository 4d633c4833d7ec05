package io.dangol.crm.customer;

import io.dangol.crm.shared.Codes;
import io.dangol.crm.shared.CustomerId;
import io.dangol.crm.shared.CustomerNotFound;
import io.dangol.crm.shared.Transactions;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Staff set, correct or remove a customer's birthday or wedding anniversary on the customer page: a full date
 * ({@code 1990-05-17}) or the day alone when the year is not known ({@code 05-17}); never in the future; recorded
 * (who, when, before → after) and shown on the timeline. Upcoming moments and duplicate matching use it at once.
 */
public final class SetCustomerDay {

    public enum Outcome { SAVED, UNCHANGED, UNKNOWN_KIND, BAD_DATE, IN_THE_FUTURE }

    /** A day of the year, with its year when known. */
    public record Day(MonthDay day, Optional<Integer> year) {

        /** As typed back into the form: {@code 1990-05-17} or {@code 05-17}. */
        public String text() {
            String monthDay = String.format("%02d-%02d", day.getMonthValue(), day.getDayOfMonth());
            return year.map(y -> y + "-" + monthDay).orElse(monthDay);
        }
    }

    public record Command(CustomerId customer, String kind, String date, String by) { }

    private static final Pattern FULL = Pattern.compile("(\\d{4})[-./](\\d{1,2})[-./](\\d{1,2})");
    private static final Pattern DAY_ONLY = Pattern.compile("(\\d{1,2})[-./](\\d{1,2})");

    private final CustomerProfiles profiles;
    private final Transactions transactions;
    private final Clock clock;
    private final io.dangol.crm.shared.BusinessZone zone;

    public SetCustomerDay(CustomerProfiles profiles, Transactions transactions, Clock clock, io.dangol.crm.shared.BusinessZone zone) {
        this.profiles = profiles;
        this.transactions = transactions;
        this.clock = clock;
        this.zone = zone;
    }

    /** @throws CustomerNotFound when there is no such live customer */
    public Outcome handle(Command command) {
        Optional<EventKind> kind = Codes.parse(EventKind.class, command.kind()).filter(k -> k != EventKind.CUSTOM);
        if (kind.isEmpty()) {
            return Outcome.UNKNOWN_KIND;
        }
        if (profiles.profile(command.customer()).isEmpty()) {
            throw new CustomerNotFound(command.customer());
        }
        String typed = command.date() == null ? "" : command.date().strip();
        Optional<Day> after;
        if (typed.isEmpty()) {
            after = Optional.empty();
        } else {
            try {
                after = Optional.of(parse(typed));
            } catch (DateTimeException | IllegalArgumentException e) {
                return Outcome.BAD_DATE;
            }
            LocalDate today = zone.today(clock);
            Day day = after.get();
            if (day.year().isPresent() && (day.year().get() < 1900
                    || LocalDate.of(day.year().get(), day.day().getMonth(), day.day().getDayOfMonth()).isAfter(today))) {
                return Outcome.IN_THE_FUTURE;
            }
        }
        Optional<Day> before = profiles.day(command.customer(), kind.get());
        if (before.equals(after)) {
            return Outcome.UNCHANGED;
        }
        CustomerChange change = new CustomerChange(kind.get() == EventKind.BIRTHDAY ? CustomerChange.Field.BIRTHDAY
                : CustomerChange.Field.WEDDING_ANNIVERSARY, before.map(Day::text).orElse(""), after.map(Day::text).orElse(""));
        transactions.inTransaction(() -> {
            profiles.setDay(command.customer(), kind.get(), after, change, command.by(), clock.instant());
            return null;
        });
        return Outcome.SAVED;
    }

    static Day parse(String typed) {
        Matcher full = FULL.matcher(typed);
        if (full.matches()) {
            LocalDate date = LocalDate.of(Integer.parseInt(full.group(1)), Integer.parseInt(full.group(2)), Integer.parseInt(full.group(3)));
            return new Day(MonthDay.from(date), Optional.of(date.getYear()));
        }
        Matcher day = DAY_ONLY.matcher(typed);
        if (day.matches()) {
            return new Day(MonthDay.of(Integer.parseInt(day.group(1)), Integer.parseInt(day.group(2))), Optional.empty());
        }
        throw new IllegalArgumentException("not a date: " + typed);
    }
}
