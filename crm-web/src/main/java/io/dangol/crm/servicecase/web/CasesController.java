package io.dangol.crm.servicecase.web;

import io.dangol.crm.admin.AccessAction;
import io.dangol.crm.admin.AppUser;
import io.dangol.crm.admin.Role;
import io.dangol.crm.admin.StaffDirectory;
import io.dangol.crm.admin.UserId;
import io.dangol.crm.contact.ContactChannel;
import io.dangol.crm.contact.Department;
import io.dangol.crm.ladder.LadderStage;
import io.dangol.crm.servicecase.AnswerCase;
import io.dangol.crm.servicecase.AssignCase;
import io.dangol.crm.servicecase.CaseDraft;
import io.dangol.crm.servicecase.CaseNotFound;
import io.dangol.crm.servicecase.CaseOutcome;
import io.dangol.crm.servicecase.CaseQueue;
import io.dangol.crm.servicecase.CloseCase;
import io.dangol.crm.servicecase.CostKind;
import io.dangol.crm.servicecase.MoveCase;
import io.dangol.crm.servicecase.OpenCase;
import io.dangol.crm.servicecase.ServiceCaseKind;
import io.dangol.crm.servicecase.ServiceCaseSeverity;
import io.dangol.crm.servicecase.ServiceCaseStatus;
import io.dangol.crm.shared.Codes;
import io.dangol.crm.shared.CustomerId;
import io.dangol.crm.shared.CustomerNotFound;
import io.dangol.crm.web.AccessTrail;
import io.dangol.crm.web.PageNumber;
import io.dangol.crm.web.StaffRoles;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The service desk's pages: the queues ("my cases", a team's queue) with filters, one case with its history and
 * what can be done next, and the form that opens a case from the customer page. Service staff and admins work the
 * cases; sales staff read them. The use cases own every rule; every page that shows customers logs whom it showed.
 */
@Controller
class CasesController {

    static final int PAGE_SIZE = 25;
    static final int ORDERS_OFFERED = 20;

    private final CaseQueue queue;
    private final OpenCase openCase;
    private final MoveCase moveCase;
    private final CloseCase closeCase;
    private final AssignCase assignCase;
    private final AnswerCase answerCase;
    private final StaffDirectory staff;
    private final AccessTrail accessTrail;
    private final Clock clock;

    CasesController(CaseQueue queue, OpenCase openCase, MoveCase moveCase, CloseCase closeCase, AssignCase assignCase,
                    AnswerCase answerCase, StaffDirectory staff, AccessTrail accessTrail, Clock clock) {
        this.queue = queue;
        this.openCase = openCase;
        this.moveCase = moveCase;
        this.closeCase = closeCase;
        this.assignCase = assignCase;
        this.answerCase = answerCase;
        this.staff = staff;
        this.accessTrail = accessTrail;
        this.clock = clock;
    }

