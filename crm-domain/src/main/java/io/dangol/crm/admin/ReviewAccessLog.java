package io.dangol.crm.admin;

import io.dangol.crm.shared.BusinessZone;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The monthly review of the access log (PIPA safety standard art. 8): an admin reads a finished month — each user's
 * use of personal data and the alerts — verifies the chain, and records that they did, with a note. A month is
 * reviewed once; the record keeps the chain's head so a later removal of entries shows.
 */
public final class ReviewAccessLog {

    /** Longest note an admin may leave on a review. */
    public static final int NOTE_LIMIT = 2000;

    public record Command(String reviewer, YearMonth month, String note) {
    }

    /** A month as the review page shows it. */
    public record Month(YearMonth month, List<UserAccess> usage, List<AccessAlert> alerts) {
        public long entries() {
            return usage.stream().mapToLong(UserAccess::entries).sum();
        }
    }

    /** The review recorded, or the message key of why not. */
    public record Result(Optional<MonthlyReview> review, Optional<String> refusal) {
        static Result refused(String code) {
            return new Result(Optional.empty(), Optional.of(code));
        }
    }

    private final AccessReviews reviews;
    private final UnusualAccess rule;
    private final BusinessZone zone;
    private final LocalTime nightStarts;
    private final LocalTime nightEnds;
    private final Clock clock;

    public ReviewAccessLog(AccessReviews reviews, UnusualAccess rule, BusinessZone zone, LocalTime nightStarts,
                           LocalTime nightEnds, Clock clock) {
        this.reviews = reviews;
        this.rule = rule;
        this.zone = Objects.requireNonNull(zone, "zone");
        this.nightStarts = nightStarts;
        this.nightEnds = nightEnds;
        this.clock = clock;
    }

    /** Each user's figures and the alerts of a month (the current one so far, too). */
    public Month month(YearMonth month) {
        Instant from = month.atDay(1).atStartOfDay(zone.zone()).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone.zone()).toInstant();
        List<UserAccess> usage = reviews.usage(from, to, zone.zone(), nightStarts, nightEnds);
        return new Month(month, usage, rule.find(usage));
    }

    public Result handle(Command command) {
        YearMonth current = YearMonth.from(zone.today(clock));
        if (command.month() == null || !command.month().isBefore(current)) {
            return Result.refused("accesslog.review.refused.notOver");
        }
        String note = command.note() == null ? "" : command.note().strip();
        if (note.length() > NOTE_LIMIT) {
            return Result.refused("accesslog.review.refused.noteTooLong");
        }
        Month month = month(command.month());
        ChainCheck chain = reviews.verifyChain();
        MonthlyReview review = new MonthlyReview(command.month(), command.reviewer(), clock.instant(), month.entries(),
                month.alerts().size(), chain.last(), chain.headHash(), chain.intact(), note);
        if (!reviews.record(review)) {
            return Result.refused("accesslog.review.refused.already");
        }
        return new Result(Optional.of(review), Optional.empty());
    }
}
