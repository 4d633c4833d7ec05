package io.dangol.crm.scoring;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;

/**
 * Scores 1–5 by quintile of rank. Rank 1 is the worst value, rank n the best; ties are broken by customer
 * id (the job ranks in PostgreSQL with {@code row_number() over (order by value, customer_id)}), so quintile
 * sizes differ by at most one. The midpoint rule {@code 1 + floor(5 (rank − ½) / n)} keeps small bases
 * sensible: a single customer scores 3, two score 2 and 4.
 */
public final class QuintileScorer {

    private QuintileScorer() {
    }

    /** The score of the {@code rank}-th worst of {@code n} (rank 1-based). */
    public static int score(long rank, long n) {
        if (n < 1 || rank < 1 || rank > n) {
            throw new IllegalArgumentException("rank " + rank + " of " + n);
        }
        return (int) (1 + (10 * rank - 5) / (2 * n));
    }

    /**
     * The ranks at which the score steps up among {@code n}: the first rank that scores 2, 3, 4 and 5 (those above rank 1
     * that exist, each once). A rank scores as the highest of these it reaches, or as rank 1 below them all — all a job needs to
     * know of a buyer's rank ({@link RankCuts}).
     */
    public static long[] steps(long n) {
        return java.util.stream.LongStream.rangeClosed(2, 5)
                .map(score -> ceilDiv(2 * n * (score - 1) + 5, 10)) // score(r, n) >= score from this r on
                .filter(rank -> rank >= 2 && rank <= n)
                .distinct().toArray();
    }

    private static long ceilDiv(long x, long y) {
        return -Math.floorDiv(-x, y);
    }

    /** Scores every value in memory, the same rule as the job's SQL: for tests and small bases. */
    public static int[] scoreAll(BigDecimal[] values, long[] ids) {
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer, BigDecimal>comparing(i -> values[i]).thenComparingLong(i -> ids[i]));
        int[] scores = new int[values.length];
        for (int rank = 1; rank <= order.length; rank++) {
            scores[order[rank - 1]] = score(rank, order.length);
        }
        return scores;
    }
}
