package io.dangol.crm.customer.web;

import io.dangol.crm.admin.AccessAction;
import io.dangol.crm.consent.RecordReconfirmationNotices;
import io.dangol.crm.customer.DataUpkeep;
import io.dangol.crm.customer.PrivacySettings;
import io.dangol.crm.customer.CustomerPageSettings;
import io.dangol.crm.shared.BusinessZone;
import io.dangol.crm.web.AccessTrail;
import io.dangol.crm.web.PageNumber;
import io.dangol.crm.web.StaffRoles;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import io.dangol.crm.shared.SpreadsheetFile;
import java.util.List;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Keeping data fresh and lawful: contact points gone stale, most valuable customers first (ADMIN, SALES, SERVICE);
 * marketing consents due for their two-yearly re-confirmation, exported for the notice and the notice recorded
 * (ADMIN, MARKETING); customers without activity for years, for review and erasure, and the purge of raw rejected
 * import rows ({@code RejectedRowsController}, ADMIN). Every list names its customers in the access log; the export is logged as one.
 */
@Controller
class UpkeepController {

    static final int PAGE = 50;

    private final DataUpkeep upkeep;
    private final RecordReconfirmationNotices notices;
    private final PrivacySettings privacy;
    private final CustomerPageSettings sales;
    private final AccessTrail accessTrail;
    private final MessageSource messages;
    private final BusinessZone zone;
    private final Clock clock;

    UpkeepController(DataUpkeep upkeep, RecordReconfirmationNotices notices, PrivacySettings privacy,
                     CustomerPageSettings sales, AccessTrail accessTrail, MessageSource messages, BusinessZone zone, Clock clock) {
        this.upkeep = upkeep;
        this.notices = notices;
        this.privacy = privacy;
        this.sales = sales;
        this.accessTrail = accessTrail;
        this.messages = messages;
        this.zone = zone;
        this.clock = clock;
    }

    private Instant ago(java.time.Period period) {
        return clock.instant().atZone(zone.zone()).minus(period).toInstant();
    }

    @GetMapping("/upkeep")
    String overview(Model model, Authentication user) {
        Set<String> roles = StaffRoles.of(user);
        model.addAttribute("canStale", roles.contains("ADMIN") || roles.contains("SALES") || roles.contains("SERVICE"));
        model.addAttribute("canReconfirm", roles.contains("ADMIN") || roles.contains("MARKETING"));
        model.addAttribute("canRetention", roles.contains("ADMIN"));
        model.addAttribute("staleAfter", sales.staleAfter().toTotalMonths());
        model.addAttribute("reconfirmAfter", privacy.reconfirmAfter().toTotalMonths());
        model.addAttribute("inactiveAfter", privacy.inactiveAfter().getYears());
        model.addAttribute("rejectedDays", privacy.rejectedRowsFor().getDays());
        return "customer/upkeep";
    }

    @GetMapping("/upkeep/stale")
    String stale(@RequestParam(defaultValue = "1") String page, Model model, Principal principal, HttpServletRequest request) {
        int number = PageNumber.parse(page, 100_000);
        DataUpkeep.Page<DataUpkeep.StalePoint> shown = upkeep.stalePoints(ago(sales.staleAfter()), (number - 1) * PAGE, PAGE);
        model.addAttribute("shown", shown);
        model.addAttribute("page", number);
        model.addAttribute("pages", pages(shown.total()));
        model.addAttribute("staleAfter", sales.staleAfter().toTotalMonths());
        model.addAttribute("retirements", java.util.Arrays.stream(io.dangol.crm.customer.ContactPointKind.values())
                .collect(java.util.stream.Collectors.toMap(kind -> kind, io.dangol.crm.customer.ContactPointRetirement::forKind)));
        log(request, principal, shown.rows().stream().map(DataUpkeep.StalePoint::customerId).toList(), "stale contact points (page " + number + ")");
        return "customer/stale";
    }