    @GetMapping("/cases")
    String cases(@RequestParam(defaultValue = "") String view, @RequestParam(defaultValue = "") String team,
                 @RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "") String kind,
                 @RequestParam(defaultValue = "") String severity, @RequestParam(defaultValue = "") String overdue,
                 @RequestParam(defaultValue = "") String stage, @RequestParam(defaultValue = "1") String page,
                 Model model, Authentication user, HttpServletRequest request) {
        Optional<Long> me = staff.findByUsername(user.getName()).flatMap(AppUser::id).map(UserId::value);
        String shown = switch (view) {
            case "mine", "team", "all" -> view;
            default -> me.isPresent() && StaffRoles.roles(user).contains(Role.SERVICE) ? "mine" : "team";
        };
        Optional<Department> chosenTeam = CaseDraft.teamOf(team);
        Optional<ServiceCaseStatus> chosenStatus = Codes.parse(ServiceCaseStatus.class, status);
        boolean closedToo = "ALL".equals(status);
        CaseQueue.Filter filter = new CaseQueue.Filter(
                "mine".equals(shown) ? Optional.of(me.orElse(-1L)) : Optional.empty(),
                "team".equals(shown) ? chosenTeam : Optional.empty(),
                chosenStatus.isEmpty() && !closedToo, chosenStatus,
                Codes.parse(ServiceCaseKind.class, kind), Codes.parse(ServiceCaseSeverity.class, severity),
                "true".equals(overdue), Codes.parse(LadderStage.class, stage));
        CaseQueue.Page cases = queue.page(filter, clock.instant(), PageNumber.parse(page, 10_000), PAGE_SIZE);
        model.addAttribute("cases", cases);
        model.addAttribute("view", shown);
        model.addAttribute("team", chosenTeam.orElse(Department.SERVICE).name());
        model.addAttribute("status", closedToo ? "ALL" : chosenStatus.map(Enum::name).orElse(""));
        model.addAttribute("kind", Codes.parse(ServiceCaseKind.class, kind).map(Enum::name).orElse(""));
        model.addAttribute("severity", Codes.parse(ServiceCaseSeverity.class, severity).map(Enum::name).orElse(""));
        model.addAttribute("overdue", "true".equals(overdue));
        model.addAttribute("stage", Codes.parse(LadderStage.class, stage).map(Enum::name).orElse(""));
        choices(model);
        List<Long> customers = cases.rows().stream().map(CaseQueue.Row::customerId).distinct().toList();
        String what = "service cases (" + shown + ", page " + cases.page() + ")";
        if (customers.isEmpty()) {
            accessTrail.many(request, user.getName(), AccessAction.VIEW, what);
        } else {
            accessTrail.customers(request, user.getName(), customers, AccessAction.VIEW, what);
        }
        return "servicecase/cases";
    }

    @GetMapping("/cases/{id}")
    String showCase(@PathVariable long id, Model model, Authentication user, HttpServletRequest request) {
        CaseQueue.CaseView c = queue.view(id, clock.instant()).orElseThrow(() -> new CaseNotFound(id));
        model.addAttribute("c", c);
        model.addAttribute("canWork", canWork(user));
        model.addAttribute("moves", c.row().status().next().stream().filter(s -> s != ServiceCaseStatus.CLOSED).toList());
        model.addAttribute("canClose", c.row().status().canMoveTo(ServiceCaseStatus.CLOSED));
        model.addAttribute("thens", AnswerCase.Then.values());
        model.addAttribute("outcomes", CaseOutcome.values());
        model.addAttribute("costKinds", CostKind.values());
        model.addAttribute("assignees", assignees());
        model.addAttribute("teams", List.of(Department.SERVICE, Department.SALES));
        model.addAttribute("channels", ContactChannel.values());
        accessTrail.customer(request, user.getName(), c.row().customerId(), AccessAction.VIEW, "service case " + id);
        return "servicecase/case";
    }

    @GetMapping("/customers/{customerId}/cases/new")
    String newCase(@PathVariable long customerId, Model model, Authentication user, HttpServletRequest request) {
        form(model, customerId, CaseDraft.EMPTY, Map.of());
        accessTrail.customer(request, user.getName(), customerId, AccessAction.VIEW, "new service case form");
        return "servicecase/newCase";
    }

    @PostMapping("/customers/{customerId}/cases")
    String open(@PathVariable long customerId, @RequestParam(defaultValue = "") String kind,
                @RequestParam(defaultValue = "") String severity, @RequestParam(defaultValue = "") String subject,
                @RequestParam(defaultValue = "") String description, @RequestParam(defaultValue = "") String order,
                @RequestParam(defaultValue = "") String channel, @RequestParam(defaultValue = "") String assignee,
                @RequestParam(defaultValue = "") String team, Model model, Authentication user, HttpServletRequest request,
                RedirectAttributes redirect) {
        CaseDraft draft = new CaseDraft(kind, severity, subject, description, order, channel, assignee, team);
        OpenCase.Result result = openCase.handle(new OpenCase.Command(CustomerId.requested(customerId), draft, user.getName(),
                StaffRoles.roles(user)));
        if (!result.opened()) {
            form(model, customerId, draft, result.errors());
            return "servicecase/newCase";
        }
        long id = result.caseId().orElseThrow();
        accessTrail.customer(request, user.getName(), customerId, AccessAction.EDIT, "service case " + id + " opened");
        redirect.addFlashAttribute("notice", "case.opened");
        return "redirect:/cases/" + id;
    }

    @PostMapping("/cases/{id}/move")
    String move(@PathVariable long id, @RequestParam(defaultValue = "") String to, @RequestParam(defaultValue = "") String note,
                Authentication user, HttpServletRequest request, RedirectAttributes redirect) {
        MoveCase.Result result = moveCase.handle(new MoveCase.Command(id, to, note, user.getName(), StaffRoles.roles(user)));
        return after(id, result.refused().map(code -> Map.of("move", code)).orElse(Map.of()), "case.moved", user, request,
                redirect, "moved");
    }

    @PostMapping("/cases/{id}/assign")
    String assign(@PathVariable long id, @RequestParam(defaultValue = "") String assignee,
                  @RequestParam(defaultValue = "") String team, Authentication user, HttpServletRequest request,
                  RedirectAttributes redirect) {
        AssignCase.Result result = assignCase.handle(new AssignCase.Command(id, assignee, team, user.getName(),
                StaffRoles.roles(user)));
        return after(id, result.refused().map(code -> Map.of("assign", code)).orElse(Map.of()), "case.assigned", user,
                request, redirect, "assigned");
    }

    @PostMapping("/cases/{id}/answer")
    String answer(@PathVariable long id, @RequestParam(defaultValue = "") String channel,
                  @RequestParam(defaultValue = "") String note, @RequestParam(defaultValue = "OPEN") String then,
                  Authentication user, HttpServletRequest request, RedirectAttributes redirect) {
        AnswerCase.Result result = answerCase.handle(new AnswerCase.Command(id, channel, note, then, user.getName(),
                StaffRoles.roles(user)));
        if (!result.answered()) {
            redirect.addFlashAttribute("answerNote", note);
        }
        return after(id, result.errors(), "case.answered", user, request, redirect, "answered");
    }

    @PostMapping("/cases/{id}/close")
    String close(@PathVariable long id, @RequestParam(defaultValue = "") String outcome,
                 @RequestParam(defaultValue = "") String costKind, @RequestParam(defaultValue = "") String cost,
                 @RequestParam(defaultValue = "") String note, Authentication user, HttpServletRequest request,
                 RedirectAttributes redirect) {
        CloseCase.Result result = closeCase.handle(new CloseCase.Command(id, outcome, costKind, cost, note, user.getName(),
                StaffRoles.roles(user)));
        if (!result.closed()) {
            redirect.addFlashAttribute("closeTyped", Map.of("outcome", outcome, "costKind", costKind, "cost", cost, "note", note));
        }
        return after(id, result.errors(), "case.closed", user, request, redirect, "closed");
    }

    /** Back to the case page, with the notice or the problems; a change is written to the access log. */
    private String after(long id, Map<String, String> errors, String notice, Authentication user, HttpServletRequest request,
                         RedirectAttributes redirect, String what) {
        if (errors.isEmpty()) {
            queue.view(id, clock.instant()).ifPresent(c -> accessTrail.customer(request, user.getName(), c.row().customerId(),
                    AccessAction.EDIT, "service case " + id + " " + what));
            redirect.addFlashAttribute("notice", notice);
        } else {
            redirect.addFlashAttribute("caseErrors", errors);
        }
        return "redirect:/cases/" + id;
    }

    private void form(Model model, long customerId, CaseDraft draft, Map<String, String> errors) {
        CustomerId customer = CustomerId.requested(customerId);
        model.addAttribute("customerName", queue.customerName(customer).orElseThrow(() -> new CustomerNotFound(customer)));
        model.addAttribute("customerId", customerId);
        model.addAttribute("draft", draft);
        model.addAttribute("errors", errors);
        model.addAttribute("orders", queue.recentOrders(customer, ORDERS_OFFERED));
        model.addAttribute("assignees", assignees());
        model.addAttribute("teams", List.of(Department.SERVICE, Department.SALES));
        model.addAttribute("channels", ContactChannel.values());
        choices(model);
    }

    private static void choices(Model model) {
        model.addAttribute("kinds", ServiceCaseKind.values());
        model.addAttribute("severities", ServiceCaseSeverity.values());
        model.addAttribute("statuses", ServiceCaseStatus.values());
        model.addAttribute("stages", LadderStage.values());
    }

    /** The people a case can go to: enabled service or sales staff and admins. */
    private List<AppUser> assignees() {
        return staff.all().stream().filter(AppUser::isEnabled)
                .filter(u -> u.hasRole(Role.SERVICE) || u.hasRole(Role.SALES) || u.hasRole(Role.ADMIN)).toList();
    }

    private static boolean canWork(Authentication user) {
        Set<Role> roles = StaffRoles.roles(user);
        return roles.contains(Role.SERVICE) || roles.contains(Role.ADMIN);
    }
}
