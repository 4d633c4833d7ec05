package io.dangol.crm.campaign.web;

import io.dangol.crm.campaign.CampaignSettings;
import io.dangol.crm.campaign.ControlGroup;
import io.dangol.crm.campaign.CurrentCampaignSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The segment pages carry the campaign export form; it shows marketing's default control group share. Named by
 * package, so the segment pages need not know campaigns (a campaign is made from a segment, not the other way).
 */
@ControllerAdvice(basePackages = "io.dangol.crm.segment.web")
class CampaignFormDefaults {

    private final ObjectProvider<CurrentCampaignSettings> settings;

    /** Advice reaches every web slice; one without campaigns (a test of other pages) gets the default share. */
    CampaignFormDefaults(ObjectProvider<CurrentCampaignSettings> settings) {
        this.settings = settings;
    }

    @ModelAttribute
    void defaults(Model model) {
        CurrentCampaignSettings current = settings.getIfAvailable();
        model.addAttribute("defaultControlPercent", current == null ? CampaignSettings.DEFAULT_CONTROL_PERCENT
                : current.current().controlPercent());
        model.addAttribute("maxControlPercent", ControlGroup.MAX_PERCENT);
    }
}
