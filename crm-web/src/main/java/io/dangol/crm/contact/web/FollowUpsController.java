package io.dangol.crm.contact.web;

import io.dangol.crm.admin.AppUser;
import io.dangol.crm.admin.StaffDirectory;
import io.dangol.crm.admin.UserId;
import io.dangol.crm.contact.CompleteFollowUp;
import io.dangol.crm.contact.FollowUp;
import io.dangol.crm.contact.FollowUps;
import io.dangol.crm.contact.RescheduleFollowUp;
import io.dangol.crm.shared.BusinessZone;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import io.dangol.crm.admin.AccessAction;
import io.dangol.crm.web.AccessTrail;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "My follow-ups": due today and overdue, with done and reschedule. */
@Controller
class FollowUpsController {

    static final String FOLLOW_UPS = "contact/followUps";
    /** How far ahead "coming up" looks. */
    static final int UPCOMING_DAYS = 30;

    private final FollowUps followUps;
    private final CompleteFollowUp complete;
    private final RescheduleFollowUp reschedule;
    private final StaffDirectory users;
    private final BusinessZone zone;
    private final Clock clock;
    private final AccessTrail accessTrail;

    FollowUpsController(FollowUps followUps, CompleteFollowUp complete, RescheduleFollowUp reschedule, StaffDirectory users,
                        BusinessZone zone, Clock clock, AccessTrail accessTrail) {
        this.accessTrail = accessTrail;
        this.followUps = followUps;
        this.complete = complete;
        this.reschedule = reschedule;
        this.users = users;
        this.zone = zone;
        this.clock = clock;
    }

    @GetMapping("/follow-ups")
    String showFollowUps(Model model, Authentication user, HttpServletRequest request) {
        LocalDate today = zone.today(clock);
        model.addAttribute("today", today);
        List<FollowUp> open = users.findByUsername(user.getName()).flatMap(AppUser::id).map(UserId::value)
                .map(id -> followUps.dueFor(id, today.plusDays(UPCOMING_DAYS))).orElse(List.of());
        model.addAttribute("followUps", open.stream().filter(f -> !f.due().isAfter(today)).toList());
        model.addAttribute("upcoming", open.stream().filter(f -> f.due().isAfter(today)).toList());
        model.addAttribute("upcomingDays", UPCOMING_DAYS);
        accessTrail.customers(request, user.getName(), open.stream().map(FollowUp::customerId).distinct().toList(),
                AccessAction.VIEW, "follow-ups");
        return FOLLOW_UPS;
    }

    @PostMapping("/follow-ups/{contactId}/done")
    String done(@PathVariable long contactId, Authentication user, RedirectAttributes redirect) {
        boolean changed = complete.handle(new CompleteFollowUp.Command(contactId, user.getName()));
        redirect.addFlashAttribute(changed ? "notice" : "problem", changed ? "followUps.doneNotice" : "followUps.notYours");
        return "redirect:/follow-ups";
    }

    @PostMapping("/follow-ups/{contactId}/reschedule")
    String reschedule(@PathVariable long contactId, @RequestParam(defaultValue = "") String to, Authentication user,
                      RedirectAttributes redirect) {
        RescheduleFollowUp.Result result = reschedule.handle(new RescheduleFollowUp.Command(contactId, to, user.getName()));
        redirect.addFlashAttribute(result.rescheduled() ? "notice" : "problem",
                result.problem().orElse("followUps.rescheduled"));
        return "redirect:/follow-ups";
    }
}
