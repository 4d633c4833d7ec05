package io.dangol.crm.scoring.web;

import io.dangol.crm.web.AccessTrail;
import io.dangol.crm.admin.AccessAction;
import io.dangol.crm.scoring.AtRiskCustomer;
import io.dangol.crm.scoring.AtRiskCustomers;
import io.dangol.crm.scoring.ScoringRun;
import io.dangol.crm.scoring.ScoringRuns;
import io.dangol.crm.scoring.ScoringStatus;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The churn radar: core customers (and identified ones in the top CLV decile) who look like leaving, with the
 * reasons found in their record, and how the radar moved over the last runs. Names are personal data, so each
 * view is written to the access log.
 */
@Controller
class ChurnRadarController {

    static final String VIEW = "scoring/churnRadar";
    private static final int PAGE_SIZE = 50;
    private static final int TREND_RUNS = 10;

    private final AtRiskCustomers atRisk;
    private final ScoringRuns runs;
    private final AccessTrail accessTrail;

    ChurnRadarController(AtRiskCustomers atRisk, ScoringRuns runs, AccessTrail accessTrail) {
        this.atRisk = atRisk;
        this.runs = runs;
        this.accessTrail = accessTrail;
    }

    @GetMapping("/churn-radar")
    String showRadar(@RequestParam(defaultValue = "1") int page, Model model, Principal principal, HttpServletRequest request) {
        List<ScoringRun> succeeded = runs.latest(TREND_RUNS * 3).stream()
                .filter(run -> run.status() == ScoringStatus.SUCCEEDED).limit(TREND_RUNS).toList();
        Optional<ScoringRun> latest = succeeded.stream().findFirst();
        AtRiskCustomers.Page rows = atRisk.page(page, PAGE_SIZE);
        model.addAttribute("latest", latest.orElse(null));
        model.addAttribute("trend", succeeded);
        model.addAttribute("rows", rows);
        accessTrail.customers(request, principal.getName(), rows.rows().stream().map(AtRiskCustomer::customerId).toList(),
                AccessAction.VIEW, "churn radar page " + rows.page());
        return VIEW;
    }
}
