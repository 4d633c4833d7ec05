package io.dangol.crm.app.cli;

import java.util.Optional;
import java.util.Locale;
import io.dangol.crm.scoring.clv.PurchaseModel;
import io.dangol.crm.app.config.CrmProperties;
import io.dangol.crm.scoring.Backtests;
import io.dangol.crm.scoring.RadarBacktest;
import io.dangol.crm.scoring.RadarBacktests;
import io.dangol.crm.scoring.ScoringAlreadyRunning;
import io.dangol.crm.scoring.RunScoring;
import io.dangol.crm.scoring.ScoringListener;
import io.dangol.crm.scoring.ScoringPhase;
import io.dangol.crm.scoring.ScoringRequest;
import io.dangol.crm.scoring.ScoringRun;
import io.dangol.crm.scoring.ScoringStatus;
import io.dangol.crm.scoring.ScoringTrigger;
import io.dangol.crm.scoring.clv.Backtest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** {@code score [--as-of=YYYY-MM-DD]}: runs the scoring job headless, prints each phase's time, exits 1 when it fails. */
@Component
@ConditionalOnProperty(name = "crm.command", havingValue = "score")
class ScoreCommand implements ApplicationRunner, ExitCodeGenerator {

    private final RunScoring job;
    private final Backtests backtests;
    private final RadarBacktests radarBacktests;
    private final CrmProperties properties;
    private int exitCode;

    ScoreCommand(RunScoring job, Backtests backtests, RadarBacktests radarBacktests, CrmProperties properties) {
        this.radarBacktests = radarBacktests;
        this.job = job;
        this.backtests = backtests;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        Instant started = Instant.now();
        if (args.containsOption("radar-backtest-from")) {
            radarBacktest(args);
            return;
        }
        if (args.containsOption("backtest-from")) {
            backtest(args);
            return;
        }
        ScoringRequest request;
        try {
            request = args.containsOption("as-of")
                    ? ScoringRequest.asOfEndOf(ScoringTrigger.CLI, "cli", LocalDate.parse(args.getOptionValues("as-of").get(0)),
                            properties.timeZone(), started)
                    : ScoringRequest.now(ScoringTrigger.CLI, "cli");
        } catch (DateTimeParseException | IllegalArgumentException e) {
            System.err.println("score: --as-of takes a date in the past, YYYY-MM-DD: " + e.getMessage());
            exitCode = 2;
            return;
        }
        try {
            ScoringRun run = job.run(request, new ScoringListener() {
                @Override
                public void phaseFinished(long runId, ScoringPhase phase, Duration took) {
                    System.out.printf("score: %-9s %8.1f s%n", phase.name().toLowerCase(), took.toMillis() / 1000.0);
                }
            });
            if (run.status() == ScoringStatus.SUCCEEDED) {
                System.out.printf("score: run %d succeeded: %,d customers in %.1f s; %,d climbed, %,d fell%n", run.id(),
                        run.customers(), Duration.between(started, Instant.now()).toMillis() / 1000.0, run.climbed(), run.fell());
                run.models().ifPresent(models -> {
                    if (!models.note().isBlank()) {
                        System.out.println("score: models: " + models.note());
                    }
                    System.out.println(models.toJson());
                });
            } else {
                System.err.printf("score: run %d failed: %s%n", run.id(), run.error().orElse("unknown error"));
                exitCode = 1;
            }
        } catch (ScoringAlreadyRunning running) {
            System.err.println("score: " + running.getMessage());
            exitCode = 1;
        }
    }

    /** {@code --backtest-from=YYYY-MM-DD [--holdout-weeks=N]}: prints the calibration/holdout comparison; scores nothing. */
    private void backtest(ApplicationArguments args) {
        LocalDate from;
        int weeks;
        try {
            from = LocalDate.parse(args.getOptionValues("backtest-from").get(0));
            weeks = args.containsOption("holdout-weeks") ? Integer.parseInt(args.getOptionValues("holdout-weeks").get(0)) : 26;
        } catch (DateTimeParseException | NumberFormatException e) {
            System.err.println("score: --backtest-from takes YYYY-MM-DD and --holdout-weeks a whole number: " + e.getMessage());
            exitCode = 2;
            return;
        }
        Backtest result = backtests.run(from.atStartOfDay(properties.timeZone()).toInstant(), weeks);
        System.out.printf("backtest: calibration to %s, holdout %d weeks, %,d customers%n", from, weeks, result.customers());
        System.out.println("backtest: repeats  customers  predicted  actual   (mean purchases in the holdout)");
        for (Backtest.Group group : result.groups()) {
            System.out.printf(Locale.ROOT, "backtest: %7s  %9d  %9.3f  %6.3f%n",
                    group.repeats() + (group.isOpenEnded() ? "+" : ""), group.customers(), group.meanPredicted(), group.meanActual());
        }
        System.out.printf(Locale.ROOT, "backtest: total predicted %.1f, actual %d; mean absolute error %.3f%n",
                result.totalPredicted(), result.totalActual(), result.meanAbsoluteError());
        System.out.printf(Locale.ROOT, "backtest: MBG/NBD predicted %.1f; mean absolute error %.3f; log-likelihood %.2f "
                + "(BG/NBD %.2f)%n", result.modifiedTotalPredicted(), result.modifiedMeanAbsoluteError(),
                result.modifiedFit().logLikelihood(), result.fit().logLikelihood());
        if (result.fit().parameters().isEmpty()) {
            System.out.println("backtest: " + result.fit().note());
        }
    }

