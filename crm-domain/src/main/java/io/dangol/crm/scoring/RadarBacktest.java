package io.dangol.crm.scoring;

import io.dangol.crm.ladder.LadderStage;
import io.dangol.crm.scoring.clv.PurchaseModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The churn radar tested against what happened: scored as of a past date, whom it watched and flagged, and who then
 * lapsed — bought nothing in the holdout weeks that followed. Precision is the share of the flagged who lapsed,
 * recall the share of the lapsed who were flagged; lift is the radar's precision over that of a naive rule (no
 * purchase for twice the median gap between purchases). The same per ladder stage and per reason, and for other
 * overdue floors and P(alive) thresholds, so the thresholds in force are chosen on evidence.
 *
 * <p>Whom the radar watches is what it watches in a run — core customers, and identified ones in the top decile of
 * predicted CLV — unless the data holds neither (a plain transactions file such as CDNOW): then it watches the
 * buyers in the top CLV decile, and says so ({@link Watch#TOP_CLV_BUYERS}).
 */
public record RadarBacktest(Instant asOf, int holdoutWeeks, Watch watch, long buyers, long watched, Verdict radar,
                            Verdict naive, double naiveSilenceDays, List<Breakdown> byStage, List<Breakdown> byReason,
                            List<FloorTrial> floors, int floorInForce, PurchaseModel model, List<AliveTrial> aliveThresholds,
                            double aliveThresholdInForce) {

    /** Overdue floors (days) the backtest also tries. */
    public static final int[] FLOORS = {0, 7, 14, 30, 60, 90, 120, 180};
    /** P(alive) thresholds the backtest also tries (with the floor in force). */
    public static final double[] ALIVE_THRESHOLDS = {0.2, 0.3, 0.4, 0.5, 0.6, 0.7};

    public enum Watch { CORE_AND_TOP_IDENTIFIED, TOP_CLV_BUYERS }

    /** One buyer as of the date: what the radar saw (P(alive) NaN without a model), and whether they lapsed. */
    public record Customer(LadderStage stage, double predictedClv, double probabilityAlive, boolean repeatBuyer,
                           double cycleDays, double silentDays, List<RiskReason> reasons, boolean lapsed) { }

    /** How a rule did on the watched customers. */
    public record Verdict(long flagged, long flaggedLapsed, long lapsed) {

        public double precision() {
            return flagged == 0 ? 0 : (double) flaggedLapsed / flagged;
        }

        public double recall() {
            return lapsed == 0 ? 0 : (double) flaggedLapsed / lapsed;
        }
    }

    /** A ladder stage's or a reason's share: {@code key} is its message key. */
    public record Breakdown(String key, long watched, Verdict verdict) { }

    public record FloorTrial(int floorDays, Verdict verdict) { }

    public record AliveTrial(double threshold, Verdict verdict) { }

    /** Radar precision over the naive rule's (0 when the naive rule flagged nobody who lapsed). */
    public double lift() {
        return naive.precision() == 0 ? 0 : radar.precision() / naive.precision();
    }

    /** The share of watched customers who lapsed: what a random flag would achieve. */
    public double lapseRate() {
        return watched == 0 ? 0 : (double) radar.lapsed() / watched;
    }

    /**
     * @param activityFactor the ladder's factor (overdue when silent longer than this × their own gap)
     * @param floorInForce   the overdue floor of the settings
     */
    public static RadarBacktest of(Instant asOf, int holdoutWeeks, double activityFactor, int floorInForce,
                                   double aliveThreshold, List<Customer> buyers) {
        return of(asOf, holdoutWeeks, activityFactor, floorInForce, aliveThreshold, PurchaseModel.BG_NBD, buyers);
    }

    public static RadarBacktest of(Instant asOf, int holdoutWeeks, double activityFactor, int floorInForce,
                                   double aliveThreshold, PurchaseModel model, List<Customer> buyers) {
        boolean named = buyers.stream().anyMatch(c -> c.stage() == LadderStage.CORE || c.stage() == LadderStage.IDENTIFIED);
        double topDecile = percentile90(buyers);
        List<Customer> watched = buyers.stream().filter(c -> named
                ? c.stage() == LadderStage.CORE || c.stage() == LadderStage.IDENTIFIED && c.predictedClv() >= topDecile
                : c.predictedClv() >= topDecile).toList();
        double naiveSilence = 2 * median(buyers);
        Verdict radar = verdict(watched, c -> !c.reasons().isEmpty());
        Verdict naive = verdict(watched, c -> c.silentDays() > naiveSilence);
        Map<LadderStage, List<Customer>> perStage = new EnumMap<>(LadderStage.class);
        watched.forEach(c -> perStage.computeIfAbsent(c.stage(), s -> new ArrayList<>()).add(c));
        List<Breakdown> byStage = new ArrayList<>();
        for (LadderStage stage : new LadderStage[] {LadderStage.CORE, LadderStage.IDENTIFIED, LadderStage.BUYER}) {
            List<Customer> of = perStage.getOrDefault(stage, List.of());
            if (!of.isEmpty()) {
                byStage.add(new Breakdown("stage." + stage.name(), of.size(), verdict(of, c -> !c.reasons().isEmpty())));
            }
        }
        Map<RiskReason, Breakdown> perReason = new LinkedHashMap<>();
        for (RiskReason reason : RiskReason.values()) {
            Verdict v = verdict(watched, c -> c.reasons().contains(reason));
            if (v.flagged() > 0) {
                perReason.put(reason, new Breakdown("risk." + reason.name(), watched.size(), v));
            }
        }
        List<FloorTrial> floors = new ArrayList<>();
        for (int floor : FLOORS) {
            floors.add(new FloorTrial(floor, verdict(watched, c -> c.probabilityAlive() < aliveThreshold
                    || c.silentDays() > Math.max(activityFactor * c.cycleDays(), floor))));
        }
        List<AliveTrial> alive = new ArrayList<>();
        for (double threshold : ALIVE_THRESHOLDS) {
            alive.add(new AliveTrial(threshold, verdict(watched, c -> c.probabilityAlive() < threshold
                    || c.silentDays() > Math.max(activityFactor * c.cycleDays(), floorInForce))));
        }
        return new RadarBacktest(asOf, holdoutWeeks, named ? Watch.CORE_AND_TOP_IDENTIFIED : Watch.TOP_CLV_BUYERS,
                buyers.size(), watched.size(), radar, naive, naiveSilence, List.copyOf(byStage),
                List.copyOf(perReason.values()), List.copyOf(floors), floorInForce, model, List.copyOf(alive), aliveThreshold);
    }

    private static Verdict verdict(List<Customer> customers, java.util.function.Predicate<Customer> flags) {
        long flagged = 0;
        long flaggedLapsed = 0;
        long lapsed = 0;
        for (Customer c : customers) {
            boolean flag = flags.test(c);
            flagged += flag ? 1 : 0;
            flaggedLapsed += flag && c.lapsed() ? 1 : 0;
            lapsed += c.lapsed() ? 1 : 0;
        }
        return new Verdict(flagged, flaggedLapsed, lapsed);
    }

    /** The 90th percentile of predicted CLV as PostgreSQL's percentile_disc computes it (as the radar's run does). */
    private static double percentile90(List<Customer> buyers) {
        double[] clv = buyers.stream().mapToDouble(Customer::predictedClv).filter(v -> !Double.isNaN(v)).sorted().toArray();
        return clv.length == 0 ? Double.POSITIVE_INFINITY : clv[Math.max(0, (int) Math.ceil(0.9 * clv.length) - 1)];
    }

    /** The median gap between purchases of the buyers who bought more than once. */
    private static double median(List<Customer> buyers) {
        double[] gaps = buyers.stream().filter(Customer::repeatBuyer)
                .mapToDouble(Customer::cycleDays).sorted().toArray();
        return gaps.length == 0 ? Double.POSITIVE_INFINITY : gaps[gaps.length / 2];
    }
}
