package io.dangol.crm.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class FormatsTest {

    private final Formats formats = new Formats(new WebSettings(ZoneId.of("Asia/Seoul")));

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void wonIsShownWithTheSignAndGroupingAndNoDecimals() {
        assertThat(formats.won(new BigDecimal("1234567"))).isEqualTo("₩1,234,567");
        assertThat(formats.won(new BigDecimal("1234567.00"))).isEqualTo("₩1,234,567");
        assertThat(formats.won(new BigDecimal("-5000"))).isEqualTo("-₩5,000");
        assertThat(formats.won(BigDecimal.ZERO)).isEqualTo("₩0");
    }

    @Test
    void datesFollowTheReadersLanguageInSeoulTime() {
        Instant lateEveningUtc = Instant.parse("2026-11-22T20:00:00Z");
        LocaleContextHolder.setLocale(Locale.KOREAN);
        assertThat(formats.date(lateEveningUtc)).isEqualTo("2026년 11월 23일");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(formats.date(lateEveningUtc)).isEqualTo("November 23, 2026");
    }
}
