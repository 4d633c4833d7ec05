package io.dangol.crm.admin.web;

import io.dangol.crm.admin.AccessAction;
import io.dangol.crm.admin.AccessLogEntry;
import io.dangol.crm.admin.AccessLogFilter;
import io.dangol.crm.admin.AccessLogReview;
import io.dangol.crm.admin.ChainCheck;
import io.dangol.crm.admin.ReviewAccessLog;
import io.dangol.crm.shared.BusinessZone;
import io.dangol.crm.shared.CustomerId;
import io.dangol.crm.web.PageNumber;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admin page "Access log": entries by user, customer, action and period ("who saw customer X?"), the hash chain
 * verified on demand, and the monthly review — each user's figures, the alerts, and the record of who reviewed which
 * month. The log shows customers by id only: reading it is not itself a view of personal data.
 */
@Controller
@RequestMapping("/admin/access-log")
class AccessLogController {

    static final String VIEW = "admin/access-log";
    static final int PAGE_SIZE = 100;
    private static final int LAST_PAGE = 1000;
    private static final int DEFAULT_DAYS = 30;
    private static final int REVIEWS_SHOWN = 24;

    private final AccessLogReview log;
    private final ReviewAccessLog review;
    private final BusinessZone zone;
    private final Clock clock;
    private final AccessLogWording wording;

    AccessLogController(AccessLogReview log, ReviewAccessLog review, BusinessZone zone, Clock clock,
                        org.springframework.context.MessageSource messages) {
        this.log = log;
        this.review = review;
        this.zone = zone;
        this.clock = clock;
        this.wording = new AccessLogWording(messages);
    }

    /** An entry as the page shows it: its description in the reader's language. */
    record Row(AccessLogEntry entry, String what) {
    }

    /** The filter as typed, kept to fill the form again, and what was wrong with it (message keys). */
    record FilterForm(String user, String customer, String action, String from, String to) {
    }

    @GetMapping
    String showLog(@RequestParam(defaultValue = "") String user, @RequestParam(defaultValue = "") String customer,
                   @RequestParam(defaultValue = "") String action, @RequestParam(defaultValue = "") String from,
                   @RequestParam(defaultValue = "") String to, @RequestParam(defaultValue = "1") String page,
                   @RequestParam(defaultValue = "") String month, Model model, Locale locale) {
        LocalDate today = zone.today(clock);
        List<String> problems = new ArrayList<>();
        Optional<CustomerId> customerId = Optional.empty();
        if (!customer.isBlank()) {
            try {
                customerId = Optional.of(CustomerId.of(Long.parseLong(customer.strip())));
            } catch (IllegalArgumentException e) {
                problems.add("accesslog.filter.badCustomer");
            }
        }
        Optional<AccessAction> actionFilter = Optional.empty();
        if (!action.isBlank()) {
            try {
                actionFilter = Optional.of(AccessAction.valueOf(action.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                problems.add("accesslog.filter.badAction");
            }
        }
        LocalDate fromDay = date(from, today.minusDays(DEFAULT_DAYS - 1), problems);
        LocalDate toDay = date(to, today, problems);
        if (fromDay.isAfter(toDay)) {
            problems.add("accesslog.filter.fromAfterTo");
            LocalDate swap = fromDay;
            fromDay = toDay;
            toDay = swap;
        }
        int number = PageNumber.parse(page, LAST_PAGE);
        AccessLogFilter filter = new AccessLogFilter(Optional.of(user), customerId, actionFilter,
                fromDay.atStartOfDay(zone.zone()).toInstant(), toDay.plusDays(1).atStartOfDay(zone.zone()).toInstant());
        List<AccessLogEntry> rows = problems.isEmpty()
                ? log.entries(filter, (number - 1) * PAGE_SIZE, PAGE_SIZE + 1) : List.of();
        model.addAttribute("filter", new FilterForm(user.strip(), customer.strip(), actionFilter.map(Enum::name).orElse(""),
                fromDay.toString(), toDay.toString()));
        model.addAttribute("problems", problems);
        model.addAttribute("entries", rows.subList(0, Math.min(rows.size(), PAGE_SIZE)).stream()
                .map(entry -> new Row(entry, wording.say(entry.what(), locale))).toList());
        model.addAttribute("page", number);
        model.addAttribute("hasNext", rows.size() > PAGE_SIZE && number < LAST_PAGE);
        model.addAttribute("actions", AccessAction.values());

        YearMonth current = YearMonth.from(today);
        YearMonth shown = month(month, current.minusMonths(1), current);
        model.addAttribute("month", review.month(shown));
        model.addAttribute("months", recentMonths(current));
        model.addAttribute("reviewable", shown.isBefore(current));
        List<io.dangol.crm.admin.MonthlyReview> reviews = log.reviews(REVIEWS_SHOWN);
        model.addAttribute("reviews", reviews);
        model.addAttribute("reviewed", reviews.stream().filter(r -> r.month().equals(shown)).findFirst().orElse(null));
        model.addAttribute("noteLimit", ReviewAccessLog.NOTE_LIMIT);
        return VIEW;
    }

    @PostMapping("/verify")
    String processVerification(RedirectAttributes redirect) {
        ChainCheck check = log.verifyChain();
        redirect.addFlashAttribute("chain", check);
        return "redirect:/admin/access-log";
    }

    @PostMapping("/reviews")
    String processReview(@RequestParam(defaultValue = "") String month, @RequestParam(defaultValue = "") String note,
                         Principal principal, RedirectAttributes redirect) {
        YearMonth current = YearMonth.from(zone.today(clock));
        Optional<YearMonth> which = parseMonth(month);
        if (which.isEmpty()) {
            redirect.addFlashAttribute("problem", "accesslog.review.refused.notOver");
            return "redirect:/admin/access-log";
        }
        ReviewAccessLog.Result result = review.handle(new ReviewAccessLog.Command(principal.getName(), which.get(), note));
        result.refusal().ifPresent(code -> {
            redirect.addFlashAttribute("problem", code);
            redirect.addFlashAttribute("typedNote", note);
        });
        result.review().ifPresent(done -> redirect.addFlashAttribute("message", "accesslog.review.recorded"));
        redirect.addAttribute("month", which.get().isBefore(current) ? which.get().toString() : "");
        return "redirect:/admin/access-log";
    }

    private static LocalDate date(String typed, LocalDate otherwise, List<String> problems) {
        if (typed.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            problems.add("accesslog.filter.badDate");
            return otherwise;
        }
    }

    private static YearMonth month(String typed, YearMonth otherwise, YearMonth current) {
        return parseMonth(typed).filter(m -> !m.isAfter(current)).orElse(otherwise);
    }

    private static Optional<YearMonth> parseMonth(String typed) {
        try {
            return Optional.of(YearMonth.parse(typed.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static List<YearMonth> recentMonths(YearMonth current) {
        List<YearMonth> months = new ArrayList<>();
        for (int back = 0; back < 13; back++) {
            months.add(current.minusMonths(back));
        }
        return months;
    }
}
