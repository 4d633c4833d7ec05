package io.dangol.crm.scoring;

import io.dangol.crm.ladder.LadderStage;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a dashboard shows of a scoring run, tallied while the run's scores stream past instead of read back from the
 * fresh score table with five more scans and two sorts: customers and value per RFM segment and per stage, the R × F
 * grid, the Pareto curve of profit, the bands of predicted CLV, the concentration totals, and the predicted CLV at the
 * 90th percentile (the churn radar watches identified customers above it).
 * <p>Each amount is taken as the score table stores it (two decimals, rounded half away from zero, as PostgreSQL rounds
 * into {@code numeric(16, 2)}), so every figure equals the SQL aggregate over the stored table — which is how the tests
 * hold it. Memory: two arrays of 8 bytes per buyer (profits and CLVs, for the Pareto curve and the percentile).
 */
public final class RunTally {

    /** Lower bounds of the CLV bands, in won; documented in docs/scoring.md. */
    public static final List<BigDecimal> CLV_BANDS = List.of(0, 10_000, 30_000, 100_000, 300_000, 1_000_000, 3_000_000,
            10_000_000).stream().map(BigDecimal::valueOf).toList();

    private static final long[] CLV_BAND_CENTS = CLV_BANDS.stream().mapToLong(RunTally::cents).toArray();

    /** The share of the radar's percentile of predicted CLV. */
    static final double WATCH_PERCENTILE = 0.9;

    private static final int PARETO_STEPS = 20;

    /** Customers, predicted and historical CLV of one stage or segment. */
    public record Group(long customers, BigDecimal predictedClv, BigDecimal historicalClv) { }

    /** One cell of the R × F grid. */
    public record Cell(int r, int f, long customers, BigDecimal netRevenue) { }

    /** One twentieth of the buyers ranked by profit: the customers so far and the highest cumulative profit in it. */
    public record ParetoStep(int step, long customers, BigDecimal profit) { }

    /** A band of predicted CLV: its bounds (no upper bound for the last) and its customers. */
    public record Band(int band, BigDecimal lowerBound, Optional<BigDecimal> upperBound, long customers) { }

    /** Profit of all, of the core customers, and the customers who lose money and what they lose. */
    public record Totals(BigDecimal profit, BigDecimal coreProfit, long negativeCustomers, BigDecimal negativeProfit) { }

    private final Map<RfmSegment, Sums> segments = new EnumMap<>(RfmSegment.class);
    private final Map<LadderStage, Sums> stages = new EnumMap<>(LadderStage.class);
    private final long[][] cellCustomers = new long[6][6];
    private final Cents[][] cellRevenue = new Cents[6][6];
    private final long[] bandCustomers = new long[CLV_BANDS.size() + 1];
    private final Cents profit = new Cents();
    private final Cents coreProfit = new Cents();
    private final Cents negativeProfit = new Cents();
    private long negativeCustomers;
    private long[] buyerProfits = new long[1024];
    private int buyers;
    private long[] clvs = new long[1024];
    private int withClv;

    public void add(CustomerScore score) {
        long profitCents = cents(score.profitContribution());
        long historicalCents = cents(score.historicalValue());
        Optional<BigDecimal> clv = score.value().flatMap(v -> v.lifetimeValue());
        Long clvCents = clv.map(RunTally::cents).orElse(null);

        stages.computeIfAbsent(score.stage(), s -> new Sums()).add(clvCents, historicalCents);
        score.rfm().ifPresent(rfm -> {
            segments.computeIfAbsent(rfm.segment(), s -> new Sums()).add(clvCents, historicalCents);
            cellCustomers[rfm.r()][rfm.f()]++;
            if (cellRevenue[rfm.r()][rfm.f()] == null) {
                cellRevenue[rfm.r()][rfm.f()] = new Cents();
            }
            cellRevenue[rfm.r()][rfm.f()].add(cents(score.monetary()));
        });
        if (clvCents != null) {
            bandCustomers[band(clvCents)]++;
            if (withClv == clvs.length) {
                clvs = Arrays.copyOf(clvs, clvs.length * 2);
            }
            clvs[withClv++] = clvCents;
        }
        profit.add(profitCents);
        if (score.stage() == LadderStage.CORE) {
            coreProfit.add(profitCents);
        }
        if (profitCents < 0) {
            negativeCustomers++;
            negativeProfit.add(profitCents);
        }
        if (score.stage() != LadderStage.PROSPECT) {
            if (buyers == buyerProfits.length) {
                buyerProfits = Arrays.copyOf(buyerProfits, buyerProfits.length * 2);
            }
            buyerProfits[buyers++] = profitCents;
        }
    }

    public Map<RfmSegment, Group> segments() {
        return groups(segments, RfmSegment.class);
    }