    /**
     * {@code --radar-backtest-from=YYYY-MM-DD [--holdout-weeks=N]}: the churn radar as of the date against who bought in
     * the weeks after; scores nothing. Last line: {@code radar backtest: <watched> watched; <flagged> flagged;
     * precision <p>; recall <r>; lift <l>}.
     */
    private void radarBacktest(ApplicationArguments args) {
        LocalDate from;
        int weeks;
        Optional<PurchaseModel> model;
        try {
            from = LocalDate.parse(args.getOptionValues("radar-backtest-from").get(0));
            weeks = args.containsOption("holdout-weeks") ? Integer.parseInt(args.getOptionValues("holdout-weeks").get(0)) : 26;
            model = args.containsOption("model") ? Optional.of(PurchaseModel.valueOf(
                    args.getOptionValues("model").get(0).strip().toUpperCase(Locale.ROOT).replace('/', '_')))
                    : Optional.empty();
        } catch (DateTimeParseException | IllegalArgumentException e) {
            System.err.println("score: --radar-backtest-from takes YYYY-MM-DD, --holdout-weeks a whole number and --model "
                    + "BG_NBD or MBG_NBD: " + e.getMessage());
            exitCode = 2;
            return;
        }
        Instant asOf = from.atStartOfDay(properties.timeZone()).toInstant();
        RadarBacktest r = model.isPresent() ? radarBacktests.run(asOf, weeks, model.get()) : radarBacktests.run(asOf, weeks);
        Locale root = Locale.ROOT;
        System.out.printf(root, "radar backtest: as of %s, holdout %d weeks, %s; %,d buyers, %,d watched (%s), %.1f%% of them lapsed%n",
                from, weeks, r.model(), r.buyers(), r.watched(), r.watch() == RadarBacktest.Watch.TOP_CLV_BUYERS
                        ? "no identified or core customers in the data: the buyers in the top CLV decile"
                        : "core, and identified in the top CLV decile", 100 * r.lapseRate());
        System.out.printf(root, "radar backtest: naive rule (no purchase for 2 x the median gap, %.0f days): %d flagged, "
                + "precision %.3f, recall %.3f%n", r.naiveSilenceDays(), r.naive().flagged(), r.naive().precision(), r.naive().recall());
        for (RadarBacktest.Breakdown b : r.byStage()) {
            System.out.printf(root, "radar backtest: %-24s %7d watched, %7d flagged, precision %.3f, recall %.3f%n", b.key(),
                    b.watched(), b.verdict().flagged(), b.verdict().precision(), b.verdict().recall());
        }
        for (RadarBacktest.Breakdown b : r.byReason()) {
            System.out.printf(root, "radar backtest: %-32s %7d flagged, precision %.3f%n", b.key(), b.verdict().flagged(),
                    b.verdict().precision());
        }
        for (RadarBacktest.FloorTrial t : r.floors()) {
            System.out.printf(root, "radar backtest: overdue floor %3d days%s: %7d flagged, precision %.3f, recall %.3f%n",
                    t.floorDays(), t.floorDays() == r.floorInForce() ? " (in force)" : "", t.verdict().flagged(),
                    t.verdict().precision(), t.verdict().recall());
        }
        for (RadarBacktest.AliveTrial t : r.aliveThresholds()) {
            System.out.printf(root, "radar backtest: P(alive) below %.2f%s: %7d flagged, precision %.3f, recall %.3f%n",
                    t.threshold(), t.threshold() == r.aliveThresholdInForce() ? " (in force)" : "", t.verdict().flagged(),
                    t.verdict().precision(), t.verdict().recall());
        }
        System.out.printf(root, "radar backtest: %d watched; %d flagged; precision %.3f; recall %.3f; lift %.2f%n", r.watched(),
                r.radar().flagged(), r.radar().precision(), r.radar().recall(), r.lift());
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
