package io.dangol.crm.sales.web;

import io.dangol.crm.web.AccessTrail;
import io.dangol.crm.admin.AccessAction;
import io.dangol.crm.consent.ConsentChannel;
import io.dangol.crm.consent.ConsentPurpose;
import io.dangol.crm.consent.ConsentSource;
import io.dangol.crm.consent.ConsentStatus;
import io.dangol.crm.customer.ContactPointKind;
import io.dangol.crm.sales.ContactDraft;
import io.dangol.crm.sales.CustomerFile;
import io.dangol.crm.sales.CustomerFiles;
import io.dangol.crm.sales.CustomerQuery;
import io.dangol.crm.sales.CustomerSearch;
import io.dangol.crm.sales.FoundCustomer;
import io.dangol.crm.sales.SalesSettings;
import io.dangol.crm.sales.Timeline;
import io.dangol.crm.shared.BusinessZone;
import io.dangol.crm.shared.Codes;
import io.dangol.crm.shared.EmailAddress;
import io.dangol.crm.shared.PersonalData;
import io.dangol.crm.shared.PhoneNumber;
import io.dangol.crm.web.StaffRoles;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
 * Find a customer in one box, and the customer page: who they are, where they stand, one timeline across
 * departments, and what they say about their data. A phone or e-mail is searched by POST (never in an address).
 * Every search and every open of a customer page is written to the access log; marketing sees contact points
 * masked, the roles that serve the customer see them whole.
 */
@Controller
class CustomerPagesController {

    static final String SEARCH = "sales/search";
    static final String PAGE = "sales/customer";
    static final int RESULTS = 20;
    static final int TIMELINE_SIZE = 20;
    static final int RECOMMENDED = 5;

    private final CustomerSearch search;
    private final CustomerFiles files;
    private final Timeline timeline;
    private final io.dangol.crm.sales.Recommendations recommendations;
    private final AccessTrail accessTrail;
    private final SalesSettings settings;
    private final BusinessZone zone;
    private final Clock clock;

    CustomerPagesController(CustomerSearch search, CustomerFiles files, Timeline timeline,
                            io.dangol.crm.sales.Recommendations recommendations, AccessTrail accessTrail,
                            SalesSettings settings, BusinessZone zone, Clock clock) {
        this.search = search;
        this.files = files;
        this.timeline = timeline;
        this.recommendations = recommendations;
        this.accessTrail = accessTrail;
        this.settings = settings;
        this.zone = zone;
        this.clock = clock;
    }

    @GetMapping("/customers")
    String showSearch(Model model) {
        model.addAttribute("q", "");
        return SEARCH;
    }

    @PostMapping("/customers/search")
    String find(@RequestParam(defaultValue = "") String q, Model model, Principal principal, HttpServletRequest request,
                @RequestHeader(value = "HX-Request", required = false) String htmx) {
        List<CustomerQuery.Problem> problems = new ArrayList<>();
        Optional<CustomerQuery> query = CustomerQuery.parse(q, problems::add);
        model.addAttribute("q", q);
        if (query.isEmpty()) {
            model.addAttribute("problem", "search.problem." + problems.get(0));
        } else {
            List<FoundCustomer> found = search.find(query.get(), RESULTS);
            model.addAttribute("found", found);
            accessTrail.many(request, principal.getName(), AccessAction.VIEW, "customer search by " + query.get().kind().name().toLowerCase() + " (" + found.size()
                            + " found)");
        }
        return htmx != null ? SEARCH + " :: results" : SEARCH;
    }

    @GetMapping("/customers/{id}")
    String showCustomer(@PathVariable long id, @RequestParam(defaultValue = "1") int timelinePage, Model model,
                        Authentication user, HttpServletRequest request) {
        CustomerFile file = files.open(id).orElseThrow(NoSuchCustomer::new);
        Set<String> roles = StaffRoles.of(user);
        boolean whole = roles.contains("ADMIN") || roles.contains("SALES") || roles.contains("SERVICE");
        Instant now = clock.instant();
        model.addAttribute("file", file);
        model.addAttribute("whole", whole);
        model.addAttribute("points", file.contactPoints().stream().map(point -> new PointView(point.id(), point.kind(),
                whole ? readable(point) : mask(point), point.verifiedAt(), point.isStale(now, settings.staleAfter(), zone.zone())))
                .toList());
        boolean profiling = file.consents(ConsentPurpose.PROFILING);
        model.addAttribute("moments", profiling
                ? file.upcomingMoments(zone.today(clock), settings.momentDays(), zone.zone()) : List.of());
        model.addAttribute("profilingConsent", profiling);
        model.addAttribute("recommendations", profiling
                ? recommendations.forCustomer(id, now.minus(java.time.Duration.ofDays(settings.recentPurchaseDays())), RECOMMENDED)
                : List.of());
        model.addAttribute("momentDays", settings.momentDays());
        model.addAttribute("customerId", id);
        model.addAttribute("timeline", timeline.page(id, timelinePage, TIMELINE_SIZE));
        model.addAttribute("canLog", roles.contains("SALES") || roles.contains("SERVICE"));
        model.addAttribute("canEdit", whole);
        ContactsController.form(model, ContactDraft.EMPTY, java.util.Map.of(), roles);
        model.addAttribute("consentChannels", ConsentChannel.values());
        model.addAttribute("consentPurposes", ConsentPurpose.values());
        model.addAttribute("consentSources", ConsentSource.values());
        accessTrail.customer(request, user.getName(), id, AccessAction.VIEW, "customer page" + (whole ? "" : " (contact points masked)"));
        return PAGE;
    }

