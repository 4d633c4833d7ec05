package io.dangol.crm.importing.web;

import io.dangol.crm.customer.PrivacySettings;
import io.dangol.crm.importing.PurgeRejectedRows;
import io.dangol.crm.shared.BusinessZone;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Purge now" on the Retention page (ADMIN): the raw text of rejected import rows past their retention period. */
@Controller
class RejectedRowsController {

    private final PurgeRejectedRows purge;
    private final PrivacySettings privacy;
    private final BusinessZone zone;

    RejectedRowsController(PurgeRejectedRows purge, PrivacySettings privacy, BusinessZone zone) {
        this.purge = purge;
        this.privacy = privacy;
        this.zone = zone;
    }

    @PostMapping("/upkeep/retention/purge")
    String purgeRejected(RedirectAttributes redirect) {
        redirect.addFlashAttribute("purged", purge.handle(privacy.rejectedRowsFor(), zone.zone()));
        return "redirect:/upkeep/retention";
    }
}
