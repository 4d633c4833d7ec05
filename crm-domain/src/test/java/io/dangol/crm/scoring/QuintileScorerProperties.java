package io.dangol.crm.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class QuintileScorerProperties {

    @Property
    void quintilesDifferInSizeByAtMostOne(@ForAll @IntRange(min = 5, max = 5_000) int n) {
        int[] sizes = new int[6];
        for (int rank = 1; rank <= n; rank++) {
            sizes[QuintileScorer.score(rank, n)]++;
        }
        int[] used = Arrays.copyOfRange(sizes, 1, 6);
        assertThat(Arrays.stream(used).max().getAsInt() - Arrays.stream(used).min().getAsInt()).isLessThanOrEqualTo(1);
    }

    @Property
    void aBetterRankNeverScoresLower(@ForAll @IntRange(min = 1, max = 2_000) int n, @ForAll @IntRange(min = 1, max = 2_000) int rank) {
        if (rank < n) {
            assertThat(QuintileScorer.score(rank + 1, n)).isGreaterThanOrEqualTo(QuintileScorer.score(rank, n));
        }
    }

    @Property
    void moreNetSpendNeverLowersM(@ForAll @Size(min = 1, max = 200) List<@IntRange(min = 0, max = 1_000_000) Integer> spend,
                                  @ForAll @IntRange(min = 0, max = 199) int who, @ForAll @IntRange(min = 1, max = 500_000) int more) {
        int i = who % spend.size();
        long[] ids = LongStream.rangeClosed(1, spend.size()).toArray();
        BigDecimal[] before = spend.stream().map(BigDecimal::valueOf).toArray(BigDecimal[]::new);
        BigDecimal[] after = before.clone();
        after[i] = after[i].add(BigDecimal.valueOf(more));

        assertThat(QuintileScorer.scoreAll(after, ids)[i]).isGreaterThanOrEqualTo(QuintileScorer.scoreAll(before, ids)[i]);
    }

    @Example
    void smallBasesScoreSensibly() {
        assertThat(QuintileScorer.score(1, 1)).isEqualTo(3);
        assertThat(IntStream.rangeClosed(1, 2).map(r -> QuintileScorer.score(r, 2)).toArray()).containsExactly(2, 4);
        assertThat(IntStream.rangeClosed(1, 5).map(r -> QuintileScorer.score(r, 5)).toArray()).containsExactly(1, 2, 3, 4, 5);
    }

    @Example
    void tiesAreBrokenByCustomerId() {
        BigDecimal same = BigDecimal.TEN;
        int[] scores = QuintileScorer.scoreAll(new BigDecimal[] {same, same, same, same, same}, new long[] {50, 40, 30, 20, 10});
        assertThat(scores).containsExactly(5, 4, 3, 2, 1);
    }

    @Example
    void everyScoreCellHasASegment() {
        for (int r = 1; r <= 5; r++) {
            for (int f = 1; f <= 5; f++) {
                for (int m = 1; m <= 5; m++) {
                    assertThat(RfmSegment.of(r, f, m)).isNotNull();
                }
            }
        }
        assertThat(RfmSegment.of(5, 5, 5)).isEqualTo(RfmSegment.CHAMPIONS);
        assertThat(RfmSegment.of(1, 1, 1)).isEqualTo(RfmSegment.LOST);
        assertThat(RfmSegment.of(1, 5, 5)).isEqualTo(RfmSegment.CANT_LOSE_THEM);
        assertThat(RfmSegment.of(5, 1, 1)).isEqualTo(RfmSegment.NEW);
    }
}
