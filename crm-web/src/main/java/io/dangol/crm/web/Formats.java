package io.dangol.crm.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Formatting for templates ({@code ${@formats.won(x)}}): KRW as ₩1,234,567 (no minor unit), counts with
 * grouping, dates and times in the business time zone in the reader's language (2026년 11월 23일 in Korean).
 */
@Component("formats")
public class Formats {

    private final ZoneId zone;

    Formats(WebSettings settings) {
        this.zone = settings.zone();
    }

    public String won(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat number = NumberFormat.getIntegerInstance(Locale.KOREA);
        number.setRoundingMode(java.math.RoundingMode.HALF_EVEN);
        String digits = number.format(amount.abs());
        return (amount.signum() < 0 ? "-₩" : "₩") + digits;
    }

    /** A phone as Koreans read it ({@code 010-1234-5678}; foreign numbers in their own plan), whatever form it was kept in. */
    public String phone(String value) {
        return value == null ? "" : io.dangol.crm.shared.PhoneNumber.tryParse(value).map(io.dangol.crm.shared.PhoneNumber::national)
                .orElse(value);
    }

    public String count(long value) {
        return NumberFormat.getIntegerInstance(locale()).format(value);
    }

    /** Whole won: {@code ₩12,000}. */
    public String wonOf(long amount) {
        return won(BigDecimal.valueOf(amount));
    }

    /** A share as a percentage with one decimal: {@code 12.3%}. */
    public String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    /** A difference of two shares in percentage points, signed, one decimal: {@code +3.2}, {@code -0.4} (the unit is the page's). */
    public String points(double difference) {
        return String.format(Locale.ROOT, "%+.1f", difference * 100);
    }

    /** A difference in won, signed: {@code +₩12,345}, {@code -₩800}. */
    public String signedWon(double amount) {
        BigDecimal rounded = BigDecimal.valueOf(amount).setScale(0, java.math.RoundingMode.HALF_UP);
        return (rounded.signum() < 0 ? "-" : "+") + won(rounded.abs());
    }

    /** A ratio as a signed whole percentage: {@code +45%}. */
    public String signedPercent(double ratio) {
        return String.format(Locale.ROOT, "%+.0f%%", ratio * 100);
    }

    public String date(Instant at) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale()).withZone(zone).format(at);
    }

    public String dateTime(Instant at) {
        if (at == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale())
                .withZone(zone).format(at);
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
