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