    @GetMapping("/customers/{id}/timeline")
    String timelinePage(@PathVariable long id, @RequestParam(defaultValue = "1") int page, Model model) {
        if (!files.exists(id)) {
            throw new NoSuchCustomer();
        }
        model.addAttribute("customerId", id);
        model.addAttribute("timeline", timeline.page(id, page, TIMELINE_SIZE));
        return PAGE + " :: timeline";
    }

    @PostMapping("/customers/{id}/consents")
    String recordConsent(@PathVariable long id, @RequestParam(defaultValue = "") String channel,
                         @RequestParam(defaultValue = "") String purpose, @RequestParam(defaultValue = "") String status,
                         @RequestParam(defaultValue = "") String source, @RequestParam(defaultValue = "") String note,
                         Authentication user, HttpServletRequest request, RedirectAttributes redirect) {
        requireEditor(user);
        if (!files.exists(id)) {
            throw new NoSuchCustomer();
        }
        Optional<ConsentChannel> c = Codes.parse(ConsentChannel.class, channel);
        Optional<ConsentPurpose> p = Codes.parse(ConsentPurpose.class, purpose);
        Optional<ConsentStatus> s = Codes.parse(ConsentStatus.class, status);
        Optional<ConsentSource> from = Codes.parse(ConsentSource.class, source);
        if (c.isEmpty() || p.isEmpty() || s.isEmpty() || from.isEmpty() || note.length() > 500) {
            redirect.addFlashAttribute("consentError", "customer.consent.error");
            return "redirect:/customers/" + id + "#consents";
        }
        Instant now = clock.instant();
        files.recordConsent(id, c.get(), p.get(), s.get(), from.get(), note, user.getName(), now);
        accessTrail.customer(request, user.getName(), id, AccessAction.EDIT, "consent " + c.get() + "/" + p.get() + " " + s.get());
        redirect.addFlashAttribute("notice", "customer.consent.saved");
        return "redirect:/customers/" + id + "#consents";
    }

    @PostMapping("/customers/{id}/points/{pointId}/verify")
    String verify(@PathVariable long id, @PathVariable long pointId, Authentication user, HttpServletRequest request,
                  RedirectAttributes redirect) {
        requireEditor(user);
        Instant now = clock.instant();
        if (!files.verify(id, pointId, now)) {
            throw new NoSuchCustomer();
        }
        accessTrail.customer(request, user.getName(), id, AccessAction.EDIT, "contact point " + pointId + " verified");
        redirect.addFlashAttribute("notice", "customer.point.verified");
        return "redirect:/customers/" + id + "#contact-points";
    }

    @PostMapping("/customers/{id}/points/{pointId}")
    String correct(@PathVariable long id, @PathVariable long pointId, @RequestParam(defaultValue = "") String value,
                   Authentication user, HttpServletRequest request, RedirectAttributes redirect) {
        requireEditor(user);
        CustomerFile file = files.open(id).orElseThrow(NoSuchCustomer::new);
        CustomerFile.Point point = file.contactPoints().stream().filter(p -> p.id() == pointId).findFirst()
                .orElseThrow(NoSuchCustomer::new);
        Optional<String> clean = switch (point.kind()) {
            case PHONE -> PhoneNumber.tryParse(value).map(PhoneNumber::national);
            case EMAIL -> EmailAddress.tryParse(value).map(EmailAddress::value);
            case POSTAL -> Optional.of(value.strip()).filter(v -> !v.isEmpty() && v.length() <= 300);
        };
        if (clean.isEmpty()) {
            redirect.addFlashAttribute("pointError", "customer.point.invalid." + point.kind());
            redirect.addFlashAttribute("pointErrorId", pointId);
            redirect.addFlashAttribute("pointValue", value);
            return "redirect:/customers/" + id + "#contact-points";
        }
        Instant now = clock.instant();
        files.correct(id, pointId, clean.get(), now);
        accessTrail.customer(request, user.getName(), id, AccessAction.EDIT, "contact point " + pointId + " corrected");
        redirect.addFlashAttribute("notice", "customer.point.corrected");
        return "redirect:/customers/" + id + "#contact-points";
    }

    @ExceptionHandler(NoSuchCustomer.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    @ExceptionHandler(NotAllowed.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String notAllowed() {
        return "error/403";
    }

    /** A contact point as the page shows it. */
    record PointView(long id, ContactPointKind kind, String value, Optional<Instant> verifiedAt, boolean stale) { }

    /** A phone as Koreans read it ({@code 010-1234-5678}); other points as stored. */
    private static String readable(CustomerFile.Point point) {
        return point.kind() == ContactPointKind.PHONE
                ? PhoneNumber.tryParse(point.value()).map(PhoneNumber::national).orElse(point.value()) : point.value();
    }

    private static String mask(CustomerFile.Point point) {
        return switch (point.kind()) {
            case PHONE -> PersonalData.maskPhone(point.value());
            case EMAIL -> PersonalData.maskEmail(point.value());
            case POSTAL -> point.value().split(" ")[0] + " ***";
        };
    }

    private static void requireEditor(Authentication user) {
        Set<String> roles = StaffRoles.of(user);
        if (!(roles.contains("ADMIN") || roles.contains("SALES") || roles.contains("SERVICE"))) {
            throw new NotAllowed();
        }
    }

    static final class NoSuchCustomer extends RuntimeException {
        NoSuchCustomer() {
            super("no such customer");
        }
    }

    static final class NotAllowed extends RuntimeException {
        NotAllowed() {
            super("not allowed");
        }
    }

}
