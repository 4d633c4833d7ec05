package io.dangol.crm.sales.web;

import io.dangol.crm.admin.AppUser;
import io.dangol.crm.admin.AppUsers;
import io.dangol.crm.admin.Role;
import io.dangol.crm.sales.RetentionStatus;
import io.dangol.crm.sales.RetentionWorklist;
import io.dangol.crm.shared.Codes;
import java.security.Principal;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Keep them: the churn radar's core customers as sales' worklist. Opening the page opens a case for each newly
 * flagged core customer; cases are assigned to sales staff and closed as retained or lost. Logging a retention
 * contact on the customer page marks the case contacted.
 */
@Controller
class WorklistController {

    static final String VIEW = "sales/worklist";
    static final int LIMIT = 200;

    private final RetentionWorklist worklist;
    private final AppUsers users;
    private final Clock clock;

    WorklistController(RetentionWorklist worklist, AppUsers users, Clock clock) {
        this.worklist = worklist;
        this.users = users;
        this.clock = clock;
    }

    @GetMapping("/worklist")
    String showWorklist(@RequestParam(defaultValue = "all") String who, @RequestParam(defaultValue = "false") boolean closed,
                        Model model, Principal principal) {
        int opened = worklist.openNewCases(clock.instant());
        Optional<String> assignee = "mine".equals(who) ? Optional.of(principal.getName()) : Optional.empty();
        model.addAttribute("cases", worklist.cases(assignee, closed, LIMIT));
        model.addAttribute("who", "mine".equals(who) ? "mine" : "all");
        model.addAttribute("closed", closed);
        model.addAttribute("opened", opened);
        model.addAttribute("statuses", RetentionStatus.values());
        model.addAttribute("sellers", users.all().stream().filter(AppUser::isEnabled)
                .filter(user -> user.roles().contains(Role.SALES)).map(AppUser::username).sorted().toList());
        return VIEW;
    }

    @PostMapping("/worklist/{id}/assign")
    String assign(@PathVariable long id, @RequestParam(defaultValue = "") String assignee, Principal principal,
                  RedirectAttributes redirect) {
        Optional<String> to = assignee.isBlank() ? Optional.empty()
                : users.findByUsername(assignee.strip()).filter(user -> user.roles().contains(Role.SALES)).map(AppUser::username);
        if (!assignee.isBlank() && to.isEmpty()) {
            redirect.addFlashAttribute("problem", "worklist.unknownSeller");
            return "redirect:/worklist";
        }
        boolean done = worklist.assign(id, to, principal.getName(), clock.instant());
        redirect.addFlashAttribute(done ? "notice" : "problem", done ? "worklist.assigned" : "worklist.noCase");
        return "redirect:/worklist";
    }

    @PostMapping("/worklist/{id}/status")
    String status(@PathVariable long id, @RequestParam(defaultValue = "") String status, Principal principal,
                  RedirectAttributes redirect) {
        Optional<RetentionStatus> to = Codes.parse(RetentionStatus.class, status);
        boolean done = to.isPresent() && worklist.setStatus(id, to.get(), principal.getName(), clock.instant());
        redirect.addFlashAttribute(done ? "notice" : "problem", done ? "worklist.statusChanged" : "worklist.statusRefused");
        return "redirect:/worklist";
    }

}
