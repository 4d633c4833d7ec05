package io.dangol.crm.scoring;

/**
 * A buyer's places among all buyers: for R, F and M rank 1 is the worst (longest ago, fewest orders, least spend); for
 * profit rank 1 is the best. Ties are broken by customer id. The scoring job gives each place exact at the cuts that
 * decide a score ({@link RankCuts}, {@link CutPlaces}): the highest cut rank the buyer reaches, which scores the same as
 * the buyer's full rank.
 */
public record Ranks(long recency, long frequency, long monetary, long profit, long buyers) {
}
