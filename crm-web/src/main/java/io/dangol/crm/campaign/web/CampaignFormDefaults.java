package io.dangol.crm.campaign.web;

import io.dangol.crm.campaign.CampaignSettings;
import io.dangol.crm.campaign.ControlGroup;
import io.dangol.crm.campaign.CurrentCampaignSettings;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The segment pages carry the campaign export form; it shows marketing's default control group share. Named by
 * package, so the segment pages need not know campaigns (a campaign is made from a segment, not the other way).
 */
@ControllerAdvice(basePackages = "io.dangol.crm.segment.web")
class CampaignFormDefaults {

    private final CurrentCampaignSettings settings;

    CampaignFormDefaults(CurrentCampaignSettings settings) {
        this.settings = settings;
    }

    @ModelAttribute
    void defaults(Model model) {
        CampaignSettings current = settings.current();
        model.addAttribute("defaultControlPercent", current.controlPercent());
        model.addAttribute("maxControlPercent", ControlGroup.MAX_PERCENT);
    }
}
