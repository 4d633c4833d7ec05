package io.dangol.crm.retention.web;

import io.dangol.crm.admin.AppUser;
import io.dangol.crm.admin.StaffDirectory;
import io.dangol.crm.admin.Role;
import io.dangol.crm.retention.RetentionStatus;
import io.dangol.crm.retention.AssignRetentionCase;
import io.dangol.crm.retention.ChangeRetentionStatus;
import io.dangol.crm.retention.ChangeRetentionHoldOut;
import io.dangol.crm.retention.CurrentRetentionHoldOut;
import io.dangol.crm.retention.RetentionWorklist;
import io.dangol.crm.admin.AccessAction;
import io.dangol.crm.retention.RetentionCase;
import io.dangol.crm.web.AccessTrail;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Keep them: the churn radar's core customers as sales' worklist. The end of each scoring run opens a case for each
 * newly flagged core customer ({@link io.dangol.crm.retention.OpenRetentionCases}); cases are assigned to sales staff and closed as retained or lost. Logging a retention
 * contact on the customer page marks the case contacted. Below the list: whether the calls work, against the customers
 * an admin's hold-out share kept off the list.
 */
@Controller
class WorklistController {

    static final String VIEW = "retention/worklist";
    static final int LIMIT = 200;
    static final Duration EVIDENCE_WINDOW = Duration.ofDays(180);

    private final RetentionWorklist worklist;
    private final AssignRetentionCase assign;
    private final ChangeRetentionStatus changeStatus;
    private final StaffDirectory users;
    private final CurrentRetentionHoldOut settings;
    private final ChangeRetentionHoldOut changeHoldOut;
    private final Clock clock;
    private final AccessTrail accessTrail;

    WorklistController(RetentionWorklist worklist, AssignRetentionCase assign, ChangeRetentionStatus changeStatus,
                       StaffDirectory users, CurrentRetentionHoldOut settings, ChangeRetentionHoldOut changeHoldOut, Clock clock,
                       AccessTrail accessTrail) {
        this.settings = settings;
        this.changeHoldOut = changeHoldOut;
        this.clock = clock;
        this.accessTrail = accessTrail;
        this.worklist = worklist;
        this.assign = assign;
        this.changeStatus = changeStatus;
        this.users = users;
    }

    @GetMapping("/worklist")
    String showWorklist(@RequestParam(defaultValue = "all") String who, @RequestParam(defaultValue = "false") boolean closed,
                        Model model, Principal principal, HttpServletRequest request) {
        Optional<String> assignee = "mine".equals(who) ? Optional.of(principal.getName()) : Optional.empty();
        List<RetentionCase> cases = worklist.cases(assignee, closed, LIMIT);
        model.addAttribute("cases", cases);
        accessTrail.customers(request, principal.getName(), cases.stream().map(RetentionCase::customerId).distinct().toList(),
                AccessAction.VIEW, "keep-them worklist");
        model.addAttribute("who", "mine".equals(who) ? "mine" : "all");
        model.addAttribute("closed", closed);
        model.addAttribute("opened", worklist.openedByLatestRun());
        model.addAttribute("statuses", RetentionStatus.values());
        model.addAttribute("holdOut", settings.current());
        model.addAttribute("evidence", worklist.evidenceSince(clock.instant().minus(EVIDENCE_WINDOW)));
        model.addAttribute("evidenceDays", EVIDENCE_WINDOW.toDays());
        model.addAttribute("sellers", users.all().stream().filter(AppUser::isEnabled)
                .filter(user -> user.roles().contains(Role.SALES)).map(AppUser::username).sorted().toList());
        return VIEW;
    }

    @PostMapping("/admin/retention-hold-out")
    String changeHoldOut(@RequestParam(defaultValue = "") String percent, Principal principal, RedirectAttributes redirect) {
        if (changeHoldOut.handle(new ChangeRetentionHoldOut.Command(percent, principal.getName()))) {
            redirect.addFlashAttribute("notice", "worklist.holdOutSaved");
        } else {
            redirect.addFlashAttribute("problem", "worklist.holdOutError");
        }
        return "redirect:/worklist";
    }

    @PostMapping("/worklist/{id}/assign")
    String assign(@PathVariable long id, @RequestParam(defaultValue = "") String assignee, Principal principal,
                  RedirectAttributes redirect) {
        AssignRetentionCase.Outcome outcome = assign.handle(new AssignRetentionCase.Command(id, assignee, principal.getName()));
        redirect.addFlashAttribute(outcome == AssignRetentionCase.Outcome.ASSIGNED ? "notice" : "problem", switch (outcome) {
            case ASSIGNED -> "worklist.assigned";
            case UNKNOWN_SELLER -> "worklist.unknownSeller";
            case NO_CASE -> "worklist.noCase";
        });
        return "redirect:/worklist";
    }

    @PostMapping("/worklist/{id}/status")
    String status(@PathVariable long id, @RequestParam(defaultValue = "") String status, Principal principal,
                  RedirectAttributes redirect) {
        boolean done = changeStatus.handle(new ChangeRetentionStatus.Command(id, status, principal.getName()));
        redirect.addFlashAttribute(done ? "notice" : "problem", done ? "worklist.statusChanged" : "worklist.statusRefused");
        return "redirect:/worklist";
    }

}
