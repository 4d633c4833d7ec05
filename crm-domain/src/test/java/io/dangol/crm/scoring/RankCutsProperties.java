package io.dangol.crm.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.dangol.crm.ladder.LadderPolicy;
import io.dangol.crm.ladder.LadderRules;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/**
 * Places at the cuts against full ranks: every buyer ranked the plain way (sorted by key, then id), the cuts found as
 * PostgreSQL finds them (the key at each cut rank, the number of keys before it), and the buyers shown in id order.
 */
class RankCutsProperties {

    @Property(tries = 300)
    void theHighestStepReachedScoresAsTheRankItself(@ForAll @LongRange(min = 1, max = 3_000) long n) {
        long[] steps = QuintileScorer.steps(n);
        assertThat(steps).isSorted().doesNotHaveDuplicates();
        for (long rank = 1; rank <= n; rank++) {
            long reached = 1;
            for (long step : steps) {
                if (step <= rank) {
                    reached = step;
                }
            }
            assertThat(QuintileScorer.score(reached, n)).as("rank %d of %d", rank, n).isEqualTo(QuintileScorer.score(rank, n));
        }
    }

    @Property(tries = 100)
    void stepsAreFoundForLargeBases(@ForAll @LongRange(min = 5, max = 50_000_000) long n) {
        long[] steps = QuintileScorer.steps(n);
        assertThat(steps).hasSize(4);
        for (int i = 0; i < steps.length; i++) {
            assertThat(QuintileScorer.score(steps[i], n)).isEqualTo(i + 2);
            assertThat(QuintileScorer.score(steps[i] - 1, n)).isEqualTo(i + 1);
        }
    }

    @Property(tries = 500)
    void buyersPlacedAtTheCutsScoreAsTheirFullRanks(
            @ForAll @Size(min = 1, max = 400) List<@IntRange(min = -5, max = 12) Integer> keys,
            @ForAll @IntRange(min = 1, max = 60) int corePercent, @ForAll boolean descending) {
        int n = keys.size();
        long[] ids = new long[n];
        for (int i = 0; i < n; i++) {
            ids[i] = 3L * i + 7; // ascending ids, as the job reads the buyers
        }
        Comparator<Integer> order = descending ? Comparator.<Integer>reverseOrder() : Comparator.<Integer>naturalOrder();
        Integer[] byRank = new Integer[n];
        for (int i = 0; i < n; i++) {
            byRank[i] = i;
        }
        Arrays.sort(byRank, Comparator.<Integer, Integer>comparing(keys::get, order).thenComparingLong(i -> ids[i]));
        Map<Integer, Long> rankOf = new HashMap<>();
        for (int r = 0; r < n; r++) {
            rankOf.put(byRank[r], r + 1L);
        }
        LadderPolicy ladder = new LadderPolicy(new LadderRules(BigDecimal.valueOf(corePercent, 2), 0, BigDecimal.ONE, 30,
                true, true, false));
        RankCuts cuts = RankCuts.of(n, ladder);
        long corePlaces = ladder.corePlaces(n);

        CutPlaces<Integer> quintiles = new CutPlaces<>(order, cutsAt(cuts.quintiles(), byRank, keys, order));
        CutPlaces<Integer> profit = new CutPlaces<>(order, cutsAt(cuts.profit(), byRank, keys, order));
        for (int i = 0; i < n; i++) {
            long rank = rankOf.get(i);
            long place = quintiles.place(keys.get(i));
            long profitPlace = profit.place(keys.get(i));
            assertThat(place).isLessThanOrEqualTo(rank);
            assertThat(QuintileScorer.score(place, n)).as("buyer %d of rank %d", i, rank).isEqualTo(QuintileScorer.score(rank, n));
            assertThat(profitPlace <= corePlaces).as("buyer %d of rank %d among %d core places", i, rank, corePlaces)
                    .isEqualTo(rank <= corePlaces);
        }
    }

    /** What the job asks PostgreSQL: the key at each cut rank (percentile_disc) and how many keys come before it. */
    private static List<CutPlaces.Cut<Integer>> cutsAt(long[] ranks, Integer[] byRank, List<Integer> keys,
                                                       Comparator<Integer> order) {
        List<CutPlaces.Cut<Integer>> cuts = new ArrayList<>();
        for (long rank : ranks) {
            Integer key = keys.get(byRank[(int) rank - 1]);
            long before = keys.stream().filter(k -> order.compare(k, key) < 0).count();
            cuts.add(new CutPlaces.Cut<>(rank, key, before));
        }
        return cuts;
    }
}
