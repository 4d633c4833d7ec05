package io.dangol.crm.admin;

import java.time.Instant;
import java.time.YearMonth;

/**
 * An admin's review of one month of the access log (PIPA safety standard art. 8: at least monthly): who and when, how
 * many entries and alerts they saw, the chain's head then — so a later removal of the tail shows — whether the chain
 * was intact, and their note.
 */
public record MonthlyReview(YearMonth month, String reviewedBy, Instant reviewedAt, long entries, int alerts,
                            long headSeq, String headHash, boolean chainIntact, String note) {
}