    public Map<LadderStage, Group> stages() {
        return groups(stages, LadderStage.class);
    }

    /** The cells with customers in them, by R then F. */
    public List<Cell> grid() {
        List<Cell> cells = new ArrayList<>();
        for (int r = 1; r <= 5; r++) {
            for (int f = 1; f <= 5; f++) {
                if (cellCustomers[r][f] > 0) {
                    cells.add(new Cell(r, f, cellCustomers[r][f], cellRevenue[r][f].amount()));
                }
            }
        }
        return cells;
    }

    /**
     * The buyers (every stage but prospect) ranked by profit contribution, most first, cut into twenty steps as
     * PostgreSQL's {@code ntile(20)} cuts them (the first {@code n mod 20} steps one longer; fewer steps than twenty when
     * there are fewer buyers); per step the customers up to its end and the highest running total of profit in it.
     */
    public List<ParetoStep> pareto() {
        long[] sorted = Arrays.copyOf(buyerProfits, buyers);
        Arrays.sort(sorted);
        List<ParetoStep> steps = new ArrayList<>();
        int size = buyers / PARETO_STEPS;
        int longer = buyers % PARETO_STEPS;
        Cents running = new Cents();
        int at = 0;
        for (int step = 1; step <= PARETO_STEPS && at < buyers; step++) {
            int end = at + size + (step <= longer ? 1 : 0);
            BigDecimal highest = null;
            for (; at < end; at++) {
                running.add(sorted[buyers - 1 - at]);
                BigDecimal now = running.amount();
                if (highest == null || now.compareTo(highest) > 0) {
                    highest = now;
                }
            }
            steps.add(new ParetoStep(step, end, highest));
        }
        return steps;
    }

    /** The bands with customers in them; a CLV below the first bound counts in the first band. */
    public List<Band> bands() {
        List<Band> bands = new ArrayList<>();
        for (int band = 1; band <= CLV_BANDS.size(); band++) {
            if (bandCustomers[band] > 0) {
                Optional<BigDecimal> upper = band < CLV_BANDS.size() ? Optional.of(CLV_BANDS.get(band)) : Optional.empty();
                bands.add(new Band(band, CLV_BANDS.get(band - 1), upper, bandCustomers[band]));
            }
        }
        return bands;
    }

    public Totals totals() {
        return new Totals(profit.amount(), coreProfit.amount(), negativeCustomers, negativeProfit.amount());
    }

    /**
     * The predicted CLV at the 90th percentile as PostgreSQL's {@code percentile_disc(0.9)} gives it: the first value,
     * in ascending order, at or past 90 % of them. Empty when no customer has a predicted CLV.
     */
    public Optional<BigDecimal> watchedClv() {
        if (withClv == 0) {
            return Optional.empty();
        }
        long[] sorted = Arrays.copyOf(clvs, withClv);
        Arrays.sort(sorted);
        long place = (long) Math.ceil(WATCH_PERCENTILE * withClv);
        return Optional.of(BigDecimal.valueOf(sorted[(int) Math.max(place, 1) - 1], 2));
    }

    private static <K extends Enum<K>> Map<K, Group> groups(Map<K, Sums> sums, Class<K> type) {
        Map<K, Group> groups = new EnumMap<>(type);
        sums.forEach((key, s) -> groups.put(key, new Group(s.customers, s.predicted.amount(), s.historical.amount())));
        return groups;
    }

    /** The band of a CLV in cents: how many lower bounds are at or below it, at least 1. */
    private static int band(long clvCents) {
        int band = 0;
        for (long bound : CLV_BAND_CENTS) {
            if (bound <= clvCents) {
                band++;
            }
        }
        return Math.max(band, 1);
    }

    /** An amount as the score table stores it, in hundredths. */
    static long cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).unscaledValue().longValueExact();
    }

    private static final class Sums {
        long customers;
        final Cents predicted = new Cents();
        final Cents historical = new Cents();

        void add(Long predictedCents, long historicalCents) {
            customers++;
            if (predictedCents != null) {
                predicted.add(predictedCents);
            }
            historical.add(historicalCents);
        }
    }

    /** A sum of hundredths that cannot overflow: a long while it fits, spilling into a BigInteger beyond. */
    private static final class Cents {
        private long small;
        private BigInteger spilled = BigInteger.ZERO;

        void add(long cents) {
            long sum = small + cents;
            if (((small ^ sum) & (cents ^ sum)) < 0) {
                spilled = spilled.add(BigInteger.valueOf(small));
                small = cents;
            } else {
                small = sum;
            }
        }

        BigDecimal amount() {
            return new BigDecimal(spilled.add(BigInteger.valueOf(small)), 2);
        }
    }
}
