package io.dangol.crm.servicecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Due times count the desk's working time only: evenings, weekends and Korea's public holidays are off. */
class ServiceHoursTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final ServiceHours DESK = ServiceHours.koreanOffice(SEOUL);

    private static Instant seoul(String local) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(local), SEOUL).toInstant();
    }

    @Test
    void withinADayTheDueTimeIsLaterTheSameDay() {
        assertThat(DESK.after(seoul("2026-12-02T10:00"), Duration.ofHours(4))).isEqualTo(seoul("2026-12-02T14:00"));
    }

    @Test
    void aCaseOpenedOnFridayEveningIsDueOnMonday() {
        // Friday 2026-12-04 17:00: one hour left that day, eight more on Monday from 09:00
        assertThat(DESK.after(seoul("2026-12-04T17:00"), Duration.ofHours(9))).isEqualTo(seoul("2026-12-07T17:00"));
        // opened on Saturday: the clock starts on Monday morning
        assertThat(DESK.after(seoul("2026-12-05T11:00"), Duration.ofHours(1))).isEqualTo(seoul("2026-12-07T10:00"));
    }

    @Test
    void chuseokIsSkipped() {
        // Wednesday 2026-09-23 16:00; 추석 is Thursday 24 to Saturday 26: two hours that day, then Monday 28
        assertThat(DESK.after(seoul("2026-09-23T16:00"), Duration.ofHours(4))).isEqualTo(seoul("2026-09-28T11:00"));
    }

    @Test
    void aSubstituteHolidayIsOff() {
        // 개천절 2026-10-03 is a Saturday: Monday 5 October is the substitute holiday
        assertThat(DESK.workingDay(LocalDate.of(2026, 10, 5))).isFalse();
        assertThat(DESK.after(seoul("2026-10-02T17:30"), Duration.ofHours(1))).isEqualTo(seoul("2026-10-06T09:30"));
    }

    @Test
    void beforeOpeningTheClockStartsAtOpening() {
        assertThat(DESK.after(seoul("2026-12-02T06:00"), Duration.ofMinutes(30))).isEqualTo(seoul("2026-12-02T09:30"));
        assertThat(DESK.after(seoul("2026-12-02T06:00"), Duration.ZERO)).isEqualTo(seoul("2026-12-02T09:00"));
    }

    @Test
    void workingTimeBetweenTwoMomentsSkipsTheNightAndTheWeekend() {
        assertThat(DESK.between(seoul("2026-12-04T17:00"), seoul("2026-12-07T10:00"))).isEqualTo(Duration.ofHours(2));
        assertThat(DESK.between(seoul("2026-12-07T10:00"), seoul("2026-12-04T17:00"))).isZero();
    }

    @Test
    void aCalendarWithoutWorkingTimeIsRefused() {
        assertThatThrownBy(() -> new ServiceHours(SEOUL, java.time.LocalTime.of(18, 0), java.time.LocalTime.of(9, 0),
                java.util.Set.of(java.time.DayOfWeek.MONDAY), java.util.Set.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 300)
    void theWorkingTimeUntilTheDueTimeIsWhatWasAsked(@ForAll @IntRange(min = 0, max = 2_000) int hoursFromStart,
                                                    @ForAll @IntRange(min = 1, max = 60 * 90) int minutes) {
        Instant start = seoul("2026-01-01T00:00").plus(Duration.ofHours(hoursFromStart));
        Instant due = DESK.after(start, Duration.ofMinutes(minutes));
        assertThat(DESK.between(start, due)).isEqualTo(Duration.ofMinutes(minutes));
        assertThat(DESK.workingDay(due.atZone(SEOUL).toLocalDate())).isTrue();
    }

    @Test
    void dueTimesFollowTheSeverity() {
        DueTimes times = DueTimes.standard(DESK);
        DueTimes.Due urgent = times.due(ServiceCaseSeverity.URGENT, seoul("2026-12-02T10:00"));
        assertThat(urgent.firstResponse()).isEqualTo(seoul("2026-12-02T11:00"));
        assertThat(urgent.resolution()).isEqualTo(seoul("2026-12-03T10:00"));
        DueTimes.Due normal = times.due(ServiceCaseSeverity.NORMAL, seoul("2026-12-02T10:00"));
        assertThat(normal.resolution()).isEqualTo(seoul("2026-12-09T10:00"));
    }
}
