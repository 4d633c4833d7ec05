package io.dangol.crm.customer.web;

import io.dangol.crm.admin.AccessAction;
import io.dangol.crm.customer.CustomerPageSettings;
import io.dangol.crm.customer.Moment;
import io.dangol.crm.customer.UpcomingMoment;
import io.dangol.crm.customer.UpcomingMoments;
import io.dangol.crm.ladder.LadderStage;
import io.dangol.crm.shared.BusinessZone;
import io.dangol.crm.shared.Codes;
import io.dangol.crm.web.AccessTrail;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The coming days' birthdays and anniversaries of customers who consented to profiling, filtered by kind, days
 * ahead and ladder stage, 50 a page; every customer shown is written to the access log.
 */
@Controller
class MomentsController {

    static final int PAGE_SIZE = 50;
    private static final List<Integer> DAY_CHOICES = List.of(0, 7, 14, 30, 60, 90);

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
    String showMoments(@RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String days,
                       @RequestParam(defaultValue = "") String stage, @RequestParam(defaultValue = "1") String page,
                       Model model, Principal principal, HttpServletRequest request) {
        List<String> problems = new ArrayList<>();
        int standard = Math.min(settings.momentDays(), UpcomingMoments.Filter.MAX_DAYS);
        Optional<Moment.Kind> chosenKind = Codes.parse(Moment.Kind.class, kind);
        if (chosenKind.isEmpty() && !kind.isBlank()) {
            problems.add("moments.problem.kind");
        }
        Optional<LadderStage> chosenStage = Codes.parse(LadderStage.class, stage);
        if (chosenStage.isEmpty() && !stage.isBlank()) {
            problems.add("moments.problem.stage");
        }
        int chosenDays = standard;
        if (!days.isBlank()) {
            Optional<Integer> typed = whole(days).filter(n -> n >= 0 && n <= UpcomingMoments.Filter.MAX_DAYS);
            if (typed.isPresent()) {
                chosenDays = typed.get();
            } else {
                problems.add("moments.problem.days");
            }
        }
        UpcomingMoments.Filter filter = new UpcomingMoments.Filter(chosenKind, chosenDays, chosenStage);
        int pageNumber = whole(page).filter(n -> n >= 1 && n <= 100_000).orElse(1);
        UpcomingMoments.Page shown = moments.within(zone.today(clock), filter, zone.zone(), pageNumber, PAGE_SIZE);
        model.addAttribute("shown", shown);
        model.addAttribute("filter", filter);
        model.addAttribute("problems", problems);
        model.addAttribute("kinds", List.of(Moment.Kind.BIRTHDAY, Moment.Kind.WEDDING_ANNIVERSARY, Moment.Kind.FIRST_PURCHASE));
        model.addAttribute("stages", LadderStage.values());
        TreeSet<Integer> dayChoices = new TreeSet<>(DAY_CHOICES);
        dayChoices.add(standard);
        dayChoices.add(chosenDays);
        model.addAttribute("dayChoices", dayChoices);
        String what = "upcoming moments (page " + shown.page() + " of " + shown.total() + ")";
        List<Long> customers = shown.moments().stream().map(UpcomingMoment::customerId).distinct().toList();
        if (customers.isEmpty()) {
            accessTrail.many(request, principal.getName(), AccessAction.VIEW, what);
        } else {
            accessTrail.customers(request, principal.getName(), customers, AccessAction.VIEW, what);
        }
        return "customer/moments";
    }

    private static Optional<Integer> whole(String text) {
        try {
            return Optional.of(Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
