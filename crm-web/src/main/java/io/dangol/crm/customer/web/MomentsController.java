package io.dangol.crm.customer.web;

import io.dangol.crm.web.AccessTrail;
import io.dangol.crm.admin.AccessAction;
import io.dangol.crm.customer.CustomerPageSettings;
import io.dangol.crm.customer.UpcomingMoment;
import io.dangol.crm.customer.UpcomingMoments;
import io.dangol.crm.shared.BusinessZone;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The coming days' birthdays and anniversaries of customers who consented to profiling; access-logged. */
@Controller
class MomentsController {

    static final int LIMIT = 500;

    private final UpcomingMoments moments;
    private final CustomerPageSettings settings;
    private final BusinessZone zone;
    private final AccessTrail accessTrail;
    private final Clock clock;

    MomentsController(UpcomingMoments moments, CustomerPageSettings settings, BusinessZone zone, AccessTrail accessTrail, Clock clock) {
        this.moments = moments;
        this.settings = settings;
        this.zone = zone;
        this.accessTrail = accessTrail;
        this.clock = clock;
    }

    @GetMapping("/moments")
    String showMoments(Model model, Principal principal, HttpServletRequest request) {
        List<UpcomingMoment> upcoming = moments.within(zone.today(clock), settings.momentDays(), zone.zone(), LIMIT);
        model.addAttribute("upcoming", upcoming);
        model.addAttribute("days", settings.momentDays());
        accessTrail.many(request, principal.getName(), AccessAction.VIEW, "upcoming moments (" + upcoming.size() + " customers)");
        return "customer/moments";
    }
}
