package io.dangol.crm.segment.web;

import io.dangol.crm.web.AccessTrail;
import io.dangol.crm.admin.AccessAction;
import io.dangol.crm.consent.ConsentChannel;
import io.dangol.crm.consent.ConsentPurpose;
import io.dangol.crm.ladder.LadderStage;
import io.dangol.crm.segment.CustomerSegments;
import io.dangol.crm.segment.InvalidSegmentFilter;
import io.dangol.crm.segment.PredefinedSegment;
import io.dangol.crm.segment.SavedSegment;
import io.dangol.crm.segment.SegmentFilter;
import io.dangol.crm.segment.SegmentLibrary;
import io.dangol.crm.segment.SegmentMember;
import io.dangol.crm.segment.SegmentRefused;
import io.dangol.crm.segment.SegmentSort;
import io.dangol.crm.segment.SegmentSummary;
import io.dangol.crm.order.OrderChannel;
import io.dangol.crm.scoring.RfmSegment;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Segments: the predefined ones, the user's saved ones and the shared ones; the filter builder; and the customer
 * list of any segment, a page at a time. A list shows names (personal data), so each page viewed is written to the
 * access log; phones and e-mail addresses are masked on it.
 */
@Controller
class SegmentsController {

    static final String INDEX = "segment/segments";
    static final String LIST = "segment/segment";
    static final int PAGE_SIZE = 50;

    private final CustomerSegments segments;
    private final SegmentLibrary library;
    private final AccessTrail accessTrail;

    SegmentsController(CustomerSegments segments, SegmentLibrary library, AccessTrail accessTrail) {
        this.segments = segments;
        this.library = library;
        this.accessTrail = accessTrail;
    }

    @GetMapping("/segments")
    String showSegments(Model model, Principal principal) {
        model.addAttribute("predefined", PredefinedSegment.all());
        model.addAttribute("saved", library.visibleTo(principal.getName()));
        builder(model, SegmentFilter.EVERYONE);
        return INDEX;
    }

    @GetMapping("/segments/custom")
    String showCustom(@RequestParam MultiValueMap<String, String> parameters, Model model, Principal principal,
                      HttpServletRequest request, HttpServletResponse response) {
        SegmentFilter filter;
        try {
            filter = SegmentFilter.fromParameters(parameters);
        } catch (InvalidSegmentFilter e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("predefined", PredefinedSegment.all());
            model.addAttribute("saved", library.visibleTo(principal.getName()));
            model.addAttribute("filterError", e.field());
            model.addAttribute("filterErrorValue", e.value());
            model.addAttribute("filterErrors", e.problems());
            builder(model, SegmentFilter.EVERYONE);
            return INDEX;
        }
        return list("/segments/custom", filter.toQueryString(), filter, "custom", parameters, model, principal, request);
    }

    @GetMapping("/segments/saved/{id}")
    String showSaved(@PathVariable long id, @RequestParam MultiValueMap<String, String> parameters, Model model,
                     Principal principal, HttpServletRequest request) {
        SavedSegment saved = library.open(id, principal.getName());
        boolean mine = saved.owner().equals(principal.getName());
        model.addAttribute("savedSegment", saved);
        model.addAttribute("mine", mine);
        if (mine) {
            model.addAttribute("builderAction", "/segments/saved/" + id + "/edit");
        }
        return list("/segments/saved/" + id, "", saved.filter(), "saved " + id + " " + saved.name(), parameters, model,
                principal, request);
    }

    /** The owner's changed conditions for a saved segment, shown before they are saved over it. */
    @GetMapping("/segments/saved/{id}/edit")
    String editSaved(@PathVariable long id, @RequestParam MultiValueMap<String, String> parameters, Model model,
                     Principal principal, HttpServletRequest request, HttpServletResponse response) {
        SavedSegment saved = library.open(id, principal.getName());
        if (!saved.owner().equals(principal.getName())) {
            return "redirect:/segments/saved/" + id;
        }
        SegmentFilter filter;
        try {
            filter = SegmentFilter.fromParameters(parameters);
        } catch (InvalidSegmentFilter e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("filterError", e.field());
            model.addAttribute("filterErrorValue", e.value());
            model.addAttribute("filterErrors", e.problems());
            filter = saved.filter();
        }
        model.addAttribute("savedSegment", saved);
        model.addAttribute("mine", true);
        model.addAttribute("editing", saved);
        model.addAttribute("builderAction", "/segments/saved/" + id + "/edit");
        return list("/segments/saved/" + id + "/edit", filter.toQueryString(), filter, "saved " + id + " (editing)",
                parameters, model, principal, request);
    }

