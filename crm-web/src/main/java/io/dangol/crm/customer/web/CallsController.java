package io.dangol.crm.customer.web;

import io.dangol.crm.admin.AccessAction;
import io.dangol.crm.contact.ContactChannel;
import io.dangol.crm.contact.ContactDraft;
import io.dangol.crm.contact.ContactPurpose;
import io.dangol.crm.contact.Direction;
import io.dangol.crm.customer.AnnounceCall;
import io.dangol.crm.customer.CustomerDraft;
import io.dangol.crm.customer.CustomerQuery;
import io.dangol.crm.customer.CustomerSearch;
import io.dangol.crm.customer.FoundCustomer;
import io.dangol.crm.customer.SearchResults;
import io.dangol.crm.shared.PhoneNumber;
import io.dangol.crm.web.AccessTrail;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The call centre's screen pop. The phone system either opens a one-time link it got from {@code POST /api/v1/calls}
 * ({@code /calls/pop/<ticket>}), or the agent types the number into {@code /calls/incoming} (sent by POST): the number
 * never stands in an address. One customer with that number: their page, with a call contact started in the form
 * and their open cases on top. Several: the candidates. Nobody: the registration form with the number filled in.
 */
@Controller
class CallsController {

    static final String INCOMING = "calls/incoming";
    static final String CANDIDATES = "calls/candidates";
    static final int CANDIDATES_SHOWN = 20;

    private final AnnounceCall announceCall;
    private final CustomerSearch search;
    private final AccessTrail accessTrail;

    CallsController(AnnounceCall announceCall, CustomerSearch search, AccessTrail accessTrail) {
        this.announceCall = announceCall;
        this.search = search;
        this.accessTrail = accessTrail;
    }

    @GetMapping("/calls/incoming")
    String incoming(Model model) {
        model.addAttribute("number", "");
        return INCOMING;
    }

    @PostMapping("/calls/incoming")
    String typed(@RequestParam(defaultValue = "") String number, Model model, Principal principal, HttpServletRequest request,
                 RedirectAttributes redirect, Locale locale) {
        Optional<PhoneNumber> caller = PhoneNumber.tryParse(number.strip());
        if (caller.isEmpty()) {
            model.addAttribute("number", number);
            model.addAttribute("problem", "call.error.number");
            return INCOMING;
        }
        return pop(caller.get(), model, principal, request, redirect, locale);
    }

    @GetMapping("/calls/pop/{ticket}")
    String ticket(@PathVariable String ticket, Model model, Principal principal, HttpServletRequest request,
                  RedirectAttributes redirect, Locale locale) {
        Optional<PhoneNumber> caller = announceCall.redeem(ticket);
        if (caller.isEmpty()) {
            model.addAttribute("number", "");
            model.addAttribute("problem", "call.error.ticket");
            return INCOMING;
        }
        return pop(caller.get(), model, principal, request, redirect, locale);
    }

    private String pop(PhoneNumber caller, Model model, Principal principal, HttpServletRequest request,
                       RedirectAttributes redirect, Locale locale) {
        CustomerQuery query = new CustomerQuery(CustomerQuery.Kind.PHONE, "", caller.e164().substring(1), "");
        SearchResults found = search.find(query, 1, CANDIDATES_SHOWN);
        List<Long> ids = found.customers().stream().map(FoundCustomer::id).toList();
        if (ids.isEmpty()) {
            accessTrail.many(request, principal.getName(), AccessAction.VIEW, "incoming call: nobody on record with the number");
            model.addAttribute("callFrom", caller.national());
            return RegistrationController.form(model, CustomerDraft.prefilled("", caller.national(), "", locale.getLanguage()));
        }
        if (ids.size() == 1) {
            accessTrail.customer(request, principal.getName(), ids.get(0), AccessAction.VIEW, "incoming call screen pop");
            redirect.addFlashAttribute("callFrom", caller.national());
            redirect.addFlashAttribute("contactDraft", new ContactDraft(ContactChannel.PHONE.name(), Direction.INBOUND.name(),
                    ContactPurpose.INQUIRY.name(), "", "", ""));
            return "redirect:/customers/" + ids.get(0) + "#open-cases";
        }
        accessTrail.customers(request, principal.getName(), ids, AccessAction.VIEW, "incoming call: " + ids.size() + " candidates");
        model.addAttribute("callFrom", caller.national());
        model.addAttribute("candidates", found.customers());
        return CANDIDATES;
    }
}
