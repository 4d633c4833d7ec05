package io.dangol.crm.overview.web;

import io.dangol.crm.overview.Dashboard;
import io.dangol.crm.overview.MarketingDashboard;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The marketing dashboard: the ladder as a funnel, the R x F grid, concentration of profit, CLV spread and the
 * churn radar, all from the small tables the latest scoring run stored. Counts and sums only: no personal data.
 */
@Controller
class MarketingDashboardController {

    static final String VIEW = "overview/dashboard";

    private final MarketingDashboard dashboard;

    MarketingDashboardController(MarketingDashboard dashboard) {
        this.dashboard = dashboard;
    }

    @GetMapping("/marketing")
    String showDashboard(Model model) {
        Dashboard latest = dashboard.latest().orElse(null);
        model.addAttribute("dashboard", latest);
        model.addAttribute("scores", new int[] {5, 4, 3, 2, 1});
        model.addAttribute("frequencies", new int[] {1, 2, 3, 4, 5});
        return VIEW;
    }
}