    @GetMapping("/segments/{key}")
    String showPredefined(@PathVariable String key, @RequestParam MultiValueMap<String, String> parameters, Model model,
                          Principal principal, HttpServletRequest request) {
        PredefinedSegment segment = PredefinedSegment.byKey(key).orElseThrow(() -> new SegmentRefused(SegmentRefused.Reason.NOT_FOUND));
        model.addAttribute("predefinedSegment", segment);
        return list("/segments/" + key, "", segment.filter(), key, parameters, model, principal, request);
    }

    @PostMapping("/segments/saved")
    String save(@RequestParam MultiValueMap<String, String> parameters, @RequestParam(defaultValue = "") String name,
                @RequestParam(defaultValue = "false") boolean shared, Principal principal, RedirectAttributes redirect) {
        SegmentFilter filter;
        try {
            filter = SegmentFilter.fromParameters(parameters);
        } catch (InvalidSegmentFilter e) {
            redirect.addFlashAttribute("filterError", e.field());
            redirect.addFlashAttribute("filterErrorValue", e.value());
            redirect.addFlashAttribute("filterErrors", e.problems());
            return "redirect:/segments";
        }
        try {
            SavedSegment saved = library.save(name, shared, filter, principal.getName());
            redirect.addFlashAttribute("notice", "segments.savedNotice");
            return "redirect:/segments/saved/" + saved.id();
        } catch (SegmentRefused e) {
            redirect.addFlashAttribute("segmentError", "segments.refused." + e.reason());
            redirect.addFlashAttribute("segmentName", name);
            String query = filter.toQueryString();
            return "redirect:/segments/custom" + (query.isEmpty() ? "" : "?" + query);
        }
    }

    @PostMapping("/segments/saved/{id}")
    String change(@PathVariable long id, @RequestParam MultiValueMap<String, String> parameters,
                  @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "false") boolean shared,
                  Principal principal, RedirectAttributes redirect) {
        SegmentFilter filter;
        try {
            filter = parameters.containsKey("keepFilter")
                    ? library.open(id, principal.getName()).filter() : SegmentFilter.fromParameters(parameters);
        } catch (InvalidSegmentFilter e) {
            redirect.addFlashAttribute("filterError", e.field());
            redirect.addFlashAttribute("filterErrorValue", e.value());
            redirect.addFlashAttribute("filterErrors", e.problems());
            return "redirect:/segments/saved/" + id;
        }
        try {
            library.change(id, name, shared, filter, principal.getName());
            redirect.addFlashAttribute("notice", "segments.changedNotice");
        } catch (SegmentRefused e) {
            if (e.reason() == SegmentRefused.Reason.NOT_FOUND) {
                throw e;
            }
            redirect.addFlashAttribute("segmentError", "segments.refused." + e.reason());
        }
        return "redirect:/segments/saved/" + id;
    }

    @PostMapping("/segments/saved/{id}/delete")
    String delete(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
        try {
            library.delete(id, principal.getName());
            redirect.addFlashAttribute("notice", "segments.deletedNotice");
            return "redirect:/segments";
        } catch (SegmentRefused e) {
            if (e.reason() == SegmentRefused.Reason.NOT_FOUND) {
                throw e;
            }
            redirect.addFlashAttribute("segmentError", "segments.refused." + e.reason());
            return "redirect:/segments/saved/" + id;
        }
    }

    private String list(String path, String filterQuery, SegmentFilter filter, String what,
                        MultiValueMap<String, String> parameters, Model model, Principal principal,
                        HttpServletRequest request) {
        SegmentSort sort = SegmentSort.parse(parameters.getFirst("sort")).orElse(SegmentSort.CLV);
        boolean descending = !"asc".equals(parameters.getFirst("dir"));
        int page = page(parameters.getFirst("page"));
        SegmentSummary summary = segments.summarize(filter);
        page = Math.min(page, SegmentListing.pages(summary.customers(), PAGE_SIZE));
        List<SegmentMember> members = segments.page(filter, sort, descending, page, PAGE_SIZE);
        model.addAttribute("listing", new SegmentListing(path, filterQuery, filter, summary, members, sort, descending, page,
                PAGE_SIZE));
        model.addAttribute("sorts", SegmentSort.values());
        builder(model, filter);
        accessTrail.customers(request, principal.getName(), members.stream().map(SegmentMember::customerId).toList(),
                AccessAction.VIEW, "segment " + what + " page " + page);
        return LIST;
    }

    private static int page(String text) {
        try {
            return text == null ? 1 : Math.max(1, Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** What the filter builder offers, and the filter it starts from. */
    static void builder(Model model, SegmentFilter filter) {
        model.addAttribute("filterParameters", filter.toParameters());
        model.addAttribute("stages", LadderStage.values());
        model.addAttribute("rfmSegments", RfmSegment.values());
        model.addAttribute("orderChannels", OrderChannel.values());
        model.addAttribute("consentChannels", ConsentChannel.values());
        model.addAttribute("consentPurposes", ConsentPurpose.values());
        model.addAttribute("scoreValues", List.of(1, 2, 3, 4, 5));
    }
}
