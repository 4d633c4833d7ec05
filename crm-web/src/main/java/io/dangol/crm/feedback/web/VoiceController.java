package io.dangol.crm.feedback.web;

import io.dangol.crm.admin.AccessAction;
import io.dangol.crm.admin.AppUser;
import io.dangol.crm.admin.Role;
import io.dangol.crm.admin.StaffDirectory;
import io.dangol.crm.admin.UserId;
import io.dangol.crm.contact.Department;
import io.dangol.crm.feedback.FeedbackChannel;
import io.dangol.crm.feedback.FeedbackStatus;
import io.dangol.crm.feedback.RecordVoice;
import io.dangol.crm.feedback.Sentiment;
import io.dangol.crm.feedback.ShapeThemes;
import io.dangol.crm.feedback.ThemeStatus;
import io.dangol.crm.feedback.ThemeSuggestions;
import io.dangol.crm.feedback.VoiceCategory;
import io.dangol.crm.feedback.VoiceDraft;
import io.dangol.crm.feedback.VoiceNotFound;
import io.dangol.crm.feedback.VoiceQueue;
import io.dangol.crm.feedback.WorkVoice;
import io.dangol.crm.shared.Codes;
import io.dangol.crm.web.AccessTrail;
import io.dangol.crm.web.PageNumber;
import io.dangol.crm.web.StaffRoles;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The voice-of-the-customer inbox (service and marketing staff, admins): every channel's messages with suggested
 * sentiment and category, a one-click correction, linking to a customer, assignment, the answer (logged on the
 * customer's timeline), resolution; themes that close the loop, which every member of staff can read; and the
 * dashboard. The use cases own the rules; pages that show customers' messages log whom they showed.
 */
@Controller
class VoiceController {

    static final int PAGE_SIZE = 30;
    static final Duration THEME_WINDOW = Duration.ofDays(90);
    static final Duration DASHBOARD_WINDOW = Duration.ofDays(7 * 12);

    private final VoiceQueue queue;
    private final RecordVoice recordVoice;
    private final WorkVoice workVoice;
    private final ShapeThemes themes;
    private final StaffDirectory staff;
    private final AccessTrail accessTrail;
    private final Clock clock;

    VoiceController(VoiceQueue queue, RecordVoice recordVoice, WorkVoice workVoice, ShapeThemes themes, StaffDirectory staff,
                    AccessTrail accessTrail, Clock clock) {
        this.queue = queue;
        this.recordVoice = recordVoice;
        this.workVoice = workVoice;
        this.themes = themes;
        this.staff = staff;
        this.accessTrail = accessTrail;
        this.clock = clock;
    }

    @GetMapping("/voice")
    String inbox(@RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "") String channel,
                 @RequestParam(defaultValue = "") String sentiment, @RequestParam(defaultValue = "") String category,
                 @RequestParam(defaultValue = "") String unlinked, @RequestParam(defaultValue = "") String flagged,
                 @RequestParam(defaultValue = "") String mine, @RequestParam(defaultValue = "1") String page,
                 Model model, Authentication user, HttpServletRequest request) {
        Optional<FeedbackStatus> chosen = Codes.parse(FeedbackStatus.class, status);
        boolean all = "ALL".equals(status);
        Optional<Long> me = "true".equals(mine)
                ? Optional.of(staff.findByUsername(user.getName()).flatMap(AppUser::id).map(UserId::value).orElse(-1L))
                : Optional.empty();
        VoiceQueue.Filter filter = new VoiceQueue.Filter(chosen.isEmpty() && !all, chosen,
                Codes.parse(FeedbackChannel.class, channel), Codes.parse(Sentiment.class, sentiment),
                Codes.parse(VoiceCategory.class, category), "true".equals(unlinked), "true".equals(flagged), me);
        VoiceQueue.Page items = queue.page(filter, clock.instant(), PageNumber.parse(page, 10_000), PAGE_SIZE);
        model.addAttribute("items", items);
        model.addAttribute("status", all ? "ALL" : chosen.map(Enum::name).orElse(""));
        model.addAttribute("channel", Codes.parse(FeedbackChannel.class, channel).map(Enum::name).orElse(""));
        model.addAttribute("sentiment", Codes.parse(Sentiment.class, sentiment).map(Enum::name).orElse(""));
        model.addAttribute("category", Codes.parse(VoiceCategory.class, category).map(Enum::name).orElse(""));
        model.addAttribute("unlinked", "true".equals(unlinked));
        model.addAttribute("flagged", "true".equals(flagged));
        model.addAttribute("mine", "true".equals(mine));
        if (!model.containsAttribute("draft")) {
            model.addAttribute("draft", VoiceDraft.EMPTY);
            model.addAttribute("errors", Map.of());
        }
        choices(model);
        List<Long> customers = items.rows().stream().flatMap(r -> r.customerId().stream()).distinct().toList();
        String what = "voice inbox (page " + items.page() + ", " + items.rows().size() + " items)";
        if (customers.isEmpty()) {
            accessTrail.many(request, user.getName(), AccessAction.VIEW, what);
        } else {
            accessTrail.customers(request, user.getName(), customers, AccessAction.VIEW, what);
        }
        return "voice/inbox";
    }

    @PostMapping("/voice")
    String record(@RequestParam(defaultValue = "") String channel, @RequestParam(defaultValue = "") String author,
                  @RequestParam(defaultValue = "") String text, @RequestParam(defaultValue = "") String link,
                  @RequestParam(defaultValue = "") String receivedAt, Model model, Authentication user,
                  HttpServletRequest request, RedirectAttributes redirect) {
        VoiceDraft draft = new VoiceDraft(channel, author, text, link, receivedAt, "");
        RecordVoice.Result result = recordVoice.handle(RecordVoice.Command.byHand(draft, user.getName()));
        if (!result.recorded()) {
            model.addAttribute("draft", draft);
            model.addAttribute("errors", result.errors());
            return inbox("", "", "", "", "", "", "", "1", model, user, request);
        }
        long id = result.id().orElseThrow();
        queue.view(id, clock.instant()).flatMap(v -> v.row().customerId()).ifPresent(customer ->
                accessTrail.customer(request, user.getName(), customer, AccessAction.EDIT, "voice item " + id + " recorded"));
        redirect.addFlashAttribute("notice", "voice.recorded");
        return "redirect:/voice/" + id;
    }

    @GetMapping("/voice/{id}")
    String item(@PathVariable long id, Model model, Authentication user, HttpServletRequest request) {
        VoiceQueue.ItemView item = queue.view(id, clock.instant()).orElseThrow(() -> new VoiceNotFound("inbox item", id));
        model.addAttribute("v", item);
        model.addAttribute("moves", item.row().status().next().stream()
                .filter(s -> s == FeedbackStatus.RESOLVED || s == FeedbackStatus.NEW).toList());
        model.addAttribute("themes", queue.themes().stream().filter(t -> t.status() != ThemeStatus.DONE).toList());
        model.addAttribute("assignees", staff.all().stream().filter(AppUser::isEnabled)
                .filter(u -> u.hasRole(Role.SERVICE) || u.hasRole(Role.MARKETING) || u.hasRole(Role.SALES) || u.hasRole(Role.ADMIN)).toList());
        model.addAttribute("teams", Department.values());
        choices(model);
        item.row().customerId().ifPresentOrElse(
                customer -> accessTrail.customer(request, user.getName(), customer, AccessAction.VIEW, "voice item " + id),
                () -> accessTrail.many(request, user.getName(), AccessAction.VIEW, "voice item " + id + " (not linked)"));
        return "voice/item";
    }

    @PostMapping("/voice/{id}/correct")
    String correct(@PathVariable long id, @RequestParam(defaultValue = "") String sentiment,
                   @RequestParam(defaultValue = "") String category, Authentication user, HttpServletRequest request,
                   RedirectAttributes redirect) {
        return after(id, workVoice.correct(id, sentiment, category, user.getName(), StaffRoles.roles(user)), "voice.corrected",
                user, request, redirect);
    }

    @PostMapping("/voice/{id}/link")
    String link(@PathVariable long id, @RequestParam(defaultValue = "") String customer, Authentication user,
                HttpServletRequest request, RedirectAttributes redirect) {
        WorkVoice.Result result = workVoice.link(id, customer, user.getName(), StaffRoles.roles(user));
        if (!result.done()) {
            redirect.addFlashAttribute("linkTyped", customer);
        }
        return after(id, result, customer.isBlank() ? "voice.unlinked" : "voice.linked", user, request, redirect);
    }

    @PostMapping("/voice/{id}/assign")
    String assign(@PathVariable long id, @RequestParam(defaultValue = "") String assignee,
                  @RequestParam(defaultValue = "") String team, Authentication user, HttpServletRequest request,
                  RedirectAttributes redirect) {
        return after(id, workVoice.assign(id, assignee, team, user.getName(), StaffRoles.roles(user)), "voice.assigned", user,
                request, redirect);
    }

    @PostMapping("/voice/{id}/answer")
    String answer(@PathVariable long id, @RequestParam(defaultValue = "") String answer,
                  @RequestParam(defaultValue = "false") boolean resolve, Authentication user, HttpServletRequest request,
                  RedirectAttributes redirect) {
        WorkVoice.Result result = workVoice.answer(id, answer, resolve, user.getName(), StaffRoles.roles(user));
        if (!result.done()) {
            redirect.addFlashAttribute("answerTyped", answer);
        }
        return after(id, result, "voice.answered", user, request, redirect);
    }

    @PostMapping("/voice/{id}/move")
    String move(@PathVariable long id, @RequestParam(defaultValue = "") String to, Authentication user,
                HttpServletRequest request, RedirectAttributes redirect) {
        return after(id, workVoice.move(id, to, user.getName(), StaffRoles.roles(user)), "voice.moved", user, request, redirect);
    }

    @PostMapping("/voice/{id}/theme")
    String theme(@PathVariable long id, @RequestParam(defaultValue = "") String theme,
                 @RequestParam(defaultValue = "") String newTheme, Authentication user, HttpServletRequest request,
                 RedirectAttributes redirect) {
        Set<Role> roles = StaffRoles.roles(user);
        if (!newTheme.isBlank()) {
            VoiceQueue.ItemView item = queue.view(id, clock.instant()).orElseThrow(() -> new VoiceNotFound("inbox item", id));
            ShapeThemes.Opened opened = themes.open(newTheme, item.row().category().map(Enum::name).orElse(""), List.of(id),
                    user.getName(), roles);
            return after(id, new WorkVoice.Result(opened.refused()), "voice.themed", user, request, redirect);
        }
        Optional<Long> chosen = theme.matches("[0-9]{1,18}") ? Optional.of(Long.parseLong(theme)) : Optional.empty();
        return after(id, workVoice.theme(id, chosen, roles), chosen.isPresent() ? "voice.themed" : "voice.unthemed", user,
                request, redirect);
    }

    private String after(long id, WorkVoice.Result result, String notice, Authentication user, HttpServletRequest request,
                         RedirectAttributes redirect) {
        if (result.done()) {
            redirect.addFlashAttribute("notice", notice);
            queue.view(id, clock.instant()).flatMap(v -> v.row().customerId()).ifPresent(customer ->
                    accessTrail.customer(request, user.getName(), customer, AccessAction.EDIT, "voice item " + id + ": " + notice));
        } else {
            redirect.addFlashAttribute("problem", result.refused().get());
        }
        return "redirect:/voice/" + id;
    }

    @GetMapping("/voice/themes")
    String themes(Model model, Authentication user) {
        model.addAttribute("themes", queue.themes());
        boolean canShape = canWork(user);
        model.addAttribute("canShape", canShape);
        model.addAttribute("suggested", canShape
                ? ThemeSuggestions.of(queue.unthemed(clock.instant().minus(THEME_WINDOW), 2_000), 3, 10) : List.of());
        model.addAttribute("categories", VoiceCategory.values());
        return "voice/themes";
    }

    @PostMapping("/voice/themes")
    String openTheme(@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String category,
                     @RequestParam(required = false) List<Long> items, Authentication user, RedirectAttributes redirect) {
        ShapeThemes.Opened opened = themes.open(title, category, items == null ? List.of() : items, user.getName(),
                StaffRoles.roles(user));
        if (opened.themeId().isEmpty()) {
            redirect.addFlashAttribute("problem", opened.refused().orElseThrow());
            return "redirect:/voice/themes";
        }
        redirect.addFlashAttribute("notice", "theme.opened");
        return "redirect:/voice/themes/" + opened.themeId().get();
    }

    @GetMapping("/voice/themes/{id}")
    String theme(@PathVariable long id, Model model, Authentication user, HttpServletRequest request) {
        VoiceQueue.ThemeView theme = queue.theme(id, clock.instant()).orElseThrow(() -> new VoiceNotFound("theme", id));
        model.addAttribute("t", theme);
        model.addAttribute("canShape", canWork(user));
        model.addAttribute("statuses", ThemeStatus.values());
        model.addAttribute("owners", staff.all().stream().filter(AppUser::isEnabled).toList());
        List<Long> customers = theme.items().stream().flatMap(r -> r.customerId().stream()).distinct().toList();
        if (!customers.isEmpty()) {
            accessTrail.customers(request, user.getName(), customers, AccessAction.VIEW, "voice theme " + id);
        }
        return "voice/theme";
    }

    @PostMapping("/voice/themes/{id}/decide")
    String decide(@PathVariable long id, @RequestParam(defaultValue = "") String status,
                  @RequestParam(defaultValue = "") String decision, @RequestParam(defaultValue = "") String action,
                  @RequestParam(defaultValue = "") String owner, Authentication user, RedirectAttributes redirect) {
        Optional<String> refused = themes.decide(id, status, decision, action, owner, user.getName(), StaffRoles.roles(user));
        if (refused.isPresent()) {
            redirect.addFlashAttribute("problem", refused.get());
            redirect.addFlashAttribute("typed", Map.of("status", status, "decision", decision, "action", action));
        } else {
            redirect.addFlashAttribute("notice", "theme.decided");
        }
        return "redirect:/voice/themes/" + id;
    }

    @GetMapping("/voice/dashboard")
    String dashboard(Model model) {
        Instant now = clock.instant();
        model.addAttribute("d", queue.dashboard(now.minus(DASHBOARD_WINDOW), now));
        return "voice/dashboard";
    }

    private static void choices(Model model) {
        model.addAttribute("channels", FeedbackChannel.values());
        model.addAttribute("sentiments", Sentiment.values());
        model.addAttribute("categories", VoiceCategory.values());
        model.addAttribute("statuses", FeedbackStatus.values());
    }

    private static boolean canWork(Authentication user) {
        Set<String> roles = StaffRoles.of(user);
        return roles.contains("SERVICE") || roles.contains("MARKETING") || roles.contains("ADMIN");
    }
}
