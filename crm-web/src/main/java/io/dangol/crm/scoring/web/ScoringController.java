package io.dangol.crm.scoring.web;

import io.dangol.crm.ladder.LadderStage;
import io.dangol.crm.scoring.RfmSegment;
import io.dangol.crm.scoring.ScoringAlreadyRunning;
import io.dangol.crm.scoring.ScoringJob;
import io.dangol.crm.scoring.ScoringRun;
import io.dangol.crm.scoring.ScoringRuns;
import io.dangol.crm.scoring.ScoringTrigger;
import java.security.Principal;
import java.time.Clock;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admin page "Scoring": run now, live progress (htmx polling), the history of runs and a run's details. */
@Controller
@RequestMapping("/admin/scoring")
class ScoringController {

    static final String VIEW = "admin/scoring";
    static final String RUN_VIEW = "admin/scoringRun";
    private static final int HISTORY = 20;

    private final ScoringJob job;
    private final ScoringRuns runs;
    private final Clock clock;

    ScoringController(ScoringJob job, ScoringRuns runs, Clock clock) {
        this.job = job;
        this.runs = runs;
        this.clock = clock;
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
    String processStart(Principal principal, RedirectAttributes redirect) {
        try {
            ScoringRun run = job.start(ScoringTrigger.MANUAL, principal.getName());
            redirect.addFlashAttribute("started", run.id());
        } catch (ScoringAlreadyRunning running) {
            redirect.addFlashAttribute("alreadyRunningSince", running.since());
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
    }
}
