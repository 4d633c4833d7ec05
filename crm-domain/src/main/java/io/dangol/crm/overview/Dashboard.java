package io.dangol.crm.overview;

import io.dangol.crm.ladder.LadderStage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the marketing dashboard shows, as the latest successful scoring run stored it: the ladder as a funnel, the
 * R x F grid, the concentration of profit, the spread of predicted CLV, and the churn radar over the last runs.
 */
public record Dashboard(long runId, Instant finishedAt, Optional<Instant> asOf, List<StageFigure> funnel, long climbed,
                        long fell, List<RfmCell> grid, List<ParetoPoint> pareto, Concentration concentration,
                        List<ClvBand> clvBands, List<RadarPoint> radarTrend) {

    /** Customers on one rung of the ladder, and what they are worth. */
    public record StageFigure(LadderStage stage, long customers, BigDecimal predictedClv, BigDecimal historicalClv) { }

    /** One cell of the R x F grid. */
    public record RfmCell(int r, int f, long customers, BigDecimal netRevenue) { }

    /** After the best-paying {@code customers} of {@code ofCustomers}, {@code profit} of the profit is made. */
    public record ParetoPoint(int step, long customers, long ofCustomers, BigDecimal profit, BigDecimal totalProfit) {

        public double customerShare() {
            return ofCustomers == 0 ? 0 : (double) customers / ofCustomers;
        }

        /** Share of all profit (can exceed 1 before loss-making customers bring the total down). */
        public double profitShare() {
            return totalProfit.signum() == 0 ? 0 : profit.divide(totalProfit, 6, RoundingMode.HALF_EVEN).doubleValue();
        }
    }

    /** Profit in total, the core customers' part of it, and the customers who lose money. */
    public record Concentration(BigDecimal totalProfit, BigDecimal coreProfit, long negativeCustomers,
                                BigDecimal negativeProfit) {

        public Optional<Double> coreShare() {
            return totalProfit.signum() <= 0 ? Optional.empty()
                    : Optional.of(coreProfit.divide(totalProfit, 6, RoundingMode.HALF_EVEN).doubleValue());
        }
    }

    /** Customers whose predicted CLV is at least {@code lowerBound} (and below the next band's). */
    public record ClvBand(BigDecimal lowerBound, Optional<BigDecimal> upperBound, long customers) { }

    /** The churn radar of one run. */
    public record RadarPoint(long runId, Instant startedAt, long atRisk, long atRiskCore, long newlyAtRisk, long coreLost) { }

    public Dashboard {
        Objects.requireNonNull(finishedAt, "finishedAt");
        funnel = List.copyOf(funnel);
        grid = List.copyOf(grid);
        pareto = List.copyOf(pareto);
        clvBands = List.copyOf(clvBands);
        radarTrend = List.copyOf(radarTrend);
    }

    /** Customers who reached at least this stage. */
    public long reached(LadderStage stage) {
        return funnel.stream().filter(figure -> !stage.isAbove(figure.stage())).mapToLong(StageFigure::customers).sum();
    }

    /**
     * Of the customers who reached {@code stage}, the share who went on to the next one; empty at the top or when
     * nobody reached the stage.
     */
    public Optional<Double> conversionFrom(LadderStage stage) {
        if (stage.ordinal() == LadderStage.values().length - 1) {
            return Optional.empty();
        }
        long from = reached(stage);
        long to = reached(LadderStage.values()[stage.ordinal() + 1]);
        return from == 0 ? Optional.empty() : Optional.of((double) to / from);
    }

    public long customers() {
        return funnel.stream().mapToLong(StageFigure::customers).sum();
    }

    /** The cell at recency {@code r} and frequency {@code f}; an empty cell when no customer falls in it. */
    public RfmCell cell(int r, int f) {
        return grid.stream().filter(cell -> cell.r() == r && cell.f() == f).findFirst()
                .orElse(new RfmCell(r, f, 0, BigDecimal.ZERO));
    }

    /** The largest cell's count, to shade the heat map relative to it. */
    public long largestCell() {
        return grid.stream().mapToLong(RfmCell::customers).max().orElse(0);
    }

    /** Heat of a cell between 0 and 1, relative to the largest cell. */
    public double heat(int r, int f) {
        long largest = largestCell();
        return largest == 0 ? 0 : (double) cell(r, f).customers() / largest;
    }

    /** The heat as one of six steps, 0 (empty) to 5 (the largest cell), for shading. */
    public int heatStep(int r, int f) {
        return (int) Math.round(heat(r, f) * 5);
    }

    /** Core customers at risk in this run (the first point of the trend is this run). */
    public long coreAtRisk() {
        return radarTrend.isEmpty() ? 0 : radarTrend.get(0).atRiskCore();
    }
}
