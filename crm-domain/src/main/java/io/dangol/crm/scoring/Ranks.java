package io.dangol.crm.scoring;

/**
 * A buyer's places among all buyers, as PostgreSQL's window functions give them: for R, F and M rank 1 is
 * the worst (longest ago, fewest orders, least spend); for profit rank 1 is the best.
 */
public record Ranks(long recency, long frequency, long monetary, long profit, long buyers) {
}