    @GetMapping("/upkeep/reconfirm")
    String reconfirm(@RequestParam(defaultValue = "1") String page, Model model, Principal principal, HttpServletRequest request) {
        int number = PageNumber.parse(page, 100_000);
        DataUpkeep.Page<DataUpkeep.DueReconfirmation> shown = upkeep.dueReconfirmations(ago(privacy.reconfirmAfter()),
                (number - 1) * PAGE, PAGE);
        model.addAttribute("shown", shown);
        model.addAttribute("page", number);
        model.addAttribute("pages", pages(shown.total()));
        model.addAttribute("reconfirmAfter", privacy.reconfirmAfter().toTotalMonths());
        log(request, principal, shown.rows().stream().map(DataUpkeep.DueReconfirmation::customerId).toList(),
                "marketing consents due for re-confirmation (page " + number + ")");
        return "customer/reconfirm";
    }

    /** The whole list as CSV for the notice: customer number, name, channels, granted — an export of each customer. */
    @GetMapping("/upkeep/reconfirm.csv")
    void reconfirmFile(@RequestParam(defaultValue = "") String reason, Principal principal, HttpServletRequest request,
                       HttpServletResponse response) throws IOException {
        Instant before = ago(privacy.reconfirmAfter());
        List<DataUpkeep.DueReconfirmation> all = new ArrayList<>();
        for (int offset = 0; ; offset += 10_000) {
            DataUpkeep.Page<DataUpkeep.DueReconfirmation> chunk = upkeep.dueReconfirmations(before, offset, 10_000);
            all.addAll(chunk.rows());
            if (chunk.rows().size() < 10_000) {
                break;
            }
        }
        if (!all.isEmpty()) {
            accessTrail.customers(request, principal.getName(), all.stream().map(DataUpkeep.DueReconfirmation::customerId).toList(),
                    AccessAction.EXPORT, "marketing consent re-confirmation list (" + all.size() + ")", reason);
        }
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"reconfirm-marketing-consent.csv\"");
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        var locale = LocaleContextHolder.getLocale();
        try (SpreadsheetFile csv = SpreadsheetFile.on(writer, true)) {
            csv.row(messages.getMessage("reconfirm.column.customer", null, locale),
                    messages.getMessage("reconfirm.column.name", null, locale),
                    messages.getMessage("reconfirm.column.channels", null, locale),
                    messages.getMessage("reconfirm.column.granted", null, locale));
            for (DataUpkeep.DueReconfirmation due : all) {
                csv.row(due.customerId(), due.name(), String.join("|", due.channels()),
                        due.grantedAt().atZone(zone.zone()).toLocalDate());
            }
        }
        writer.flush();
    }

    @PostMapping("/upkeep/reconfirm/sent")
    String noticesSent(Principal principal, RedirectAttributes redirect) {
        long recorded = notices.handle(privacy.reconfirmAfter(), zone.zone(), principal.getName());
        redirect.addFlashAttribute("recorded", recorded);
        return "redirect:/upkeep/reconfirm";
    }

    @GetMapping("/upkeep/retention")
    String retention(@RequestParam(defaultValue = "1") String page, Model model, Principal principal, HttpServletRequest request) {
        int number = PageNumber.parse(page, 100_000);
        DataUpkeep.Page<DataUpkeep.Inactive> shown = upkeep.inactive(ago(privacy.inactiveAfter()), (number - 1) * PAGE, PAGE);
        model.addAttribute("shown", shown);
        model.addAttribute("page", number);
        model.addAttribute("pages", pages(shown.total()));
        model.addAttribute("inactiveAfter", privacy.inactiveAfter().getYears());
        model.addAttribute("rejectedDays", privacy.rejectedRowsFor().getDays());
        log(request, principal, shown.rows().stream().map(DataUpkeep.Inactive::customerId).toList(), "inactive customers (page " + number + ")");
        return "customer/retention";
    }

    private void log(HttpServletRequest request, Principal principal, List<Long> ids, String what) {
        if (!ids.isEmpty()) {
            accessTrail.customers(request, principal.getName(), ids.stream().distinct().toList(), AccessAction.VIEW, what);
        }
    }

    private static long pages(long total) {
        return Math.max(1, (total + PAGE - 1) / PAGE);
    }
}
