package io.dangol.crm.overview.web;

import io.dangol.crm.campaign.CampaignExport;
import io.dangol.crm.campaign.CampaignExports;
import io.dangol.crm.campaign.CampaignOutcomes;
import io.dangol.crm.overview.Dashboard;
import java.util.List;
import io.dangol.crm.overview.MarketingDashboard;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The marketing dashboard: the ladder as a funnel, the R x F grid, concentration of profit, CLV spread and the
 * churn radar, all from the small tables the latest scoring run stored, and the latest campaigns' lift and
 * withdrawals against their control groups. Counts and sums only: no personal data.
 */
@Controller
class MarketingDashboardController {

    static final String VIEW = "overview/dashboard";

    static final int CAMPAIGNS_SHOWN = 5;

    private final MarketingDashboard dashboard;
    private final CampaignExports campaigns;
    private final CampaignOutcomes outcomes;

    MarketingDashboardController(MarketingDashboard dashboard, CampaignExports campaigns, CampaignOutcomes outcomes) {
        this.dashboard = dashboard;
        this.campaigns = campaigns;
        this.outcomes = outcomes;
    }

    @GetMapping("/marketing")
    String showDashboard(Model model) {
        Dashboard latest = dashboard.latest().orElse(null);
        model.addAttribute("dashboard", latest);
        model.addAttribute("scores", new int[] {5, 4, 3, 2, 1});
        model.addAttribute("frequencies", new int[] {1, 2, 3, 4, 5});
        List<CampaignExport> latestCampaigns = campaigns.latest(CAMPAIGNS_SHOWN);
        model.addAttribute("campaigns", latestCampaigns);
        model.addAttribute("headlines", outcomes.headlines(latestCampaigns.stream().map(CampaignExport::id).toList()));
        return VIEW;
    }
}
