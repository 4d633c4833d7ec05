package io.dangol.crm.customer.web;

import io.dangol.crm.admin.AccessAction;
import io.dangol.crm.admin.Role;
import io.dangol.crm.contact.ContactChannel;
import io.dangol.crm.contact.ContactDraft;
import io.dangol.crm.contact.ContactOutcome;
import io.dangol.crm.contact.Direction;
import io.dangol.crm.contact.LogContact;
import io.dangol.crm.customer.CustomerFiles;
import io.dangol.crm.customer.Timeline;
import io.dangol.crm.shared.Codes;
import io.dangol.crm.shared.CustomerId;
import io.dangol.crm.shared.CustomerNotFound;
import io.dangol.crm.web.AccessTrail;
import io.dangol.crm.web.StaffRoles;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Logging a contact (sales and service staff) from the customer page: with htmx the form and the timeline are
 * swapped in place, and a form with errors comes back with everything typed. {@link LogContact} owns the rules.
 */
@Controller
class ContactLoggingController {

    private final LogContact logContact;
    private final CustomerFiles files;
    private final Timeline timeline;
    private final AccessTrail accessTrail;

    ContactLoggingController(LogContact logContact, CustomerFiles files, Timeline timeline, AccessTrail accessTrail) {
        this.logContact = logContact;
        this.files = files;
        this.timeline = timeline;
        this.accessTrail = accessTrail;
    }

    @PostMapping("/customers/{id}/contacts")
    String logContact(@PathVariable long id, @RequestParam(defaultValue = "") String channel,
                      @RequestParam(defaultValue = "") String direction, @RequestParam(defaultValue = "") String purpose,
                      @RequestParam(defaultValue = "") String outcome, @RequestParam(defaultValue = "") String note,
                      @RequestParam(defaultValue = "") String followUpOn, @RequestParam(defaultValue = "") String department,
                      Authentication user, HttpServletRequest request, Model model,
                      @RequestHeader(value = "HX-Request", required = false) String htmx, RedirectAttributes redirect) {
        Set<String> roles = StaffRoles.of(user);
        ContactDraft draft = new ContactDraft(channel, direction, purpose, outcome, note, followUpOn);
        LogContact.Result result = logContact.handle(new LogContact.Command(CustomerId.requested(id), draft, department,
                user.getName(), roles(roles)));
        model.addAttribute("customerId", id);
        if (!result.logged()) {
            if (htmx == null) {
                redirect.addFlashAttribute("contactErrors", result.errors());
                redirect.addFlashAttribute("contactDraft", draft);
                return "redirect:/customers/" + id + "#log-contact";
            }
            form(model, draft, result.errors(), roles);
            return CustomerPagesController.PAGE + " :: contactForm";
        }
        accessTrail.customer(request, user.getName(), id, AccessAction.EDIT, "contact logged");
        if (htmx == null) {
            redirect.addFlashAttribute("notice", "contact.saved");
            return "redirect:/customers/" + id + "#timeline";
        }
        form(model, ContactDraft.EMPTY, Map.of(), roles);
        model.addAttribute("saved", true);
        model.addAttribute("file", files.open(CustomerId.requested(id)).orElseThrow(() -> new CustomerNotFound(CustomerId.requested(id))));
        model.addAttribute("timeline", timeline.page(CustomerId.requested(id), 1, CustomerPagesController.TIMELINE_SIZE));
        return CustomerPagesController.PAGE + " :: contactSaved";
    }

    private static Set<Role> roles(Set<String> names) {
        return names.stream().flatMap(name -> Codes.parse(Role.class, name).stream()).collect(Collectors.toSet());
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
        model.addAttribute("contactPurposes", LogContact.loggablePurposes());
        model.addAttribute("outcomes", ContactOutcome.values());
        model.addAttribute("departments", LogContact.departmentsFor(roles(roles)));
    }
}
