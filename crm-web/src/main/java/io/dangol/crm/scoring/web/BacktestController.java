package io.dangol.crm.scoring.web;

import io.dangol.crm.scoring.Backtests;
import io.dangol.crm.scoring.RadarBacktests;
import io.dangol.crm.scoring.clv.Backtest;
import io.dangol.crm.web.WebSettings;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Admin page "Backtest": fit on the orders up to a date, predict the weeks after it, and compare with what
 * customers actually bought — per number of repeat purchases (chart and table) and overall; and the same for the
 * churn radar (whom it flagged against who lapsed).
 */
@Controller
class BacktestController {

    static final String VIEW = "scoring/backtest";

    static final String RADAR_VIEW = "scoring/radarBacktest";

    private final Backtests backtests;
    private final RadarBacktests radarBacktests;
    private final WebSettings settings;
    private final Clock clock;

    BacktestController(Backtests backtests, RadarBacktests radarBacktests, WebSettings settings, Clock clock) {
        this.backtests = backtests;
        this.radarBacktests = radarBacktests;
        this.settings = settings;
        this.clock = clock;
    }

    @GetMapping("/admin/scoring/backtest")
    String showBacktest(@RequestParam(required = false) String from, @RequestParam(defaultValue = "26") String weeks, Model model) {
        Optional<Holdout> holdout = holdout(from, weeks, model);
        holdout.ifPresent(h -> {
            Backtest result = backtests.run(h.start(), h.weeks());
            model.addAttribute("result", result);
        });
        return VIEW;
    }

    /**
     * The churn radar as of a past date against who then bought: precision, recall and lift over the naive rule, per
     * stage, per reason and per overdue floor.
     */
    @GetMapping("/admin/scoring/backtest/radar")
    String showRadarBacktest(@RequestParam(required = false) String from, @RequestParam(defaultValue = "26") String weeks,
                             Model model) {
        holdout(from, weeks, model).ifPresent(h -> model.addAttribute("result", radarBacktests.run(h.start(), h.weeks())));
        return RADAR_VIEW;
    }

    /** A past date and a holdout of 1 to 520 weeks, read from the form: both pages take the same two fields. */
    private record Holdout(Instant start, int weeks) { }

    /** Puts the form's values on the model; empty (with a problem when the fields were given but wrong) until valid. */
    private Optional<Holdout> holdout(String from, String weeks, Model model) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), settings.zone());
        model.addAttribute("today", today);
        model.addAttribute("from", from == null ? today.minusWeeks(26).toString() : from);
        model.addAttribute("weeks", weeks);
        if (from == null) {
            return Optional.empty();
        }
        LocalDate start;
        int holdout;
        try {
            start = LocalDate.parse(from.strip());
            holdout = Integer.parseInt(weeks.strip());
        } catch (DateTimeParseException | NumberFormatException e) {
            model.addAttribute("problem", "backtest.invalid");
            return Optional.empty();
        }
        if (!start.isBefore(today) || holdout < 1 || holdout > 520) {
            model.addAttribute("problem", "backtest.invalid");
            return Optional.empty();
        }
        model.addAttribute("incomplete", start.plusWeeks(holdout).isAfter(today));
        return Optional.of(new Holdout(start.atStartOfDay(settings.zone()).toInstant(), holdout));
    }
}
