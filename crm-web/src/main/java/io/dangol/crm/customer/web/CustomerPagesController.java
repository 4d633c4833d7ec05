package io.dangol.crm.customer.web;

import io.dangol.crm.web.AccessTrail;
import io.dangol.crm.web.PageNumber;
import io.dangol.crm.web.PageShell;
import io.dangol.crm.admin.AccessAction;
import io.dangol.crm.consent.ConsentChannel;
import io.dangol.crm.consent.ConsentPurpose;
import io.dangol.crm.consent.ConsentSource;
import io.dangol.crm.consent.ConsentStatus;
import io.dangol.crm.consent.ConsentChange;
import io.dangol.crm.consent.RecordConsent;
import io.dangol.crm.customer.AddContactPoint;
import io.dangol.crm.customer.CorrectContactPoint;
import io.dangol.crm.customer.EditCustomer;
import io.dangol.crm.customer.RetireContactPoint;
import io.dangol.crm.customer.SetCustomerDay;
import io.dangol.crm.customer.ContactPointRetirement;
import io.dangol.crm.customer.VerifyContactPoint;
import io.dangol.crm.shared.CustomerId;
import io.dangol.crm.shared.CustomerNotFound;
import io.dangol.crm.customer.ContactPointKind;
import io.dangol.crm.contact.ContactDraft;
import io.dangol.crm.customer.CustomerFile;
import io.dangol.crm.customer.CustomerFiles;
import io.dangol.crm.customer.CustomerQuery;
import io.dangol.crm.customer.CustomerSearch;
import io.dangol.crm.customer.FoundCustomer;
import io.dangol.crm.customer.SearchResults;
import io.dangol.crm.customer.CustomerPageSettings;
import io.dangol.crm.customer.Timeline;
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

    static final String SEARCH = "customer/search";
    static final String PAGE = "customer/customer";
    static final int RESULTS = 20;
    static final int TIMELINE_SIZE = 20;
    static final int RECOMMENDED = 5;

    private final CustomerSearch search;
    private final CustomerFiles files;
    private final RecordConsent recordConsent;
    private final VerifyContactPoint verifyPoint;
    private final CorrectContactPoint correctPoint;
    private final EditCustomer editCustomer;
    private final AddContactPoint addPoint;
    private final RetireContactPoint retirePoint;
    private final SetCustomerDay setDay;
    private final Timeline timeline;
    private final io.dangol.crm.customer.Recommendations recommendations;
    private final AccessTrail accessTrail;
    private final io.dangol.crm.customer.CustomerMerges merges;
    private final CustomerPageSettings settings;
    private final io.dangol.crm.servicecase.CaseQueue cases;
    private final BusinessZone zone;
    private final Clock clock;

    CustomerPagesController(CustomerSearch search, CustomerFiles files, RecordConsent recordConsent,
                            VerifyContactPoint verifyPoint, CorrectContactPoint correctPoint, EditCustomer editCustomer,
                            AddContactPoint addPoint, RetireContactPoint retirePoint, SetCustomerDay setDay, Timeline timeline,
                            io.dangol.crm.customer.Recommendations recommendations, AccessTrail accessTrail,
                            io.dangol.crm.customer.CustomerMerges merges, CustomerPageSettings settings,
                            io.dangol.crm.servicecase.CaseQueue cases, BusinessZone zone, Clock clock) {
        this.cases = cases;
        this.merges = merges;
        this.search = search;
        this.files = files;
        this.recordConsent = recordConsent;
        this.verifyPoint = verifyPoint;
        this.correctPoint = correctPoint;
        this.editCustomer = editCustomer;
        this.addPoint = addPoint;
        this.retirePoint = retirePoint;
        this.setDay = setDay;
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
    String find(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") String page, Model model,
                Authentication principal, HttpServletRequest request,
                @RequestHeader(value = "HX-Request", required = false) String htmx) {
        List<CustomerQuery.Problem> problems = new ArrayList<>();
        Optional<CustomerQuery> query = CustomerQuery.parse(q, problems::add);
        model.addAttribute("q", q);
        if (query.isEmpty()) {
            model.addAttribute("problem", "search.problem." + problems.get(0));
        } else if (query.get().needsWholeContactPoints() && !seesWholeContactPoints(StaffRoles.of(principal))) {
            model.addAttribute("problem", "search.refused.contactPoint");
            accessTrail.many(request, principal.getName(), AccessAction.VIEW, "customer search by "
                    + query.get().kind().name().toLowerCase() + " refused (contact points masked for this role)");
        } else {
            SearchResults results = search.find(query.get(), PageNumber.parse(page, 10_000), RESULTS);
            model.addAttribute("results", results);
            List<Long> shown = results.customers().stream().map(FoundCustomer::id).toList();
            String what = "customer search by " + query.get().kind().name().toLowerCase() + " (page " + results.page()
                    + ", " + shown.size() + " shown)";
            if (shown.isEmpty()) {
                accessTrail.many(request, principal.getName(), AccessAction.VIEW, what);
            } else {
                accessTrail.customers(request, principal.getName(), shown, AccessAction.VIEW, what);
            }
        }
        return htmx != null ? SEARCH + " :: results" : SEARCH;
    }

    @GetMapping("/customers/{id}")
    String showCustomer(@PathVariable long id, @RequestParam(defaultValue = "1") int timelinePage, Model model,
                        Authentication user, HttpServletRequest request, RedirectAttributes redirect) {
        Optional<CustomerFile> opened = files.open(CustomerId.requested(id));
        if (opened.isEmpty()) {
            Optional<CustomerId> survivor = merges.mergedInto(CustomerId.requested(id));
            if (survivor.isPresent()) {
                redirect.addFlashAttribute("notice", "customer.mergedInto");
                return "redirect:/customers/" + survivor.get().value();
            }
            throw new CustomerNotFound(CustomerId.requested(id));
        }
        CustomerFile file = opened.get();
        Set<String> roles = StaffRoles.of(user);
        boolean whole = seesWholeContactPoints(roles);
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
                ? recommendations.forCustomer(CustomerId.requested(id), now.minus(java.time.Duration.ofDays(settings.recentPurchaseDays())), RECOMMENDED)
                : List.of());
        model.addAttribute("momentDays", settings.momentDays());
        model.addAttribute("customerId", id);
        model.addAttribute("timeline", timeline.page(CustomerId.requested(id), timelinePage, TIMELINE_SIZE));
        model.addAttribute("canLog", roles.contains("SALES") || roles.contains("SERVICE"));
        model.addAttribute("canEdit", whole);
        model.addAttribute("days", java.util.Map.of(
                "BIRTHDAY", dayText(file, io.dangol.crm.customer.EventKind.BIRTHDAY),
                "WEDDING_ANNIVERSARY", dayText(file, io.dangol.crm.customer.EventKind.WEDDING_ANNIVERSARY)));
        model.addAttribute("canExport", roles.contains("ADMIN") || roles.contains("SERVICE"));
        model.addAttribute("canOpenCase", roles.contains("ADMIN") || roles.contains("SERVICE"));
        model.addAttribute("openCases", cases.activeFor(CustomerId.requested(id), now));
        model.addAttribute("canErase", roles.contains("ADMIN"));
        model.addAttribute("customerKinds", io.dangol.crm.customer.CustomerKind.values());
        model.addAttribute("pointKinds", ContactPointKind.values());
        model.addAttribute("retirements", java.util.Arrays.stream(ContactPointKind.values()).collect(java.util.stream.Collectors.toMap(
                kind -> kind, ContactPointRetirement::forKind)));
        ContactLoggingController.form(model, ContactDraft.EMPTY, java.util.Map.of(), roles);
        model.addAttribute("consentChannels", ConsentChannel.values());
        model.addAttribute("consentPurposes", ConsentPurpose.values());
        model.addAttribute("consentSources", ConsentSource.values());
        accessTrail.customer(request, user.getName(), id, AccessAction.VIEW, "customer page" + (whole ? "" : " (contact points masked)"));
        return PAGE;
    }

    @GetMapping("/customers/{id}/timeline")
    String timelinePage(@PathVariable long id, @RequestParam(defaultValue = "1") int page, Model model,
                        Authentication user, HttpServletRequest request) {
        if (!files.exists(CustomerId.requested(id))) {
            throw new CustomerNotFound(CustomerId.requested(id));
        }
        model.addAttribute("customerId", id);
        model.addAttribute("timeline", timeline.page(CustomerId.requested(id), page, TIMELINE_SIZE));
        // orders, notes, feedback and referral partners' names: personal data, like the page it belongs to
        accessTrail.customer(request, user.getName(), id, AccessAction.VIEW, "customer timeline page " + page);
        return PAGE + " :: timeline";
    }

    @PostMapping("/customers/{id}/consents")
    String recordConsent(@PathVariable long id, @RequestParam(defaultValue = "") String channel,
                         @RequestParam(defaultValue = "") String purpose, @RequestParam(defaultValue = "") String status,
                         @RequestParam(defaultValue = "") String source, @RequestParam(defaultValue = "") String note,
                         Authentication user, HttpServletRequest request, RedirectAttributes redirect) {
        requireEditor(user);
        Optional<ConsentChange> recorded = recordConsent.handle(new RecordConsent.Command(CustomerId.requested(id), channel, purpose,
                status, source, note, user.getName()));
        if (recorded.isEmpty()) {
            redirect.addFlashAttribute("consentError", "customer.consent.error");
            return "redirect:/customers/" + id + "#consents";
        }
        ConsentChange change = recorded.get();
        accessTrail.customer(request, user.getName(), id, AccessAction.EDIT,
                "consent " + change.channel() + "/" + change.purpose() + " " + change.status());
        redirect.addFlashAttribute("notice", "customer.consent.saved");
        return "redirect:/customers/" + id + "#consents";
    }

    /** Name, person or company, tags: each change recorded before → after and shown on the timeline. */
    @PostMapping("/customers/{id}/profile")
    String editProfile(@PathVariable long id, @RequestParam(defaultValue = "") String name,
                       @RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String tags,
                       Authentication user, HttpServletRequest request, RedirectAttributes redirect) {
        requireEditor(user);
        EditCustomer.Result result = editCustomer.handle(new EditCustomer.Command(CustomerId.requested(id), name, kind, tags,
                user.getName()));
        if (!result.saved()) {
            redirect.addFlashAttribute("profileErrors", result.errors());
            redirect.addFlashAttribute("profileName", name);
            redirect.addFlashAttribute("profileKind", kind);
            redirect.addFlashAttribute("profileTags", tags);
            return "redirect:/customers/" + id + "#profile";
        }
        if (!result.changes().isEmpty()) {
            accessTrail.customer(request, user.getName(), id, AccessAction.EDIT, "profile changed: " + result.changes().stream()
                    .map(change -> change.field().name().toLowerCase()).collect(java.util.stream.Collectors.joining(", ")));
        }
        redirect.addFlashAttribute("notice", result.changes().isEmpty() ? "customer.profile.unchanged" : "customer.profile.saved");
        return "redirect:/customers/" + id;
    }

    /** A birthday or wedding anniversary set, corrected or removed (an empty date removes it). */
    @PostMapping("/customers/{id}/days")
    String setDay(@PathVariable long id, @RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String date,
                  Authentication user, HttpServletRequest request, RedirectAttributes redirect) {
        requireEditor(user);
        SetCustomerDay.Outcome outcome = setDay.handle(new SetCustomerDay.Command(CustomerId.requested(id), kind, date, user.getName()));
        if (outcome == SetCustomerDay.Outcome.SAVED) {
            accessTrail.customer(request, user.getName(), id, AccessAction.EDIT, "day changed: " + kind.toLowerCase());
        }
        boolean fine = outcome == SetCustomerDay.Outcome.SAVED || outcome == SetCustomerDay.Outcome.UNCHANGED;
        redirect.addFlashAttribute(fine ? "notice" : "problem", "customer.day." + outcome);
        if (!fine) {
            redirect.addFlashAttribute("dayTyped", date);
        }
        return "redirect:/customers/" + id + "#profile";
    }

    /** A phone, e-mail or address the customer gives: checked, verified now, recorded on the timeline. */
    @PostMapping("/customers/{id}/points")
    String addPoint(@PathVariable long id, @RequestParam(defaultValue = "") String kind,
                    @RequestParam(defaultValue = "") String value, Authentication user, HttpServletRequest request,
                    RedirectAttributes redirect) {
        requireEditor(user);
        AddContactPoint.Result result = addPoint.handle(new AddContactPoint.Command(CustomerId.requested(id), kind, value,
                user.getName()));
        if (!result.added()) {
            redirect.addFlashAttribute("pointError", result.problem().get());
            redirect.addFlashAttribute("pointValue", value);
            redirect.addFlashAttribute("newPointKind", kind);
            return "redirect:/customers/" + id + "#contact-points";
        }
        accessTrail.customer(request, user.getName(), id, AccessAction.EDIT, "contact point added");
        redirect.addFlashAttribute("notice", "customer.point.added");
        return "redirect:/customers/" + id + "#contact-points";
    }

    @PostMapping("/customers/{id}/points/{pointId}/verify")
    String verify(@PathVariable long id, @PathVariable long pointId, @RequestParam(defaultValue = "") String back,
                  Authentication user, HttpServletRequest request, RedirectAttributes redirect) {
        requireEditor(user);
        verifyPoint.handle(new VerifyContactPoint.Command(CustomerId.requested(id), pointId));
        accessTrail.customer(request, user.getName(), id, AccessAction.EDIT, "contact point " + pointId + " verified");
        redirect.addFlashAttribute("notice", "customer.point.verified");
        return "upkeep".equals(back) ? "redirect:/upkeep/stale" : "redirect:/customers/" + id + "#contact-points";
    }

    @PostMapping("/customers/{id}/points/{pointId}/retire")
    String retire(@PathVariable long id, @PathVariable long pointId, @RequestParam(defaultValue = "") String reason,
                  @RequestParam(defaultValue = "") String back, Authentication user, HttpServletRequest request,
                  RedirectAttributes redirect) {
        requireEditor(user);
        RetireContactPoint.Outcome outcome = retirePoint.handle(new RetireContactPoint.Command(CustomerId.requested(id),
                pointId, reason, user.getName()));
        if (outcome == RetireContactPoint.Outcome.RETIRED) {
            accessTrail.customer(request, user.getName(), id, AccessAction.EDIT, "contact point " + pointId + " retired (" + reason + ")");
        }
        redirect.addFlashAttribute(outcome == RetireContactPoint.Outcome.RETIRED ? "notice" : "problem", "customer.retire." + outcome);
        return "upkeep".equals(back) ? "redirect:/upkeep/stale" : "redirect:/customers/" + id + "#contact-points";
    }

    @PostMapping("/customers/{id}/points/{pointId}")
    String correct(@PathVariable long id, @PathVariable long pointId, @RequestParam(defaultValue = "") String value,
                   Authentication user, HttpServletRequest request, RedirectAttributes redirect) {
        requireEditor(user);
        CorrectContactPoint.Result result = correctPoint.handle(new CorrectContactPoint.Command(CustomerId.requested(id), pointId, value,
                user.getName()));
        if (!result.corrected()) {
            redirect.addFlashAttribute("pointError", result.problem().get());
            redirect.addFlashAttribute("pointErrorId", pointId);
            redirect.addFlashAttribute("pointValue", value);
            return "redirect:/customers/" + id + "#contact-points";
        }
        accessTrail.customer(request, user.getName(), id, AccessAction.EDIT, "contact point " + pointId + " corrected");
        redirect.addFlashAttribute("notice", "customer.point.corrected");
        return "redirect:/customers/" + id + "#contact-points";
    }

    @ExceptionHandler(NotAllowed.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String notAllowed(Model model, Authentication authentication,
                  HttpServletRequest request) {
        return PageShell.page("error/403", model, authentication, request);
    }

    /** A contact point as the page shows it. */
    record PointView(long id, ContactPointKind kind, String value, Optional<Instant> verifiedAt, boolean stale) { }

    private static String dayText(CustomerFile file, io.dangol.crm.customer.EventKind kind) {
        return file.events().stream().filter(e -> e.kind() == kind).findFirst()
                .map(e -> new SetCustomerDay.Day(java.time.MonthDay.of(e.month(), e.day()), e.year()).text()).orElse("");
    }

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

    static void requireEditor(Authentication user) {
        Set<String> roles = StaffRoles.of(user);
        if (!(roles.contains("ADMIN") || roles.contains("SALES") || roles.contains("SERVICE"))) {
            throw new NotAllowed();
        }
    }

    static final class NotAllowed extends RuntimeException {
        NotAllowed() {
            super("not allowed");
        }
    }


    /** The roles that serve the customer see phones and e-mails whole; marketing sees them masked. */
    static boolean seesWholeContactPoints(Set<String> roles) {
        return roles.contains("ADMIN") || roles.contains("SALES") || roles.contains("SERVICE");
    }
}
