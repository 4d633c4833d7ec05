package io.dangol.crm.scoring.web;

import io.dangol.crm.ladder.LadderStage;
import io.dangol.crm.scoring.RfmSegment;
import io.dangol.crm.scoring.ScoringAlreadyRunning;
import io.dangol.crm.scoring.RunScoring;
import io.dangol.crm.scoring.ScoringRequest;
import io.dangol.crm.scoring.ScoringRun;
import io.dangol.crm.scoring.ScoringRuns;
import io.dangol.crm.scoring.ScoringTrigger;
import java.security.Principal;
import io.dangol.crm.web.WebSettings;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admin page "Scoring": run now, live progress (htmx polling), the history of runs and a run's details. */
@Controller
@RequestMapping("/admin/scoring")
class ScoringController {

    static final String VIEW = "scoring/scoring";
    static final String RUN_VIEW = "scoring/scoringRun";
    private static final int HISTORY = 20;

    private final RunScoring job;
    private final ScoringRuns runs;
    private final Clock clock;
    private final WebSettings settings;

    ScoringController(RunScoring job, ScoringRuns runs, Clock clock, WebSettings settings) {
        this.job = job;
        this.runs = runs;
        this.clock = clock;
        this.settings = settings;
    }

    @GetMapping
    String showScoring(Model model) {
        model.addAttribute("running", runs.running().orElse(null));
        model.addAttribute("runs", runs.latest(HISTORY));
        addLabels(model);
        return VIEW;
    }

    /** The htmx fragment polled while a run goes on; without a running run it renders without polling. */
    @GetMapping("/live")
    String showLive(Model model) {
        showScoring(model);
        return VIEW + " :: live";
    }

    @PostMapping("/runs")
    String processStart(@RequestParam(name = "asOf", required = false) String asOf, Principal principal,
                        RedirectAttributes redirect) {
        ScoringRequest request;
        try {
            request = asOf == null || asOf.isBlank() ? ScoringRequest.now(ScoringTrigger.MANUAL, principal.getName())
                    : ScoringRequest.asOfEndOf(ScoringTrigger.MANUAL, principal.getName(), LocalDate.parse(asOf.strip()),
                            settings.zone(), clock.instant());
        } catch (DateTimeParseException | IllegalArgumentException e) {
            redirect.addFlashAttribute("badAsOf", asOf);
            return "redirect:/admin/scoring";
        }
        try {
            ScoringRun run = job.start(request);
            redirect.addFlashAttribute("started", run.id());
        } catch (ScoringAlreadyRunning running) {
            // a run that started a moment ago on another instance may not be recorded yet: it started about now
            redirect.addFlashAttribute("alreadyRunningSince", running.since() == null ? clock.instant() : running.since());
        }
        return "redirect:/admin/scoring";
    }

    @GetMapping("/runs/{id}")
    String showRun(@PathVariable long id, Model model) {
        ScoringRun run = runs.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("run", run);
        addLabels(model);
        return RUN_VIEW;
    }

    private void addLabels(Model model) {
        model.addAttribute("segments", RfmSegment.values());
        model.addAttribute("stages", LadderStage.values());
        model.addAttribute("now", clock.instant());
        model.addAttribute("today", LocalDate.ofInstant(clock.instant(), settings.zone()));
    }
}
