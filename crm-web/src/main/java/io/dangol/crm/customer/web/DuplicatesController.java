package io.dangol.crm.customer.web;

import io.dangol.crm.admin.AccessAction;
import io.dangol.crm.customer.CustomerMerges;
import io.dangol.crm.customer.DuplicatePair;
import io.dangol.crm.customer.DuplicateSearch;
import io.dangol.crm.customer.FindDuplicates;
import io.dangol.crm.customer.MergeCustomers;
import io.dangol.crm.customer.MergeCustomers.Keep;
import io.dangol.crm.customer.MergeRecord;
import io.dangol.crm.customer.TellApart;
import io.dangol.crm.customer.UndoMerge;
import io.dangol.crm.shared.Codes;
import io.dangol.crm.shared.CustomerId;
import io.dangol.crm.web.AccessTrail;
import io.dangol.crm.web.PageNumber;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One person, one record (ADMIN, SERVICE): the pairs the duplicate job proposes, a side-by-side review with a dry run
 * of what a merge moves, the merge itself, "not the same person", and the merges of the last 30 days with their undo.
 * Every list and review is written to the access log naming the customers shown.
 */
@Controller
class DuplicatesController {

    static final String QUEUE = "customer/duplicates";
    static final String REVIEW = "customer/merge";
    static final String MERGES = "customer/merges";
    static final int PAGE = 50;

    private final DuplicateSearch search;
    private final FindDuplicates findDuplicates;
    private final MergeCustomers merge;
    private final TellApart tellApart;
    private final UndoMerge undo;
    private final CustomerMerges merges;
    private final AccessTrail accessTrail;
    private final Clock clock;

    DuplicatesController(DuplicateSearch search, FindDuplicates findDuplicates, MergeCustomers merge, TellApart tellApart,
                         UndoMerge undo, CustomerMerges merges, AccessTrail accessTrail, Clock clock) {
        this.search = search;
        this.findDuplicates = findDuplicates;
        this.merge = merge;
        this.tellApart = tellApart;
        this.undo = undo;
        this.merges = merges;
        this.accessTrail = accessTrail;
        this.clock = clock;
    }

    @GetMapping("/duplicates")
    String queue(@RequestParam(defaultValue = "1") String page, Model model, Principal principal, HttpServletRequest request) {
        int number = PageNumber.parse(page, 100_000);
        DuplicateSearch.Summary summary = search.summary();
        List<DuplicatePair> pairs = search.proposed((number - 1) * PAGE, PAGE);
        model.addAttribute("summary", summary);
        model.addAttribute("pairs", pairs);
        model.addAttribute("page", number);
        model.addAttribute("pages", Math.max(1, (summary.pairs() + PAGE - 1) / PAGE));
        List<Long> shown = pairs.stream().flatMap(p -> Stream.of(p.first().id().value(), p.second().id().value())).distinct().toList();
        if (!shown.isEmpty()) {
            accessTrail.customers(request, principal.getName(), shown, AccessAction.VIEW, "duplicate pairs (page " + number + ")");
        }
        return QUEUE;
    }

    @PostMapping("/duplicates/run")
    String run(RedirectAttributes redirect) {
        FindDuplicates.Result result = findDuplicates.run();
        redirect.addFlashAttribute("found", result.pairs());
        redirect.addFlashAttribute("took", String.format("%.1f", result.took().toMillis() / 1000.0));
        return "redirect:/duplicates";
    }

    @GetMapping("/duplicates/review")
    String review(@RequestParam(defaultValue = "0") long survivor, @RequestParam(defaultValue = "0") long merged,
                  @RequestParam(defaultValue = "SURVIVOR") String name, @RequestParam(defaultValue = "SURVIVOR") String kind,
                  Model model, Principal principal, HttpServletRequest request, RedirectAttributes redirect) {
        Optional<MergeCustomers.Preview> preview = survivor <= 0 || merged <= 0 ? Optional.empty()
                : merge.preview(CustomerId.of(survivor), CustomerId.of(merged), keep(name), keep(kind));
        if (preview.isEmpty()) {
            redirect.addFlashAttribute("problem", "merge.refused.UNKNOWN_CUSTOMER");
            return "redirect:/duplicates";
        }
        model.addAttribute("preview", preview.get());
        model.addAttribute("name", keep(name).name());
        model.addAttribute("kind", keep(kind).name());
        accessTrail.customers(request, principal.getName(), List.of(survivor, merged), AccessAction.VIEW, "merge review");
        return REVIEW;
    }

