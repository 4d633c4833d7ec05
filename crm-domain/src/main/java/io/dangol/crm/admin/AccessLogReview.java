package io.dangol.crm.admin;

import java.time.Instant;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

/** The access log as admins read it: entries by filter, each user's use of personal data, the chain, the reviews. */
public interface AccessLogReview {

    /** Entries matching the filter, newest first. */
    List<AccessLogEntry> entries(AccessLogFilter filter, int offset, int limit);

    /**
     * Each user's entries in {@code [from, to)}; "at night" is from {@code nightStarts} to {@code nightEnds} (over
     * midnight) in {@code zone}.
     */
    List<UserAccess> usage(Instant from, Instant to, ZoneId zone, LocalTime nightStarts, LocalTime nightEnds);

    /** Recomputes every kept entry's hash and its link to the entry before it. */
    ChainCheck verifyChain();

    /** The reviews recorded, newest month first. */
    List<MonthlyReview> reviews(int limit);
}
