package io.dangol.crm.importing;

import io.dangol.crm.shared.EmailAddress;
import io.dangol.crm.shared.PhoneNumber;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A column of an import kind: its name, the names Korean and other exports give it, whether every row needs a value,
 * and how a value is read — into the text the staging table takes ({@code 2026-01-31T05:00:00Z} for a time,
 * {@code 010-1234-5678} for a phone, the code for a choice). A value that cannot be read is the row's rejection.
 */
public record Field(String name, List<String> aliases, boolean required, Reading reading, String allowed, int maxLength) {

    /** A field with no length of its own to keep to (dates, choices, amounts). */
    public Field(String name, List<String> aliases, boolean required, Reading reading, String allowed) {
        this(name, aliases, required, reading, allowed, 0);
    }

    /** Whether a value was refused only for its length: a text longer than the field keeps. */
    public boolean tooLong(String text) {
        return maxLength > 0 && text.length() > maxLength;
    }

    /** Reads one value as written; empty when it cannot be read. */
    @FunctionalInterface
    public interface Reading {
        Optional<String> read(String text, ZoneId zone);
    }

    public static final int MAX_TEXT = 200;

    /** The Korean name a file may give the column (its first Hangul alias), or the column's own name. */
    public String koreanName() {
        return aliases.stream().filter(alias -> alias.chars().anyMatch(c -> c >= '가' && c <= '힣')).findFirst().orElse(name);
    }

    public Field mandatory() {
        return new Field(name, aliases, true, reading, allowed, maxLength);
    }

    public static Field id(String name, String... aliases) {
        return new Field(name, List.of(aliases), false, text(MAX_TEXT), "", MAX_TEXT);
    }

    public static Field text(String name, int max, String... aliases) {
        return new Field(name, List.of(aliases), false, text(max), "", max);
    }

    /** A moment: a date, or a date and time, in the business's time zone. */
    public static Field time(String name, String... aliases) {
        return new Field(name, List.of(aliases), false, (text, zone) -> TransactionsFile.instant(text, zone).map(Instant::toString), "");
    }

    public static Field date(String name, String... aliases) {
        return new Field(name, List.of(aliases), false,
                (text, zone) -> TransactionsFile.instant(text, zone).map(at -> LocalDate.ofInstant(at, zone).toString()), "");
    }

    /** A day of the year, with or without its year: {@code 1990-05-17}, {@code 05-17}, {@code 5/17}, {@code 5월 17일}. */
    public static Field dayOfYear(String name, String... aliases) {
        return new Field(name, List.of(aliases), false, (text, zone) -> dayOfYear(text), "");
    }

    public static Field money(String name, String... aliases) {
        return new Field(name, List.of(aliases), false, (text, zone) -> TransactionsFile.amount(text).map(BigDecimal::toPlainString), "");
    }

    /** A whole number from 1. */
    public static Field count(String name, String... aliases) {
        return new Field(name, List.of(aliases), false, (text, zone) -> {
            try {
                int value = Integer.parseInt(text.replace(",", ""));
                return value >= 1 && value <= 1_000_000 ? Optional.of(String.valueOf(value)) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }, "");
    }

    public static Field phone(String name, String... aliases) {
        return new Field(name, List.of(aliases), false, (text, zone) -> PhoneNumber.tryParse(text).map(PhoneNumber::national), "");
    }

    public static Field email(String name, String... aliases) {
        return new Field(name, List.of(aliases), false, (text, zone) -> EmailAddress.tryParse(text).map(EmailAddress::value), "");
    }

    /** Labels separated by {@code ;} or {@code |}, kept as {@code a|b}. */
    public static Field tags(String name, String... aliases) {
        return new Field(name, List.of(aliases), false, (text, zone) -> {
            List<String> tags = Arrays.stream(text.split("[;|]")).map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
            return tags.isEmpty() || tags.stream().anyMatch(t -> t.length() > 50) || tags.size() > 20
                    ? Optional.empty() : Optional.of(String.join("|", tags));
        }, "");
    }

    /**
     * One of an enum's codes, by name (any case) or by one of the words given ({@code "전화" → PHONE}).
     * The rejection names the codes allowed.
     */
    public static <E extends Enum<E>> Field choice(String name, Class<E> codes, Map<String, E> words, String... aliases) {
        Map<String, String> known = new LinkedHashMap<>();
        for (E code : codes.getEnumConstants()) {
            known.put(code.name(), code.name());
        }
        words.forEach((word, code) -> known.put(word.toUpperCase(Locale.ROOT), code.name()));
        String allowed = Arrays.stream(codes.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        return new Field(name, List.of(aliases), false,
                (text, zone) -> Optional.ofNullable(known.get(text.strip().toUpperCase(Locale.ROOT).replace(' ', '_'))), allowed);
    }

    private static Reading text(int max) {
        return (text, zone) -> text.length() <= max && text.indexOf('\0') < 0 ? Optional.of(text) : Optional.empty();
    }

    static Optional<String> dayOfYear(String text) {
        String clean = text.strip().replace("월", "-").replace("일", "").replace('/', '-').replace('.', '-').replace(" ", "");
        if (clean.endsWith("-")) {
            clean = clean.substring(0, clean.length() - 1);
        }
        String[] parts = clean.split("-");
        try {
            int year = 0;
            int month;
            int day;
            if (parts.length == 3) {
                year = Integer.parseInt(parts[0]);
                month = Integer.parseInt(parts[1]);
                day = Integer.parseInt(parts[2]);
                if (year < 1900 || year > 2200) {
                    return Optional.empty();
                }
                LocalDate.of(year, month, day);
            } else if (parts.length == 2) {
                month = Integer.parseInt(parts[0]);
                day = Integer.parseInt(parts[1]);
                LocalDate.of(2000, month, day); // a leap year: 02-29 is a day of the year
            } else {
                return Optional.empty();
            }
            return Optional.of((year == 0 ? "" : year + "-") + String.format("%02d-%02d", month, day));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