    @PostMapping("/duplicates/merge")
    String merge(@RequestParam(defaultValue = "0") long survivor, @RequestParam(defaultValue = "0") long merged,
                 @RequestParam(defaultValue = "SURVIVOR") String name, @RequestParam(defaultValue = "SURVIVOR") String kind,
                 @RequestParam(defaultValue = "") String reason, Principal principal, HttpServletRequest request,
                 Model model, RedirectAttributes redirect) {
        if (survivor <= 0 || merged <= 0) {
            redirect.addFlashAttribute("problem", "merge.refused.UNKNOWN_CUSTOMER");
            return "redirect:/duplicates";
        }
        MergeCustomers.Result result = merge.handle(new MergeCustomers.Command(CustomerId.of(survivor), CustomerId.of(merged),
                keep(name), keep(kind), reason, principal.getName()));
        if (result.refused().isPresent()) {
            Optional<MergeCustomers.Preview> preview = merge.preview(CustomerId.of(survivor), CustomerId.of(merged), keep(name), keep(kind));
            if (preview.isEmpty()) {
                redirect.addFlashAttribute("problem", "merge.refused." + result.refused().get());
                return "redirect:/duplicates";
            }
            model.addAttribute("preview", preview.get());
            model.addAttribute("name", keep(name).name());
            model.addAttribute("kind", keep(kind).name());
            model.addAttribute("reason", reason);
            model.addAttribute("problem", "merge.refused." + result.refused().get());
            return REVIEW;
        }
        accessTrail.customers(request, principal.getName(), List.of(survivor, merged), AccessAction.EDIT,
                "merged customer " + merged + " into " + survivor + " (merge " + result.merge().get() + ")");
        redirect.addFlashAttribute("merged", result.merge().get());
        return "redirect:/customers/" + survivor;
    }

    @PostMapping("/duplicates/apart")
    String apart(@RequestParam(defaultValue = "0") long first, @RequestParam(defaultValue = "0") long second,
                 Principal principal, HttpServletRequest request, RedirectAttributes redirect) {
        boolean done = first > 0 && second > 0 && tellApart.handle(CustomerId.of(first), CustomerId.of(second), principal.getName());
        if (done) {
            accessTrail.customers(request, principal.getName(), List.of(first, second), AccessAction.EDIT, "not the same person");
        }
        redirect.addFlashAttribute(done ? "notice" : "problem", done ? "duplicates.toldApart" : "merge.refused.UNKNOWN_CUSTOMER");
        return "redirect:/duplicates";
    }

    @GetMapping("/duplicates/merges")
    String recent(Model model, Principal principal, HttpServletRequest request) {
        List<MergeRecord> recent = merges.recent(PAGE);
        model.addAttribute("merges", recent);
        model.addAttribute("undoUntil", clock.instant().minus(UndoMerge.WITHIN));
        List<Long> shown = recent.stream().flatMap(m -> Stream.of(m.survivor().value(), m.merged().value())).distinct().toList();
        if (!shown.isEmpty()) {
            accessTrail.customers(request, principal.getName(), shown, AccessAction.VIEW, "recent merges");
        }
        return MERGES;
    }

    @PostMapping("/duplicates/merges/{id}/undo")
    String undo(@PathVariable long id, Principal principal, HttpServletRequest request, RedirectAttributes redirect) {
        UndoMerge.Outcome outcome = undo.handle(id, principal.getName());
        if (outcome == UndoMerge.Outcome.UNDONE) {
            merges.find(id).ifPresent(m -> accessTrail.customers(request, principal.getName(),
                    List.of(m.survivor().value(), m.merged().value()), AccessAction.EDIT, "merge " + id + " undone"));
        }
        redirect.addFlashAttribute(outcome == UndoMerge.Outcome.UNDONE ? "notice" : "problem", "merge.undo." + outcome);
        return "redirect:/duplicates/merges";
    }

    private static Keep keep(String value) {
        return Codes.parse(Keep.class, value).orElse(Keep.SURVIVOR);
    }
}
