package io.dangol.crm.scoring.web;

import io.dangol.crm.scoring.Backtests;
import io.dangol.crm.scoring.clv.Backtest;
import io.dangol.crm.web.WebSettings;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Admin page "Backtest": fit on the orders up to a date, predict the weeks after it, and compare with what
 * customers actually bought — per number of repeat purchases (chart and table) and overall.
 */
@Controller
class BacktestController {

    static final String VIEW = "scoring/backtest";

    private final Backtests backtests;
    private final WebSettings settings;
    private final Clock clock;

    BacktestController(Backtests backtests, WebSettings settings, Clock clock) {
        this.backtests = backtests;
        this.settings = settings;
        this.clock = clock;
    }

    @GetMapping("/admin/scoring/backtest")
    String showBacktest(@RequestParam(required = false) String from, @RequestParam(defaultValue = "26") String weeks, Model model) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), settings.zone());
        model.addAttribute("today", today);
        model.addAttribute("from", from == null ? today.minusWeeks(26).toString() : from);
        model.addAttribute("weeks", weeks);
        if (from == null) {
            return VIEW;
        }
        LocalDate calibrationEnd;
        int holdout;
        try {
            calibrationEnd = LocalDate.parse(from.strip());
            holdout = Integer.parseInt(weeks.strip());
        } catch (DateTimeParseException | NumberFormatException e) {
            model.addAttribute("problem", "backtest.invalid");
            return VIEW;
        }
        if (!calibrationEnd.isBefore(today) || holdout < 1 || holdout > 520) {
            model.addAttribute("problem", "backtest.invalid");
            return VIEW;
        }
        Instant end = calibrationEnd.atStartOfDay(settings.zone()).toInstant();
        Backtest result = backtests.run(end, holdout);
        model.addAttribute("result", result);
        model.addAttribute("incomplete", calibrationEnd.plusWeeks(holdout).isAfter(today));
        return VIEW;
    }
}
