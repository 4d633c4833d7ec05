package io.dangol.crm.customer.web;

import io.dangol.crm.admin.AccessAction;
import io.dangol.crm.consent.ConsentWording;
import io.dangol.crm.customer.CustomerDraft;
import io.dangol.crm.customer.CustomerKind;
import io.dangol.crm.customer.PossibleDuplicate;
import io.dangol.crm.customer.RegisterCustomer;
import io.dangol.crm.shared.EmailAddress;
import io.dangol.crm.shared.PhoneNumber;
import io.dangol.crm.web.AccessTrail;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "New customer": the registration form (from the search page, filled with what was searched), checked and saved by
 * {@link RegisterCustomer}. A form that cannot be taken comes back with what was typed and a message at each field;
 * possible duplicates come back to be opened instead, or saved despite with a reason. Showing them is written to the
 * access log, naming each, as is the registration.
 */
@Controller
class RegistrationController {

    static final String FORM = "customer/register";

    private final RegisterCustomer registerCustomer;
    private final AccessTrail accessTrail;

    RegistrationController(RegisterCustomer registerCustomer, AccessTrail accessTrail) {
        this.registerCustomer = registerCustomer;
        this.accessTrail = accessTrail;
    }

    @GetMapping("/customers/new")
    String showForm(Model model, Locale locale) {
        return form(model, CustomerDraft.empty(locale.getLanguage()));
    }

    /** The form filled with what was searched — by POST, as the search is, so that a phone never sits in an address. */
    @PostMapping("/customers/new/from-search")
    String showFilledForm(@RequestParam(defaultValue = "") String q, Model model, Locale locale) {
        String searched = q.strip();
        String name = "";
        String phone = "";
        String email = "";
        if (PhoneNumber.tryParse(searched).isPresent()) {
            phone = searched;
        } else if (EmailAddress.tryParse(searched).isPresent()) {
            email = searched;
        } else if (searched.length() <= CustomerDraft.MAX_NAME) {
            name = searched;
        }
        return form(model, CustomerDraft.prefilled(name, phone, email, locale.getLanguage()));
    }

    @PostMapping("/customers/new")
    String register(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String kind,
                    @RequestParam(defaultValue = "") String phone, @RequestParam(defaultValue = "") String otherPhone,
                    @RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String postcode,
                    @RequestParam(defaultValue = "") String road, @RequestParam(defaultValue = "") String addressDetail,
                    @RequestParam(defaultValue = "") String birthday, @RequestParam(defaultValue = "") String tags,
                    @RequestParam(defaultValue = "") String channel, @RequestParam(defaultValue = "") String store,
                    @RequestParam(required = false) List<String> consents,
                    @RequestParam(defaultValue = "") String wordingVersion,
                    @RequestParam(defaultValue = "false") boolean pointsConfirmed,
                    @RequestParam(defaultValue = "false") boolean under14,
                    @RequestParam(defaultValue = "") String guardianName,
                    @RequestParam(defaultValue = "") String guardianRelation,
                    @RequestParam(defaultValue = "") String guardianPhone,
                    @RequestParam(defaultValue = "false") boolean guardianConsented,
                    @RequestParam(defaultValue = "") String duplicateReason,
                    Model model, Principal principal, HttpServletRequest request, RedirectAttributes redirect,
                    Locale locale) {
        CustomerDraft draft = new CustomerDraft(name, kind, phone, otherPhone, email, postcode, road, addressDetail, birthday,
                tags, channel, store, consents == null ? List.of() : consents, wordingVersion, locale.getLanguage(),
                pointsConfirmed, under14, guardianName, guardianRelation, guardianPhone, guardianConsented, duplicateReason);
        RegisterCustomer.Result result = registerCustomer.handle(new RegisterCustomer.Command(draft, principal.getName()));
        if (result.saved()) {
            long id = result.registered().get().value();
            accessTrail.customer(request, principal.getName(), id, AccessAction.EDIT, "customer registered"
                    + (result.duplicates().isEmpty() ? "" : " despite " + result.duplicates().size() + " possible duplicates"));
            redirect.addFlashAttribute("notice", "register.saved");
            return "redirect:/customers/" + id;
        }
        if (!result.duplicates().isEmpty()) {
            accessTrail.customers(request, principal.getName(),
                    result.duplicates().stream().map(d -> d.id().value()).toList(), AccessAction.VIEW,
                    "possible duplicates of a customer being registered");
        }
        model.addAttribute("errors", result.errors());
        model.addAttribute("duplicates", result.duplicates());
        return form(model, draft);
    }

    static String form(Model model, CustomerDraft draft) {
        model.addAttribute("draft", draft);
        model.addAttribute("kinds", CustomerKind.values());
        model.addAttribute("channels", CustomerDraft.CHANNELS);
        model.addAttribute("offered", ConsentWording.OFFERED);
        model.addAttribute("wordingVersion", ConsentWording.VERSION);
        model.addAttribute("evidence", PossibleDuplicate.Evidence.values());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", java.util.Map.of());
            model.addAttribute("duplicates", List.of());
        }
        return FORM;
    }
}
