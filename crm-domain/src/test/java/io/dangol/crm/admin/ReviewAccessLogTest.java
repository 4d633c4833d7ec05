package io.dangol.crm.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.dangol.crm.shared.BusinessZone;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewAccessLogTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    /** 1 December 2026, 08:00 in Seoul: November has just ended there (it is still 30 November in UTC). */
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-30T23:00:00Z"), ZoneOffset.UTC);
    private final Reviews reviews = new Reviews();
    private final ReviewAccessLog review = new ReviewAccessLog(reviews, UnusualAccess.defaults(), new BusinessZone(SEOUL),
            LocalTime.of(22, 0), LocalTime.of(6, 0), clock);

    @Test
    void aFinishedMonthIsRecordedWithItsFiguresAlertsAndTheChainsHead() {
        reviews.usage = List.of(new UserAccess("mina", 30, 20, 0, 0), new UserAccess("owl", 5, 5, 0, 2));

        ReviewAccessLog.Result result = review.handle(new ReviewAccessLog.Command("admin", YearMonth.of(2026, 11), "  nothing amiss "));

        assertThat(result.refusal()).isEmpty();
        MonthlyReview recorded = reviews.recorded.get(0);
        assertThat(recorded.entries()).isEqualTo(35);
        assertThat(recorded.alerts()).isEqualTo(1);
        assertThat(recorded.headSeq()).isEqualTo(812);
        assertThat(recorded.headHash()).isEqualTo("ab12");
        assertThat(recorded.chainIntact()).isTrue();
        assertThat(recorded.note()).isEqualTo("nothing amiss");
        assertThat(recorded.reviewedAt()).isEqualTo(clock.instant());
        assertThat(reviews.askedFrom).isEqualTo(Instant.parse("2026-10-31T15:00:00Z"));
        assertThat(reviews.askedTo).isEqualTo(Instant.parse("2026-11-30T15:00:00Z"));
    }

    @Test
    void theCurrentMonthAndLaterOnesCannotBeRecordedAsReviewed() {
        assertThat(review.handle(new ReviewAccessLog.Command("admin", YearMonth.of(2026, 12), "")).refusal())
                .contains("accesslog.review.refused.notOver");
        assertThat(review.handle(new ReviewAccessLog.Command("admin", YearMonth.of(2027, 1), "")).refusal())
                .contains("accesslog.review.refused.notOver");
        assertThat(review.handle(new ReviewAccessLog.Command("admin", null, "")).refusal())
                .contains("accesslog.review.refused.notOver");
        assertThat(reviews.recorded).isEmpty();
    }

    @Test
    void aMonthIsReviewedOnceAndAnOverlongNoteIsRefused() {
        assertThat(review.handle(new ReviewAccessLog.Command("admin", YearMonth.of(2026, 10), "x".repeat(2001))).refusal())
                .contains("accesslog.review.refused.noteTooLong");
        assertThat(review.handle(new ReviewAccessLog.Command("admin", YearMonth.of(2026, 10), "ok")).refusal()).isEmpty();
        assertThat(review.handle(new ReviewAccessLog.Command("other", YearMonth.of(2026, 10), "again")).refusal())
                .contains("accesslog.review.refused.already");
    }

    @Test
    void aBrokenChainIsRecordedAsBroken() {
        reviews.chain = new ChainCheck(10, 1, 10, "ff", List.of(4L));

        review.handle(new ReviewAccessLog.Command("admin", YearMonth.of(2026, 9), ""));

        assertThat(reviews.recorded.get(0).chainIntact()).isFalse();
    }

    private static final class Reviews implements AccessReviews {
        List<UserAccess> usage = List.of();
        ChainCheck chain = new ChainCheck(812, 1, 812, "ab12", List.of());
        final List<MonthlyReview> recorded = new ArrayList<>();
        Instant askedFrom;
        Instant askedTo;

        @Override
        public boolean record(MonthlyReview review) {
            if (recorded.stream().anyMatch(r -> r.month().equals(review.month()))) {
                return false;
            }
            return recorded.add(review);
        }

        @Override
        public List<AccessLogEntry> entries(AccessLogFilter filter, int offset, int limit) {
            return List.of();
        }

        @Override
        public List<UserAccess> usage(Instant from, Instant to, ZoneId zone, LocalTime nightStarts, LocalTime nightEnds) {
            askedFrom = from;
            askedTo = to;
            return usage;
        }

        @Override
        public ChainCheck verifyChain() {
            return chain;
        }

        @Override
        public List<MonthlyReview> reviews(int limit) {
            return recorded;
        }
    }
}
