package io.dangol.crm.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.dangol.crm.ladder.LadderRule;
import io.dangol.crm.ladder.LadderStage;
import io.dangol.crm.scoring.clv.ValueModels;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The run's tally against the plain definitions of the figures it replaces (each computed the slow, obvious way). */
class RunTallyProperties {

    record Row(LadderStage stage, BigDecimal profit, Optional<BigDecimal> clv) { }

    @Property(tries = 200)
    void theParetoCurveIsNtileTwentyOfTheBuyersByProfit(@ForAll("rows") @Size(max = 300) List<Row> rows) {
        RunTally tally = tally(rows);
        List<BigDecimal> profits = rows.stream().filter(r -> r.stage() != LadderStage.PROSPECT)
                .map(r -> r.profit().setScale(2, RoundingMode.HALF_UP)).sorted(Comparator.reverseOrder()).toList();
        int n = profits.size();
        List<RunTally.ParetoStep> expected = new ArrayList<>();
        BigDecimal running = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            running = running.add(profits.get(i));
            int step = ntile20(i, n);
            int last = expected.size() - 1;
            if (last >= 0 && expected.get(last).step() == step) {
                RunTally.ParetoStep before = expected.get(last);
                expected.set(last, new RunTally.ParetoStep(step, i + 1L, before.profit().max(running)));
            } else {
                expected.add(new RunTally.ParetoStep(step, i + 1L, running));
            }
        }
        assertThat(tally.pareto()).isEqualTo(expected); // both in hundredths (scale 2), so equals compares amounts
    }

    @Property(tries = 200)
    void theWatchLineIsPercentileDiscNinety(@ForAll("rows") @Size(max = 300) List<Row> rows) {
        List<BigDecimal> clvs = rows.stream().flatMap(r -> r.clv().stream())
                .map(c -> c.setScale(2, RoundingMode.HALF_UP)).sorted().toList();
        Optional<BigDecimal> expected = clvs.isEmpty() ? Optional.empty()
                : Optional.of(clvs.get((int) Math.max(1, Math.ceil(0.9 * clvs.size())) - 1));
        assertThat(tally(rows).watchedClv()).isEqualTo(expected);
    }

    @Property(tries = 200)
    void totalsAndBandsCountEveryone(@ForAll("rows") @Size(max = 300) List<Row> rows) {
        RunTally tally = tally(rows);
        BigDecimal profit = rows.stream().map(r -> r.profit().setScale(2, RoundingMode.HALF_UP)).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(tally.totals().profit()).isEqualByComparingTo(profit);
        assertThat(tally.totals().negativeCustomers()).isEqualTo(rows.stream().filter(r -> r.profit().setScale(2, RoundingMode.HALF_UP).signum() < 0).count());
        assertThat(tally.bands().stream().mapToLong(RunTally.Band::customers).sum()).isEqualTo(rows.stream().filter(r -> r.clv().isPresent()).count());
        assertThat(tally.stages().values().stream().mapToLong(RunTally.Group::customers).sum()).isEqualTo(rows.size());
    }

    @Test
    void aBandHoldsItsLowerBoundAndANegativeValueFallsInTheFirst() {
        RunTally tally = tally(List.of(new Row(LadderStage.BUYER, BigDecimal.ONE, Optional.of(new BigDecimal("10000.00"))),
                new Row(LadderStage.BUYER, BigDecimal.ONE, Optional.of(new BigDecimal("9999.995"))),
                new Row(LadderStage.BUYER, BigDecimal.ONE, Optional.of(new BigDecimal("-5"))),
                new Row(LadderStage.BUYER, BigDecimal.ONE, Optional.of(new BigDecimal("25000000")))));
        assertThat(tally.bands()).extracting(RunTally.Band::band, RunTally.Band::customers)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 1L), org.assertj.core.groups.Tuple.tuple(2, 2L),
                        org.assertj.core.groups.Tuple.tuple(8, 1L));
        assertThat(tally.bands().get(2).upperBound()).isEmpty();
    }

    @Test
    void sumsBeyondALongStayExact() {
        BigDecimal huge = new BigDecimal("99999999999999.99"); // numeric(16, 2)'s largest
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            rows.add(new Row(LadderStage.CORE, huge, Optional.empty()));
        }
        RunTally tally = tally(rows);
        assertThat(tally.totals().profit()).isEqualByComparingTo(huge.multiply(BigDecimal.valueOf(2_000)));
        assertThat(tally.pareto().get(19).profit()).isEqualByComparingTo(huge.multiply(BigDecimal.valueOf(2_000)));
    }

    /** PostgreSQL's ntile(20) over n rows: the first n mod 20 buckets one row longer. */
    private static int ntile20(int index, int n) {
        int size = n / 20;
        int longer = n % 20;
        int boundary = longer * (size + 1);
        return index < boundary ? index / (size + 1) + 1 : longer + (index - boundary) / size + 1;
    }

    private static RunTally tally(List<Row> rows) {
        RunTally tally = new RunTally();
        long id = 1;
        for (Row row : rows) {
            boolean bought = row.stage() != LadderStage.PROSPECT;
            Optional<CustomerScore.Rfm> rfm = bought ? Optional.of(new CustomerScore.Rfm(3, 2, 4, RfmSegment.of(3, 2, 4))) : Optional.empty();
            Optional<ValueModels.Prediction> value = row.clv().map(c -> new ValueModels.Prediction(1.0, 0.5, Optional.of(c)));
            tally.add(new CustomerScore(id++, Optional.of(10L), 1, BigDecimal.TEN, rfm, row.profit(), row.stage(),
                    LadderRule.NO_PURCHASE, value, BigDecimal.ONE, List.of()));
        }
        return tally;
    }

    @Provide
    Arbitrary<List<Row>> rows() {
        Arbitrary<BigDecimal> amounts = Arbitraries.bigDecimals().between(new BigDecimal("-500000"), new BigDecimal("50000000")).ofScale(3);
        Arbitrary<Row> row = Combinators.combine(Arbitraries.of(LadderStage.class), amounts.edgeCases(e -> e.add(BigDecimal.ZERO)),
                amounts.optional(0.7)).as(Row::new);
        return row.list();
    }
}
