package io.dangol.crm.sales.web;

import io.dangol.crm.web.AccessTrail;
import io.dangol.crm.admin.AccessAction;
import io.dangol.crm.admin.AppUser;
import io.dangol.crm.admin.AppUsers;
import io.dangol.crm.admin.UserId;
import io.dangol.crm.contact.ContactChannel;
import io.dangol.crm.contact.ContactOutcome;
import io.dangol.crm.contact.ContactPurpose;
import io.dangol.crm.contact.Department;
import io.dangol.crm.contact.Direction;
import io.dangol.crm.sales.ContactDraft;
import io.dangol.crm.sales.ContactLog;
import io.dangol.crm.sales.CustomerFile;
import io.dangol.crm.sales.CustomerFiles;
import io.dangol.crm.sales.Timeline;
import io.dangol.crm.shared.BusinessZone;
import io.dangol.crm.web.StaffRoles;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Logging a contact (sales and service staff) from the customer page — with htmx the form and the timeline are
 * swapped in place, and a form with errors comes back with everything typed — and "My follow-ups".
 */
@Controller
class ContactsController {

    static final String FOLLOW_UPS = "sales/followUps";

    private final ContactLog contacts;
    private final io.dangol.crm.sales.RetentionWorklist worklist;
    private final CustomerFiles files;
    private final Timeline timeline;
    private final AppUsers users;
    private final AccessTrail accessTrail;
    private final BusinessZone zone;
    private final Clock clock;

    ContactsController(ContactLog contacts, io.dangol.crm.sales.RetentionWorklist worklist, CustomerFiles files, Timeline timeline, AppUsers users, AccessTrail accessTrail,
                       BusinessZone zone, Clock clock) {
        this.contacts = contacts;
        this.worklist = worklist;
        this.files = files;
        this.timeline = timeline;
        this.users = users;
        this.accessTrail = accessTrail;
        this.zone = zone;
        this.clock = clock;
    }

    @PostMapping("/customers/{id}/contacts")
    String logContact(@PathVariable long id, @RequestParam(defaultValue = "") String channel,
                      @RequestParam(defaultValue = "") String direction, @RequestParam(defaultValue = "") String purpose,
                      @RequestParam(defaultValue = "") String outcome, @RequestParam(defaultValue = "") String note,
                      @RequestParam(defaultValue = "") String followUpOn, @RequestParam(defaultValue = "") String department,
                      Authentication user, HttpServletRequest request, HttpServletResponse response, Model model,
                      @RequestHeader(value = "HX-Request", required = false) String htmx, RedirectAttributes redirect) {
        CustomerFile file = files.open(id).orElseThrow(CustomerPagesController.NoSuchCustomer::new);
        Set<String> roles = StaffRoles.of(user);
        ContactDraft draft = new ContactDraft(channel, direction, purpose, outcome, note, followUpOn);
        ContactDraft.Checked checked = draft.check(zone.today(clock));
        Optional<Department> chosen = departments(roles).stream().filter(d -> d.name().equals(department)).findFirst()
                .or(() -> departments(roles).stream().findFirst());
        model.addAttribute("customerId", id);
        if (checked.contact().isEmpty() || chosen.isEmpty()) {
            form(model, draft, checked.errors(), roles);
            if (htmx == null) {
                redirect.addFlashAttribute("contactErrors", checked.errors());
                redirect.addFlashAttribute("contactDraft", draft);
                return "redirect:/customers/" + id + "#log-contact";
            }
            response.setStatus(HttpStatus.OK.value());
            return "sales/customer :: contactForm";
        }
        Optional<Long> staff = users.findByUsername(user.getName()).flatMap(AppUser::id).map(UserId::value);
        contacts.record(id, checked.contact().get(), chosen.get(), staff, clock.instant());
        if (checked.contact().get().purpose() == ContactPurpose.RETENTION) {
            worklist.contacted(id, user.getName(), clock.instant());
        }
        accessTrail.customer(request, user.getName(), id, AccessAction.EDIT, "contact logged");
        if (htmx == null) {
            redirect.addFlashAttribute("notice", "contact.saved");
            return "redirect:/customers/" + id + "#timeline";
        }
        form(model, ContactDraft.EMPTY, Map.of(), roles);
        model.addAttribute("saved", true);
        model.addAttribute("file", file);
        model.addAttribute("customerId", id);
        model.addAttribute("timeline", timeline.page(id, 1, CustomerPagesController.TIMELINE_SIZE));
        return "sales/customer :: contactSaved";
    }

    @GetMapping("/follow-ups")
    String showFollowUps(Model model, Authentication user) {
        LocalDate today = zone.today(clock);
        model.addAttribute("today", today);
        model.addAttribute("followUps", staffId(user).map(id -> contacts.dueFor(id, today)).orElse(List.of()));
        return FOLLOW_UPS;
    }

    @PostMapping("/follow-ups/{contactId}/done")
    String done(@PathVariable long contactId, Authentication user, RedirectAttributes redirect) {
        boolean changed = staffId(user).map(id -> contacts.markDone(contactId, id, clock.instant())).orElse(false);
        redirect.addFlashAttribute(changed ? "notice" : "problem", changed ? "followUps.doneNotice" : "followUps.notYours");
        return "redirect:/follow-ups";
    }

    @PostMapping("/follow-ups/{contactId}/reschedule")
    String reschedule(@PathVariable long contactId, @RequestParam(defaultValue = "") String to, Authentication user,
                      RedirectAttributes redirect) {
        LocalDate today = zone.today(clock);
        LocalDate date;
        try {
            date = LocalDate.parse(to.strip());
        } catch (DateTimeParseException e) {
            redirect.addFlashAttribute("problem", "contact.error.followUpDate");
            return "redirect:/follow-ups";
        }
        if (date.isBefore(today) || date.isAfter(today.plusDays(ContactDraft.MAX_FOLLOW_UP_DAYS))) {
            redirect.addFlashAttribute("problem", date.isBefore(today) ? "contact.error.followUpPast" : "contact.error.followUpFar");
            return "redirect:/follow-ups";
        }
        boolean changed = staffId(user).map(id -> contacts.reschedule(contactId, id, date)).orElse(false);
        redirect.addFlashAttribute(changed ? "notice" : "problem", changed ? "followUps.rescheduled" : "followUps.notYours");
        return "redirect:/follow-ups";
    }

    @ExceptionHandler(CustomerPagesController.NoSuchCustomer.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    private Optional<Long> staffId(Authentication user) {
        return users.findByUsername(user.getName()).flatMap(AppUser::id).map(UserId::value);
    }

    /** The departments a user logs contacts for: the ones among their roles. */
    static List<Department> departments(Set<String> roles) {
        return Arrays.stream(Department.values()).filter(d -> d != Department.MARKETING && roles.contains(d.name())).toList();
    }

    /** What the contact form needs: choices, what was typed, and the errors by field. */
    static void form(Model model, ContactDraft draft, Map<String, String> errors, Set<String> roles) {
        if (!model.containsAttribute("contactDraft")) {
            model.addAttribute("contactDraft", draft);
        }
        if (!model.containsAttribute("contactErrors")) {
            model.addAttribute("contactErrors", errors);
        }
        model.addAttribute("contactChannels", ContactChannel.values());
        model.addAttribute("directions", Direction.values());
        model.addAttribute("contactPurposes", Arrays.stream(ContactPurpose.values()).filter(p -> p != ContactPurpose.CAMPAIGN).toList());
        model.addAttribute("outcomes", ContactOutcome.values());
        model.addAttribute("departments", departments(roles));
    }
}
